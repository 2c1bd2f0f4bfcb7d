// The fuzzer's copy of the room, fed only by what the relay sends: it tells the generator which
// clients, clocks and items exist, so that hostile updates are hostile about the right things.
import * as Y from 'yjs';
import type { Random } from '../../integration/seeded-random.ts';
import type { StructId } from './update-encoder.ts';

export class ShadowRoom {
  readonly doc = new Y.Doc({ gc: false });
  /** Updates from the relay that Yjs refused: a relay must never send one. */
  readonly unreadable: string[] = [];

  apply(update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update);
    } catch (error) {
      this.unreadable.push(String(error));
    }
  }

  stateVector(): Uint8Array {
    return Y.encodeStateVector(this.doc);
  }

  clients(): number[] {
    return [...this.doc.store.clients.keys()];
  }

  nextClock(client: number): number {
    return Y.getState(this.doc.store, client);
  }

  /** Some existing struct's id (any clock inside it), or null in an empty room. */
  someId(random: Random): StructId | null {
    const struct = this.someStruct(random);
    if (!struct) return null;
    return { client: struct.id.client, clock: struct.id.clock + random.below(Math.max(1, struct.length)) };
  }

  /** An item holding a Yjs type (a possible parent), if any exists. */
  someTypeItem(random: Random): StructId | null {
    for (let attempt = 0; attempt < 8; attempt++) {
      const struct = this.someStruct(random);
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentType) return { ...struct.id };
    }
    return null;
  }

  /** The current value of some map key of some type (root or nested): what an overwrite would replace. */
  someMapEntry(random: Random): StructId | null {
    const types = [...this.doc.share.values()];
    for (let attempt = 0; attempt < 8 && types.length > 0; attempt++) {
      const entries = [...random.pick(types)!._map.values()];
      const entry = random.pick(entries);
      if (entry) return { client: entry.id.client, clock: entry.id.clock + entry.length - 1 };
    }
    return null;
  }

  destroy(): void {
    this.doc.destroy();
  }

  private someStruct(random: Random): Y.Item | Y.GC | null {
    const clients = this.clients();
    const structs = clients.length ? this.doc.store.clients.get(random.pick(clients)!) : undefined;
    return structs?.length ? (random.pick(structs) as Y.Item | Y.GC) : null;
  }
}

/** The last id of a document's root `records` array: where an honest client's push attaches. */
export function lastRecordId(doc: Y.Doc): StructId | null {
  let item = doc.getArray('records')._start;
  if (!item) return null;
  while (item.right) item = item.right;
  return { client: item.id.client, clock: item.id.clock + item.length - 1 };
}
