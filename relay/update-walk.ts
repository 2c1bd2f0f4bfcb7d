import * as binary from 'lib0/binary';
import * as decoding from 'lib0/decoding';
import type { Deletions } from './append-only.ts';
import type { ShapeLimits } from './shape-limits.ts';
import { checkIdRange } from './update-bounds.ts';
import { ContentRef, contentName, MalformedUpdate, readByte, readCount, readPlainValue, skipContent } from './update-values.ts';

/** The app's only root type (src/doc/schema.ts `RECORDS_KEY`; the relay imports nothing from src). */
export const RECORDS_ROOT = 'records';

/**
 * What becomes of a struct: kept as it is; its refused content replaced by a deletion of the same
 * length (it stays a position in `records`, so honest items placed next to it still integrate); the
 * whole struct turned into GC of the same length (it was never a records item); some of its values
 * replaced by null; or dropped (it covers no clock, so nothing can refer to it).
 */
export type Verdict = 'keep' | 'deleted' | 'gc' | 'nulls' | 'drop';

/** One struct as read, with the byte offsets a rewriter needs. */
export interface StructRead {
  start: number;
  /** Where the content begins (after origins and parent), for items. */
  contentStart: number;
  end: number;
  info: number;
  /** Clock ticks it covers. */
  length: number;
  verdict: Verdict;
  /** Why the struct is not a plain records item, or null. */
  problem: string | null;
  /** Byte ranges of values refused inside a ContentAny item (verdict 'nulls'). */
  badValues: [start: number, end: number][];
}

export interface UpdateVisitor {
  /** A client's run of structs begins at `clock`. */
  client(client: number, clock: number): void;
  struct(struct: StructRead): void;
}

/**
 * Reads a Yjs v1 update in one pass, byte by byte, building no Yjs object, and tells `visitor` what
 * each struct is; returns the delete set. Linear in the update's size: every loop consumes input and
 * every count is checked against the bytes left. Throws MalformedUpdate on anything Yjs could not read.
 */
export function walkUpdate(update: Uint8Array, limits: ShapeLimits, visitor: UpdateVisitor): { deletions: Deletions; deleteSetStart: number } {
  const decoder = decoding.createDecoder(update);
  const clients = readCount(decoder);
  for (let c = 0; c < clients; c++) {
    const structs = readCount(decoder);
    const client = decoding.readVarUint(decoder);
    let clock = decoding.readVarUint(decoder);
    visitor.client(client, clock);
    for (let s = 0; s < structs; s++) {
      const struct = readStruct(decoder, limits);
      checkIdRange('struct', client, clock, struct.length);
      clock += struct.length;
      visitor.struct(struct);
    }
  }
  const deleteSetStart = decoder.pos;
  const deletions = readDeleteSet(decoder);
  if (decoding.hasContent(decoder)) throw new MalformedUpdate('trailing bytes after the update');
  return { deletions, deleteSetStart };
}

function readStruct(decoder: decoding.Decoder, limits: ShapeLimits): StructRead {
  const start = decoder.pos;
  const info = readByte(decoder);
  const ref = info & binary.BITS5;
  const struct: StructRead = { start, contentStart: start, end: start, info, length: 0, verdict: 'keep', problem: null, badValues: [] };
  if (ref === ContentRef.gc || ref === ContentRef.skip) {
    struct.length = decoding.readVarUint(decoder);
  } else {
    const misplaced = readPlacement(decoder, info);
    struct.contentStart = decoder.pos;
    if (ref === ContentRef.any) {
      struct.length = readCount(decoder);
      for (let i = 0; i < struct.length; i++) {
        const valueStart = decoder.pos;
        const problem = readPlainValue(decoder, limits);
        if (problem === null) continue;
        struct.badValues.push([valueStart, decoder.pos]);
        struct.problem ??= problem;
        struct.verdict = 'nulls';
      }
    } else if (ref === ContentRef.deleted) {
      // What Yjs (and sanitizing) leaves of deleted content: it holds nothing, and clients that synced a
      // sanitized room hold such items and resend them to any relay that lacks them.
      struct.length = decoding.readVarUint(decoder);
    } else {
      struct.length = skipContent(decoder, ref, limits);
      struct.problem = `content ${contentName(ref)}`;
      struct.verdict = 'deleted';
    }
    if (misplaced !== null) {
      struct.problem = misplaced;
      struct.verdict = 'gc';
    }
  }
  if (struct.length === 0) {
    struct.problem ??= 'empty struct';
    struct.verdict = 'drop';
  }
  struct.end = decoder.pos;
  return struct;
}

/**
 * Reads an item's origins and parent as Yjs's readItem does; returns why it is not in `records`, or null.
 * An item with an origin or right origin carries no parent: Yjs gives it its neighbour's. Every item a
 * room holds got there this way or named `records` itself, so by induction every item is a records
 * item — or GC, which is what Yjs makes of an item whose neighbour is GC. Sanitized stored content keeps
 * that true: whatever was elsewhere became GC.
 */
function readPlacement(decoder: decoding.Decoder, info: number): string | null {
  const hasOrigin = (info & binary.BIT8) !== 0;
  const hasRightOrigin = (info & binary.BIT7) !== 0;
  // Honest encoders set it whenever the item is a map entry, neighbours or not.
  const hasParentSub = (info & binary.BIT6) !== 0;
  if (hasOrigin) readId(decoder);
  if (hasRightOrigin) readId(decoder);
  if (hasOrigin || hasRightOrigin) return hasParentSub ? 'map entry (parentSub)' : null;
  let misplaced: string | null = null;
  if (decoding.readVarUint(decoder) === 1) {
    const root = decoding.readVarString(decoder);
    if (root !== RECORDS_ROOT) misplaced = `root ${JSON.stringify(root.slice(0, 40))}`;
  } else {
    readId(decoder);
    misplaced = 'nested type (ID parent)';
  }
  if (hasParentSub) {
    decoding.readVarUint8Array(decoder);
    misplaced ??= 'map entry (parentSub)';
  }
  return misplaced;
}

function readId(decoder: decoding.Decoder): void {
  checkIdRange('reference', decoding.readVarUint(decoder), decoding.readVarUint(decoder), 1);
}

function readDeleteSet(decoder: decoding.Decoder): Deletions {
  const clients: Deletions['clients'] = new Map();
  const count = readCount(decoder);
  for (let c = 0; c < count; c++) {
    const client = decoding.readVarUint(decoder);
    const rangeCount = readCount(decoder);
    let ranges = clients.get(client);
    if (!ranges) clients.set(client, (ranges = []));
    for (let r = 0; r < rangeCount; r++) {
      const clock = decoding.readVarUint(decoder);
      const len = decoding.readVarUint(decoder);
      checkIdRange('deletion', client, clock, len);
      ranges.push({ clock, len });
    }
  }
  return { clients };
}
