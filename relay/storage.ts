/**
 * Where rooms live between sessions: the embedded LevelDB (`level-storage.ts`, the default) or
 * PostgreSQL shared by several relays (`postgres-storage.ts`). Every method rejects with
 * StorageError when the store fails.
 */
export interface RoomStorage {
  /** The room's stored updates as written, oldest first; none for a room never written. `stored-document.ts` turns them into a document. */
  load(roomId: string): Promise<Uint8Array[]>;
  /** Appends one update; resolves once it is durable (it survives the relay process being killed). */
  append(roomId: string, update: Uint8Array): Promise<void>;
  /** Merges the room's stored updates into one. */
  compact(roomId: string): Promise<void>;
  /**
   * Only for a store several relays share: calls `onStored` with every update another relay stores in
   * this room from now on, until the returned function is called. `onResync` asks for a full reload
   * when some of them may have been missed (the store's notifications were interrupted).
   */
  watch?(roomId: string, listener: StoredUpdateListener): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface StoredUpdateListener {
  onStored(update: Uint8Array): void;
  onResync(): void;
}

export class StorageError extends Error {}

/**
 * A venue relay's list of rooms it must keep mirroring upstream across restarts (local changes the
 * central server has not confirmed yet), each with the write key the mirror pushes with.
 */
export interface MirrorLedger {
  list(): Promise<Map<string, unknown>>;
  remember(roomId: string, writeKey: string): Promise<void>;
  forget(roomId: string): Promise<void>;
}

export type RelayStorage = RoomStorage & { mirrors: MirrorLedger };
