import type { PeerPresence } from '../../doc/presence.ts';
import type { ActorId } from '../../domain/records.ts';
import { venueKey } from '../../domain/venues.ts';
import type { GroupView } from '../../domain/view.ts';

/** Where a group stands with the relay, as far as this tab can tell. */
export type SyncState =
  /** A tab of the group is connected now; `sending` of its changes have not reached the relay yet. */
  | { kind: 'online'; sending: number }
  /** Not connected now; last seen connected with nothing waiting at `at` (ms since the epoch). */
  | { kind: 'seen'; at: number }
  | { kind: 'never' };

export interface GroupSync {
  group: GroupView;
  state: SyncState;
}

export interface VenueSync {
  /** As the first group to join typed it; '' when no group gave one. */
  venue: string;
  groups: number;
  online: number;
  /** The latest time any of its groups not online now was in sync. */
  lastInSync: number | null;
}

/** Every group in joining order, with what presence and the remembered times say about it. */
export function groupSyncStates(
  groups: readonly GroupView[],
  peers: readonly PeerPresence[],
  lastInSync: (group: ActorId) => number | null,
): GroupSync[] {
  return [...groups]
    .sort((a, b) => a.number - b.number)
    .map((group): GroupSync => {
      const tabs = peers.filter((peer) => peer.group === group.id);
      // A tab of an older version announces no count (null): connected, so nothing known to wait.
      if (tabs.length) return { group, state: { kind: 'online', sending: tabs.reduce((sum, tab) => sum + (tab.pending ?? 0), 0) } };
      const at = lastInSync(group.id);
      return { group, state: at === null ? { kind: 'never' } : { kind: 'seen', at } };
    });
}

/** One line per venue, by name, the groups that gave none last; venues compared as everywhere else (venueKey). */
export function venueSyncStates(rows: readonly GroupSync[]): VenueSync[] {
  const venues = new Map<string, VenueSync>();
  for (const { group, state } of rows) {
    const key = venueKey(group.venue);
    const venue = venues.get(key) ?? { venue: group.venue.trim(), groups: 0, online: 0, lastInSync: null };
    venue.groups++;
    if (state.kind === 'online') venue.online++;
    if (state.kind === 'seen' && (venue.lastInSync === null || state.at > venue.lastInSync)) venue.lastInSync = state.at;
    venues.set(key, venue);
  }
  return [...venues.values()].sort((a, b) => (!a.venue ? 1 : !b.venue ? -1 : a.venue.localeCompare(b.venue)));
}
