import * as encoding from 'lib0/encoding';
import type { Deletions } from './append-only.ts';
import { defaultShapeLimits, type ShapeLimits } from './shape-limits.ts';
import { MalformedUpdate } from './update-values.ts';
import { walkUpdate, type StructRead } from './update-walk.ts';

export { MalformedUpdate } from './update-values.ts';

/**
 * The update is readable but is not what the workshop's document holds: plain JSON values pushed into
 * the root array `records` (or deleted items there), GC and Skip structs. Refused whole.
 */
export class UpdateShapeError extends Error {}

export interface CheckedUpdate {
  /** Structs of every kind (items, GC, Skip): 0 for an update that only deletes or says nothing. */
  structs: number;
  deletions: Deletions;
}

/**
 * Checks a Yjs v1 update while decoding it, before Yjs sees it: throws UpdateShapeError on the first
 * struct that is not a plain records item, GC or Skip, and MalformedUpdate when it cannot be read.
 */
export function checkUpdateShape(update: Uint8Array, limits: ShapeLimits = defaultShapeLimits): CheckedUpdate {
  let structs = 0;
  const { deletions } = guarded(() =>
    walkUpdate(update, limits, {
      client() {},
      struct(struct) {
        if (struct.problem !== null) throw new UpdateShapeError(struct.problem);
        structs++;
      },
    }),
  );
  return { structs, deletions };
}

/** What sanitizing left out, in structs (or values) of each kind. */
export interface LeftOut {
  /** Items in `records` whose content was refused, kept as deleted items of the same length. */
  deletedItems: number;
  /** Items elsewhere (nested types, other roots, map entries), now GC of the same length. */
  gcItems: number;
  /** Values inside plain items, now null. */
  nulledValues: number;
  /** Structs covering no clock, dropped. */
  droppedStructs: number;
}

export const nothingLeftOut = (): LeftOut => ({ deletedItems: 0, gcItems: 0, nulledValues: 0, droppedStructs: 0 });

export const leftOutAnything = (leftOut: LeftOut): boolean =>
  leftOut.deletedItems + leftOut.gcItems + leftOut.nulledValues + leftOut.droppedStructs > 0;

/**
 * Rewrites an update so that it passes `checkUpdateShape`, keeping every struct's clock range, so state vectors and the later items of every client stay valid.
 * Same bytes out when nothing was refused. Throws MalformedUpdate when it cannot be read at all.
 */
export function sanitizeUpdate(update: Uint8Array, limits: ShapeLimits = defaultShapeLimits): { update: Uint8Array; leftOut: LeftOut } {
  const leftOut = nothingLeftOut();
  const out = encoding.createEncoder();
  let runs: { client: number; clock: number; structs: encoding.Encoder; count: number }[] = [];
  const { deleteSetStart } = guarded(() =>
    walkUpdate(update, limits, {
      client(client, clock) {
        runs.push({ client, clock, structs: encoding.createEncoder(), count: 0 });
      },
      struct(struct) {
        const run = runs[runs.length - 1]!;
        if (writeSanitized(run.structs, update, struct, leftOut)) run.count++;
      },
    }),
  );
  if (!leftOutAnything(leftOut)) return { update, leftOut };
  runs = runs.filter((run) => run.count > 0);
  encoding.writeVarUint(out, runs.length);
  for (const run of runs) {
    encoding.writeVarUint(out, run.count);
    encoding.writeVarUint(out, run.client);
    encoding.writeVarUint(out, run.clock);
    encoding.writeUint8Array(out, encoding.toUint8Array(run.structs));
  }
  // The delete set is copied as it is: it already passed the append-only check when it was stored.
  encoding.writeUint8Array(out, update.subarray(deleteSetStart));
  return { update: encoding.toUint8Array(out), leftOut };
}

/** Writes one struct as sanitizing wants it; false when it was dropped. */
function writeSanitized(into: encoding.Encoder, update: Uint8Array, struct: StructRead, leftOut: LeftOut): boolean {
  switch (struct.verdict) {
    case 'keep':
      encoding.writeUint8Array(into, update.subarray(struct.start, struct.end));
      return true;
    case 'drop':
      leftOut.droppedStructs++;
      return false;
    case 'gc':
      leftOut.gcItems++;
      encoding.writeUint8(into, 0);
      encoding.writeVarUint(into, struct.length);
      return true;
    case 'deleted':
      leftOut.deletedItems++;
      // Same origins and parent, ContentDeleted (kind 1) of the same length.
      encoding.writeUint8(into, (struct.info & 0b1110_0000) | 1);
      encoding.writeUint8Array(into, update.subarray(struct.start + 1, struct.contentStart));
      encoding.writeVarUint(into, struct.length);
      return true;
    case 'nulls': {
      let copied = struct.start;
      for (const [start, end] of struct.badValues) {
        encoding.writeUint8Array(into, update.subarray(copied, start));
        encoding.writeUint8(into, 126); // lib0's tag for null
        copied = end;
        leftOut.nulledValues++;
      }
      encoding.writeUint8Array(into, update.subarray(copied, struct.end));
      return true;
    }
  }
}

/** Turns anything but our own two errors into MalformedUpdate (lib0 throws plain Errors at the end of input). */
function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UpdateShapeError || error instanceof MalformedUpdate) throw error;
    throw new MalformedUpdate(error instanceof Error ? error.message : String(error));
  }
}
