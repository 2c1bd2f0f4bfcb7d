// The fuzzer's source of client messages: seeded, so a seed names one exact sequence against one relay.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { seededRandom, type Random } from '../../integration/seeded-random.ts';
import { ScratchAuthor } from './doc-operations.ts';
import { mutate } from './mutations.ts';
import { frameSync, frameUpdate, someAwareness, someStepOne, someUnknownMessage } from './protocol-messages.ts';
import { someAny, someBytes, someHugeNumber, someLength } from './random-values.ts';
import type { ShadowRoom } from './shadow-room.ts';
import { someStruct } from './struct-generator.ts';
import { encodeUpdateV1, kindOf, writeDeleteSet, type StructId, type ClientStructs, type DeleteSetSpec, type StructKind } from './update-encoder.ts';

export const messageKinds = [
  'structs',
  'doc-ops',
  'map-overwrite',
  'delete-set',
  'mutated',
  'honest-record',
  'awareness',
  'sync-step-1',
  'unknown-type',
  'garbage',
  'oversized',
] as const;
export type MessageKind = (typeof messageKinds)[number];

const weights: [MessageKind, number][] = [
  ['structs', 30],
  ['doc-ops', 10],
  ['map-overwrite', 4],
  ['delete-set', 5],
  ['mutated', 15],
  ['honest-record', 10],
  ['awareness', 8],
  ['sync-step-1', 6],
  ['unknown-type', 4],
  ['garbage', 6],
  ['oversized', 1],
];
const totalWeight = weights.reduce((sum, [, weight]) => sum + weight, 0);

export interface FuzzMessage {
  kind: MessageKind;
  /** Sent on a writable connection (with the write key), else on a read-only one. */
  writable: boolean;
  /** A string goes out as a text frame. */
  bytes: Uint8Array | string;
  /** Struct kinds the message carries (before any mutation damaged it). */
  structKinds: StructKind[];
  /** For 'honest-record': the record, which must be served forever once the relay accepted it. */
  record?: Record<string, unknown>;
}

export interface GeneratorOptions {
  /** The relay's largest message: an 'oversized' one exceeds it. */
  maxMessageBytes: number;
  /** Client ids the generator never writes structs for. */
  spareClients?: number[];
  /** Where an honest record attaches: the end of `records` as an honest client sees it. */
  recordAnchor: () => StructId | null;
}

export class MessageGenerator {
  readonly random: Random;
  private readonly ownClients: number[];
  private readonly authors: ScratchAuthor[];
  private readonly recentUpdates: Uint8Array[] = [];
  private recordCount = 0;
  /** Honest records come from a client of their own, whose clock only they advance. */
  private readonly recordClient: number;
  private recordClock = 0;

  constructor(
    readonly seed: number,
    private readonly room: ShadowRoom,
    private readonly options: GeneratorOptions,
  ) {
    this.random = seededRandom(seed);
    this.ownClients = Array.from({ length: 3 }, () => 1 + this.random.below(2 ** 32 - 1));
    this.authors = Array.from({ length: 2 }, () => new ScratchAuthor(1 + this.random.below(2 ** 32 - 1)));
    this.recordClient = 1 + this.random.below(2 ** 32 - 1);
  }

  /** The relay took the last honest record: the next one follows it. */
  recordAccepted(): void {
    this.recordClock++;
  }

  next(): FuzzMessage {
    const kind = this.pickKind();
    const message = this.make(kind);
    if (typeof message.bytes !== 'string' && (kind === 'structs' || kind === 'doc-ops')) this.remember(message.bytes);
    return message;
  }

  destroy(): void {
    for (const author of this.authors) author.destroy();
  }

  private make(kind: MessageKind): FuzzMessage {
    const random = this.random;
    const writable = random.chance(0.9);
    const base = { kind, writable, structKinds: [] as StructKind[] };
    switch (kind) {
      case 'structs': {
        const groups = this.someStructGroups();
        const deletions = random.chance(0.1) ? this.someDeleteSet() : new Map();
        return { ...base, bytes: frameUpdate(random, encodeUpdateV1(groups, deletions)), structKinds: groups.flatMap((g) => g.structs.map(kindOf)) };
      }
      case 'doc-ops': {
        const update = random.pick(this.authors)!.act(random);
        return { ...base, bytes: frameUpdate(random, update), structKinds: structKindsIn(update) };
      }
      case 'map-overwrite': {
        // Someone else's value replaced: an item right of the current one takes its key, and Yjs deletes the old.
        const current = random.chance(0.5) ? this.room.someMapEntry(random) : null;
        if (current) {
          const client = random.pick(this.ownClients)!;
          const struct = { kind: 'Item' as const, content: { kind: 'Any' as const, values: [someAny(random)] }, origin: current };
          return { ...base, bytes: frameUpdate(random, encodeUpdateV1([{ client, clock: this.room.nextClock(client), structs: [struct] }])), structKinds: ['Any'] };
        }
        const update = stripDeletions(random.pick(this.authors)!.overwrite(random));
        return { ...base, bytes: frameUpdate(random, update), structKinds: structKindsIn(update) };
      }
      case 'delete-set':
        return { ...base, bytes: frameUpdate(random, encodeUpdateV1([], this.someDeleteSet())) };
      case 'mutated': {
        const valid = random.pick(this.recentUpdates) ?? encodeUpdateV1(this.someStructGroups());
        return { ...base, bytes: frameUpdate(random, mutate(random, valid, random.pick(this.recentUpdates))) };
      }
      case 'honest-record':
        return this.honestRecord();
      case 'awareness':
        return { ...base, bytes: someAwareness(random, this.room.clients()) };
      case 'sync-step-1':
        return { ...base, bytes: someStepOne(random, this.room.clients()) };
      case 'unknown-type':
        return { ...base, bytes: someUnknownMessage(random) };
      case 'garbage':
        return { ...base, bytes: someBytes(random, 2048) };
      case 'oversized': {
        const filler = new Uint8Array(this.options.maxMessageBytes + 1 + random.below(64 * 1024));
        return { ...base, bytes: frameSync(2, filler.subarray(0, filler.length - 8)) };
      }
    }
  }

