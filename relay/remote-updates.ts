import * as Y from 'yjs';
import type { RoomStorage } from './storage.ts';
import { sanitizedOrNull } from './stored-updates.ts';

/**
 * Updates other relays store in a room this relay holds too (a store shared by several relays, while
 * a room moves between them): they only need to reach this relay's connections, not the store again.
 * Those that arrive while the room is loading wait for its document.
 */
export class RemoteUpdates {
  private waiting: Uint8Array[] = [];
  private apply: ((update: Uint8Array) => void) | null = null;
  private stopped = false;

  private constructor(
    private readonly storage: RoomStorage,
    private readonly roomId: string,
  ) {}

  private unwatch: () => Promise<void> = async () => {};

  /** Starts listening (call before loading the room, so nothing stored meanwhile is missed); null for a store only this relay uses. */
  static async watch(storage: RoomStorage, roomId: string): Promise<RemoteUpdates | null> {
    if (!storage.watch) return null;
    const remote = new RemoteUpdates(storage, roomId);
    remote.unwatch = await storage.watch(roomId, {
      onStored: (update) => remote.receive(update),
      onResync: () => void remote.resync(),
    });
    return remote;
  }

  /** From now on, each update goes to `apply` (those that waited first). */
  deliverTo(apply: (update: Uint8Array) => void): void {
    this.apply = apply;
    const waiting = this.waiting;
    this.waiting = [];
    for (const update of waiting) apply(update);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.apply = null;
    await this.unwatch();
  }

  /** Sanitized as a load is: a relay of an older version may have stored what this one refuses. */
  private receive(stored: Uint8Array): void {
    const update = sanitizedOrNull(stored);
    if (this.stopped || !update) return;
    if (this.apply) this.apply(update);
    else this.waiting.push(update);
  }

  /** Some notifications were lost: everything stored, merged; only what the room lacks reaches its connections. */
  private async resync(): Promise<void> {
    const updates = await this.storage.load(this.roomId).catch(() => null);
    const readable = (updates ?? []).map((update) => sanitizedOrNull(update)).filter((update) => update !== null);
    if (readable.length > 0) this.receive(Y.mergeUpdates(readable));
  }
}
