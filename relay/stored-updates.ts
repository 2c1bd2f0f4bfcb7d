import * as Y from 'yjs';
import { defaultShapeLimits, type ShapeLimits } from './shape-limits.ts';
import { MalformedUpdate, nothingLeftOut, sanitizeUpdate, type LeftOut } from './update-shape.ts';

export interface RestoredRoom {
  doc: Y.Doc;
  /** What the stored updates held that the room does not: the same counts as sanitizing, plus unreadable updates. */
  leftOut: LeftOut & { unreadableUpdates: number };
}

/**
 * Builds a room's document from its stored updates, whatever any storage backend returns: content
 * stored before the relay checked update shapes (or by a faulty version) is sanitized before Yjs sees
 * it, so a room holding an attack still loads, and an unreadable update is left out rather than
 * failing the room.
 */
export function restoreRoom(updates: readonly Uint8Array[], limits: ShapeLimits = defaultShapeLimits): RestoredRoom {
  const doc = new Y.Doc();
  const leftOut = { ...nothingLeftOut(), unreadableUpdates: 0 };
  for (const stored of updates) {
    let sanitized: ReturnType<typeof sanitizeUpdate>;
    try {
      sanitized = sanitizeUpdate(stored, limits);
    } catch (error) {
      if (!(error instanceof MalformedUpdate)) throw error;
      leftOut.unreadableUpdates++;
      continue;
    }
    leftOut.deletedItems += sanitized.leftOut.deletedItems;
    leftOut.gcItems += sanitized.leftOut.gcItems;
    leftOut.nulledValues += sanitized.leftOut.nulledValues;
    leftOut.droppedStructs += sanitized.leftOut.droppedStructs;
    // One transaction per update: the deleted items that replace an attack's content merge as each one ends.
    Y.applyUpdate(doc, sanitized.update);
  }
  return { doc, leftOut };
}

/** One stored update sanitized as a load does it; null when it cannot be read at all. */
export function sanitizedOrNull(stored: Uint8Array, limits: ShapeLimits = defaultShapeLimits): Uint8Array | null {
  try {
    return sanitizeUpdate(stored, limits).update;
  } catch (error) {
    if (error instanceof MalformedUpdate) return null;
    throw error;
  }
}
