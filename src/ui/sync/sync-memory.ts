import { localStore } from '../../doc/guarded-storage.ts';
import { LastInSync } from '../../doc/last-in-sync.ts';
import type { Presence } from '../../doc/presence.ts';

export const lastInSyncKey = (roomId: string): string => `cdw-last-in-sync-${roomId}`;

/**
 * Notes when each group of the room was last in sync, remembered per room across reloads. Only for
 * tabs that speak for no group: a scribe tab's own state would count while it is offline.
 */
export function rememberSyncTimes(presence: Presence, roomId: string, clock: () => number = Date.now): LastInSync {
  // Guarded: a throw here would land in the awareness handler; refused, the times last as long as the page.
  return new LastInSync(presence, { clock, storage: localStore, storageKey: lastInSyncKey(roomId) });
}
