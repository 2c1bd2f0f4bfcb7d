import { mkdir } from 'node:fs/promises';
import { LeveldbPersistence } from 'y-leveldb';
import type * as Y from 'yjs';

/** Where rooms live between sessions. Every method rejects with StorageError when the disk fails. */
export interface RoomStorage {
  /** The room's stored document; an empty document for a room never written. */
  load(roomId: string): Promise<Y.Doc>;
  /** Appends one update; resolves once LevelDB has written it (it survives the process being killed). */
  append(roomId: string, update: Uint8Array): Promise<void>;
  /** Merges the room's stored updates into one. */
  compact(roomId: string): Promise<void>;
  close(): Promise<void>;
}

export class StorageError extends Error {}

/**
 * y-leveldb in `dataDir`. y-leveldb serialises every operation and, on failure, logs a warning and
 * resolves to null instead of rejecting; null is therefore how a failure shows here.
 */
export async function openLevelStorage(dataDir: string): Promise<RoomStorage> {
  await mkdir(dataDir, { recursive: true });
  const persistence = new LeveldbPersistence(dataDir);
  // Fail at start-up, not on the first write, when the directory is locked by another relay or unreadable.
  const opened = await persistence._transact(async (db: { open(): Promise<void> }) => {
    await db.open();
    return true;
  });
  if (opened !== true) throw new StorageError(`cannot open LevelDB in ${dataDir} (is another relay using it?)`);

  const failed = (result: unknown): boolean => result === null || result === undefined;
  return {
    async load(roomId) {
      const doc = await persistence.getYDoc(roomId);
      if (failed(doc)) throw new StorageError(`cannot load room ${roomId}`);
      return doc;
    },
    async append(roomId, update) {
      if (failed(await persistence.storeUpdate(roomId, update))) throw new StorageError(`cannot store update for ${roomId}`);
    },
    async compact(roomId) {
      // flushDocument resolves to undefined on success and null on failure.
      if ((await persistence.flushDocument(roomId)) === null) throw new StorageError(`cannot compact room ${roomId}`);
    },
    async close() {
      await persistence.destroy();
    },
  };
}
