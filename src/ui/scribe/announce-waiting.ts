import type { ConnectionStatus } from '../../doc/connection.ts';
import type { Presence } from '../../doc/presence.ts';

interface StatusSource {
  readonly status: ConnectionStatus;
  subscribe(listener: (status: ConnectionStatus) => void): () => void;
}

/**
 * Keeps telling the other tabs how many of this tab's changes wait for the relay, so a facilitator
 * sees when each group was last in sync. Returns `announceNow`, for when the tab starts speaking for
 * a group (presence drops the count while it speaks for none), and `stop`.
 */
export function announceWaitingChanges(presence: Presence, connection: StatusSource | null) {
  const announceNow = (): void => {
    if (connection) presence.announcePending(connection.status.pending);
  };
  const stop = connection ? connection.subscribe(announceNow) : () => {};
  announceNow();
  return { announceNow, stop };
}
