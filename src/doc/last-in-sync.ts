import type { ActorId } from '../domain/records.ts';
import type { Presence } from './presence.ts';

export interface LastInSyncOptions {
  clock?: () => number;
  /** Where to remember the times across reloads (localStorage in the browser); null keeps them in memory. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  storageKey?: string;
}

/**
 * When each group was last seen in sync with the relay: online, announcing no waiting changes.
 * Kept by the facilitator's tab from presence, so it also tells how long a venue has been away.
 */
export class LastInSync {
  private readonly times = new Map<ActorId, number>();
  private readonly listeners = new Set<() => void>();
  private readonly clock: () => number;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly presence: Presence,
    private readonly options: LastInSyncOptions = {},
  ) {
    this.clock = options.clock ?? Date.now;
    this.load();
    this.unsubscribe = presence.subscribeToRenewals(this.observe);
    this.observe();
  }

  /** Milliseconds since the epoch, or null when this tab never saw the group in sync. */
  of(group: ActorId): number | null {
    return this.times.get(group) ?? null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.unsubscribe();
    this.listeners.clear();
  }

  private readonly observe = (): void => {
    const now = this.clock();
    let changed = false;
    for (const peer of this.presence.peers) {
      if (peer.pending !== 0) continue;
      this.times.set(peer.group, now);
      changed = true;
    }
    if (!changed) return;
    this.save();
    for (const listener of this.listeners) listener();
  };

  private load(): void {
    const { storage, storageKey } = this.options;
    if (!storage || !storageKey) return;
    try {
      const saved: unknown = JSON.parse(storage.getItem(storageKey) ?? '{}');
      for (const [group, time] of Object.entries(saved as Record<string, unknown>)) {
        if (typeof time === 'number' && Number.isFinite(time)) this.times.set(group, time);
      }
    } catch {
      // A damaged entry only loses the remembered times.
    }
  }

  private save(): void {
    const { storage, storageKey } = this.options;
    if (storage && storageKey) storage.setItem(storageKey, JSON.stringify(Object.fromEntries(this.times)));
  }
}
