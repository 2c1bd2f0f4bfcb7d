import * as Y from 'yjs';
import { newActorId } from '../../src/doc/random-ids.ts';
import { WorkshopStore } from '../../src/doc/store.ts';
import { WorkshopWriter } from '../../src/doc/writer.ts';

/** One browser's copy of a session, without network: tests move updates between replicas by hand. */
export interface Replica {
  doc: Y.Doc;
  store: WorkshopStore;
  writer: WorkshopWriter;
  group: string;
  /** The replica's wall clock, in ms; tests move it (and skew it) explicitly. */
  now: number;
}

export function createReplica(clientId: number, now = 1_700_000_000_000): Replica {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const store = new WorkshopStore(doc);
  const replica: Replica = { doc, store, writer: undefined!, group: newActorId(), now };
  replica.writer = new WorkshopWriter(doc, store, { clock: () => replica.now });
  return replica;
}

/** Brings `to` up to date with everything `from` holds. */
export function syncInto(from: Replica, to: Replica): void {
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)));
}

export function syncAll(replicas: readonly Replica[]): void {
  for (const a of replicas) for (const b of replicas) if (a !== b) syncInto(a, b);
}
