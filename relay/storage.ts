/**
 * Where rooms live between sessions: the embedded LevelDB (`level-storage.ts`, the default) or
 * PostgreSQL shared by several relays (`postgres-storage.ts`). Every method rejects with
 * StorageError when the store fails.
 */
export interface RoomStorage {
  /**
   * The room's stored updates as written, oldest first; none for a room never written. They are not checked:
   * the room builds its document with `restoreRoom` (stored-updates.ts), which sanitizes them.
   */
  load(roomId: string): Promise<Uint8Array[]>;
  /** Appends one update; resolves once it is durable (it survives the relay process being killed). */
  append(roomId: string, update: Uint8Array): Promise<void>;
  /**
   * Replaces the room's stored updates by fewer: by `state`, the room's whole (sanitized) document, where one
   * relay owns the store; a store several relays share merges its own rows instead, since another relay's
   * newest rows may be missing from `state`.
   */
  compact(roomId: string, state: Uint8Array): Promise<void>;
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