  /** One to three clients' structs: mostly our own at their next clock, sometimes a clock someone else owns or nobody reached. */
  private someStructGroups(): ClientStructs[] {
    const random = this.random;
    return Array.from({ length: random.chance(0.8) ? 1 : 2 + random.below(2) }, () => {
      const roll = random.next();
      const foreign = this.room.clients().filter((id) => id !== this.recordClient && !this.options.spareClients?.includes(id));
      const client = roll < 0.75 || foreign.length === 0 ? random.pick(this.ownClients)! : random.pick(foreign)!;
      let clock = this.room.nextClock(client);
      if (roll > 0.9) clock += 1 + random.below(50);
      else if (roll > 0.85) clock = random.chance(0.5) ? random.below(Math.max(1, clock)) : someHugeNumber(random);
      const structs = Array.from({ length: 1 + random.below(4) }, () => someStruct(random, this.room));
      return { client, clock, structs };
    });
  }

  /** Ranges over items the room holds (another scribe's records), past its end, or absurd. */
  private someDeleteSet(): DeleteSetSpec {
    const random = this.random;
    const deletions: DeleteSetSpec = new Map();
    for (let i = 1 + random.below(3); i > 0; i--) {
      const target = random.chance(0.7) ? this.room.someId(random) : null;
      const client = target?.client ?? random.below(2 ** 32);
      const clock = target?.clock ?? (random.chance(0.5) ? random.below(100) : someHugeNumber(random));
      const length = random.chance(0.1) ? someHugeNumber(random) : random.chance(0.1) ? 0 : 1 + someLength(random, 100);
      deletions.set(client, [...(deletions.get(client) ?? []), { clock, length }]);
    }
    return deletions;
  }

  /** What the app itself writes: one plain record pushed at the end of `records`. */
  private honestRecord(): FuzzMessage {
    const random = this.random;
    const id = `fuzz${this.seed.toString(36)}r${String(this.recordCount++).padStart(8, "0")}`;
    const record = { v: 1, id, author: 'fuzzgroup0000000000000', hlc: [1_700_000_000_000 + this.recordCount, 0], kind: 'add', text: `Proposal ${id}` };
    const origin = this.options.recordAnchor();
    const struct = { kind: 'Item' as const, content: { kind: 'Any' as const, values: [record] }, ...(origin ? { origin } : { parent: { root: 'records' } }) };
    const update = encodeUpdateV1([{ client: this.recordClient, clock: this.recordClock, structs: [struct] }]);
    return { kind: 'honest-record', writable: true, bytes: frameSync(random.chance(0.8) ? 2 : 1, update), structKinds: ['Any'], record };
  }

  private pickKind(): MessageKind {
    let roll = this.random.below(totalWeight);
    for (const [kind, weight] of weights) {
      if (roll < weight) return kind;
      roll -= weight;
    }
    return 'structs';
  }

  private remember(framed: Uint8Array): void {
    const update = unframe(framed);
    if (!update || update.length > 64 * 1024) return;
    this.recentUpdates.push(update);
    if (this.recentUpdates.length > 32) this.recentUpdates.shift();
  }
}

/** The update inside a sync frame: type and sub-type are one byte each, then the length varint. */
function unframe(framed: Uint8Array): Uint8Array | null {
  let offset = 2;
  let length = 0;
  for (let shift = 0; offset < framed.length; shift += 7) {
    const byte = framed[offset++]!;
    length += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return framed.subarray(offset, offset + length);
  }
  return null;
}

/** The same structs with an empty delete set: an overwrite that does not admit it deletes. */
function stripDeletions(update: Uint8Array): Uint8Array {
  // The delete set is the update's tail, and re-encoding the decoded one in its order gives the same bytes.
  const deletions: DeleteSetSpec = new Map();
  for (const [client, ranges] of Y.decodeUpdate(update).ds.clients) deletions.set(client, ranges.map(({ clock, len }) => ({ clock, length: len })));
  const encoder = encoding.createEncoder();
  writeDeleteSet(encoder, deletions);
  const tail = encoding.toUint8Array(encoder);
  const stripped = new Uint8Array(update.length - tail.length + 1);
  stripped.set(update.subarray(0, update.length - tail.length));
  return stripped;
}

const contentKinds: [abstract new (...args: never[]) => unknown, StructKind][] = [
  [Y.ContentDeleted, 'Deleted'],
  [Y.ContentJSON, 'JSON'],
  [Y.ContentBinary, 'Binary'],
  [Y.ContentString, 'String'],
  [Y.ContentEmbed, 'Embed'],
  [Y.ContentFormat, 'Format'],
  [Y.ContentType, 'Type'],
  [Y.ContentAny, 'Any'],
  [Y.ContentDoc, 'Doc'],
];

/** Struct kinds in an update Yjs made (never Skip). */
function structKindsIn(update: Uint8Array): StructKind[] {
  return Y.decodeUpdate(update).structs.map((struct) => {
    if (!(struct instanceof Y.Item)) return struct instanceof Y.GC ? 'GC' : 'Skip';
    const content: unknown = struct.content;
    const kind = contentKinds.find(([type]) => content instanceof type);
    return kind ? kind[1] : 'Skip';
  });
}
