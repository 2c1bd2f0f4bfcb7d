import type { PresenceEntry } from './protocol.ts';

/** Why a presence entry was not applied. */
export type PresenceDrop = 'state_too_large' | 'too_many_clients' | 'room_full' | 'not_owner';

/**
 * Drops the sender caused itself: an honest client never causes these, so they count towards closing
 * it. A writer may be a venue relay's link, which carries as many tabs as its venue has: only its
 * oversized states count.
 */
export const isOffence = (reason: PresenceDrop, writable: boolean): boolean =>
  reason === 'state_too_large' || (reason === 'too_many_clients' && !writable);

/** Messages with an offence a connection may send; the next one closes it. */
export const PRESENCE_OFFENCES_TOLERATED = 2;

/**
 * Departed client ids whose last clock is remembered. y-protocols remembers every id ever named,
 * without bound; a few are enough for y-websocket clients echoing a state just removed.
 */
export const DEPARTED_REMEMBERED = 1024;

export interface Admission {
  admitted: PresenceEntry[];
  dropped: Map<PresenceDrop, number>;
}

interface Held<Owner> {
  owner: Owner;
  bytes: number;
}

/**
 * Which presence states a room holds, whose they are and what they cost in a greeting. A client id
 * belongs to the connection that gave it a state until that state is removed: nobody else can
 * overwrite or erase it. Only what the awareness actually holds is recorded (`hold`, `release`).
 */
export class PresenceBudget<Owner> {
  private readonly held = new Map<number, Held<Owner>>();
  private readonly owned = new Map<Owner, Set<number>>();
  /** Oldest first. */
  private readonly departed = new Set<number>();
  private total = 0;

  /**
   * `reserved`: the relay's own awareness client id, which no connection may speak for. `forget` is
   * called for a departed client id that is no longer remembered: its clock can be dropped.
   */
  constructor(
    private readonly maxRoomBytes: number,
    private readonly reserved: number,
    private readonly forget: (clientId: number) => void,
  ) {}

  /** Encoded size of all states held: about what a newcomer is greeted with. */
  get bytes(): number {
    return this.total;
  }

  /** The entries `owner` may apply, in order; nothing is recorded until the awareness holds them. */
  admit(owner: Owner, entries: readonly PresenceEntry[], maxClients: number): Admission {
    const admitted: PresenceEntry[] = [];
    const dropped = new Map<PresenceDrop, number>();
    const drop = (reason: PresenceDrop): void => void dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
    // What this message has done so far, so that a client id repeated in one message is counted once.
    const mine = new Map<number, number>();
    for (const id of this.owned.get(owner) ?? []) mine.set(id, this.held.get(id)!.bytes);
    let total = this.total;
    for (const entry of entries) {
      const holder = this.held.get(entry.clientId);
      if (entry.clientId === this.reserved || (holder && holder.owner !== owner)) {
        drop('not_owner');
        continue;
      }
      const current = mine.get(entry.clientId);
      if (entry.state === 'null') {
        // Removing what is not there would only leave a clock behind in the awareness, for every id ever named.
        if (current === undefined) continue;
        mine.delete(entry.clientId);
        total -= current;
      } else if (current === undefined && mine.size >= maxClients) {
        drop('too_many_clients');
        continue;
      } else if (total - (current ?? 0) + entry.bytes > this.maxRoomBytes) {
        drop('room_full');
        continue;
      } else {
        mine.set(entry.clientId, entry.bytes);
        total += entry.bytes - (current ?? 0);
      }
      admitted.push(entry);
    }
    return { admitted, dropped };
  }

  /** The awareness now holds this client's state, `bytes` long, sent by `owner`. */
  hold(clientId: number, owner: Owner, bytes: number): void {
    this.release(clientId);
    this.departed.delete(clientId);
    this.held.set(clientId, { owner, bytes });
    this.total += bytes;
    let ids = this.owned.get(owner);
    if (!ids) this.owned.set(owner, (ids = new Set()));
    ids.add(clientId);
  }

  /** The awareness no longer holds this client's state: removed, timed out, or its connection left. */
  release(clientId: number): void {
    const held = this.held.get(clientId);
    if (!held) return;
    this.held.delete(clientId);
    this.total -= held.bytes;
    const ids = this.owned.get(held.owner)!;
    ids.delete(clientId);
    if (ids.size === 0) this.owned.delete(held.owner);
    this.departed.add(clientId);
    if (this.departed.size <= DEPARTED_REMEMBERED) return;
    const oldest = this.departed.values().next().value as number;
    this.departed.delete(oldest);
    this.forget(oldest);
  }

  /** The client ids whose states `owner` holds. */
  heldBy(owner: Owner): number[] {
    return [...(this.owned.get(owner) ?? [])];
  }
}
