import * as Y from 'yjs';
import type { RoomStorage } from './storage.ts';

export interface RoomWriterOptions {
  /** Merge the room's stored updates into one after this many appends. */
  compactEvery: number;
  /** Wait before retrying a failed append. */
  retryMs: number;
  /** The room document's state vector now; recorded with each batch so acknowledgements name only durable state. */
  currentStateVector: () => Uint8Array;
  /** The room's whole document now: compaction stores it in place of the stored updates. */
  currentState: () => Uint8Array;
  onStored: () => void;
  onCompacted: (state: Uint8Array) => void;
  onError: (error: unknown, operation: 'append' | 'compact') => void;
}

/**
 * Stores a room's updates in order with at most one append in flight: updates that arrive
 * meanwhile are merged into the next append (group commit), so a busy room makes few writes.
 */
export class RoomWriter {
  private pending: Uint8Array[] = [];
  private enqueued = 0;
  private durable = 0;
  private durableVector: Uint8Array;
  private running: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private appendsSinceCompaction = 0;
  private readonly waiters: { seq: number; resolve: () => void }[] = [];

  constructor(
    private readonly roomId: string,
    private readonly storage: RoomStorage,
    private readonly options: RoomWriterOptions,
  ) {
    this.durableVector = options.currentStateVector();
  }

  /** Sequence number of the last enqueued update. */
  get lastEnqueued(): number {
    return this.enqueued;
  }

  /** True while some enqueued update is not stored yet. */
  get hasUndurable(): boolean {
    return this.enqueued > this.durable;
  }

  /** The room's state vector as of the last update known to be stored. */
  get durableStateVector(): Uint8Array {
    return this.durableVector;
  }

  /**
   * An update another relay stored (a shared store) was applied to the room: it is durable already, so the
   * acknowledged state includes it as soon as nothing of this relay's own is waiting. Without this, a writer
   * whose records reached this relay only that way would wait for an acknowledgement forever.
   */
  storedElsewhere(): void {
    if (!this.hasUndurable) this.durableVector = this.options.currentStateVector();
  }

  enqueue(update: Uint8Array): void {
    this.pending.push(update);
    this.enqueued++;
    this.start();
  }

  /** Resolves once update `seq` and everything before it are stored. */
  whenDurable(seq: number): Promise<void> {
    if (seq <= this.durable) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ seq, resolve }));
  }

  /** Stores what is pending (one more try if storage was failing) and compacts; false if updates were lost. */
  async close(): Promise<boolean> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.running;
    if (this.pending.length > 0) await this.appendPending();
    if (this.pending.length > 0) return false;
    if (this.appendsSinceCompaction > 0) await this.compact();
    return true;
  }

  private start(): void {
    if (this.running || this.retryTimer) return;
    this.running = this.drain().finally(() => {
      this.running = null;
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      if (!(await this.appendPending())) {
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.start();
        }, this.options.retryMs);
        return;
      }
      if (this.appendsSinceCompaction >= this.options.compactEvery) await this.compact();
    }
  }

  private async appendPending(): Promise<boolean> {
    const batch = this.pending;
    const seq = this.enqueued;
    const vector = this.options.currentStateVector();
    this.pending = [];
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    try {
      await this.storage.append(this.roomId, update);
    } catch (error) {
      this.pending.unshift(update);
      this.options.onError(error, 'append');
      return false;
    }
    this.options.onStored();
    this.appendsSinceCompaction++;
    this.durable = seq;
    // With nothing of this relay's own left to store, everything in the room is durable, including updates
    // another relay stored in a shared store meanwhile.
    this.durableVector = this.durable === this.enqueued ? this.options.currentStateVector() : vector;
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i]!;
      if (waiter.seq <= seq) {
        this.waiters.splice(i, 1);
        waiter.resolve();
      }
    }
    return true;
  }

  private async compact(): Promise<void> {
    try {
      const state = this.options.currentState();
      await this.storage.compact(this.roomId, state);
      this.appendsSinceCompaction = 0;
      this.options.onCompacted(state);
    } catch (error) {
      this.options.onError(error, 'compact');
    }
  }
}
