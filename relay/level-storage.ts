import { mkdir } from 'node:fs/promises';
import { getCurrentUpdateClock, getLevelUpdates, LeveldbPersistence } from 'y-leveldb';
import { StorageError, type RelayStorage } from './storage.ts';

// y-leveldb's key of a document's stored update number `clock`.
const updateKey = (roomId: string, clock: number): [string, string, string, number] => ['v1', roomId, 'update', clock];

// y-leveldb metadata of a pseudo-document whose name can never be a room id (':' is not base64url).
const LEDGER = 'relay:upstream-mirrors';

/**
 * y-leveldb in `dataDir`, the embedded default: one relay per directory. y-leveldb serialises every
 * operation and, on failure, logs a warning and resolves to null instead of rejecting; null is
 * therefore how a failure shows here.
 */
export async function openLevelStorage(dataDir: string, options: { holdsSecrets?: boolean } = {}): Promise<RelayStorage> {
  // A venue relay's ledger holds write keys: a directory it creates is readable by its user only.
  await mkdir(dataDir, { recursive: true, ...(options.holdsSecrets ? { mode: 0o700 } : {}) });
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
      // Not getYDoc: it applies the stored updates to a Y.Doc unchecked.
      const updates = await persistence._transact((db) => getLevelUpdates(db, roomId));
      if (failed(updates)) throw new StorageError(`cannot load room ${roomId}`);
      return updates!;
    },
    async append(roomId, update) {
      if (failed(await persistence.storeUpdate(roomId, update))) throw new StorageError(`cannot store update for ${roomId}`);
    },
    async compact(roomId, state) {
      // Not flushDocument: it rebuilds the state by applying the stored updates unchecked. Same keys as
      // y-leveldb's: the state goes after the last update, then everything before it is cleared.
      const compacted = await persistence._transact(async (db) => {
        const last = await getCurrentUpdateClock(db, roomId);
        await db.put(updateKey(roomId, last + 1), Buffer.from(state));
        await db.clear({ gte: updateKey(roomId, 0), lt: updateKey(roomId, last + 1) });
        return true;
      });
      if (compacted !== true) throw new StorageError(`cannot compact room ${roomId}`);
    },
    async close() {
      await persistence.destroy();
    },
    mirrors: {
      async list() {
        const metas = await persistence.getMetas(LEDGER);
        if (failed(metas)) throw new StorageError('cannot read the upstream mirror ledger');
        return metas;
      },
      // setMeta and delMeta resolve to undefined on success and null on failure.
      async remember(roomId, writeKey) {
        if ((await persistence.setMeta(LEDGER, roomId, writeKey)) === null) throw new StorageError(`cannot record mirror of ${roomId}`);
      },
      async forget(roomId) {
        if ((await persistence.delMeta(LEDGER, roomId)) === null) throw new StorageError(`cannot forget mirror of ${roomId}`);
      },
    },
  };
}
