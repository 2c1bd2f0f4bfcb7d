import { LastInSync } from '../../doc/last-in-sync.ts';
import type { Presence } from '../../doc/presence.ts';

export const lastInSyncKey = (roomId: string): string => `cdw-last-in-sync-${roomId}`;

/** localStorage that never throws: private modes refuse it, and a throw here would land in the awareness handler. */
const forgivingStorage: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  setItem(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch {
      // The times then last as long as the page.
    }
  },
};

/**
 * Notes when each group of the room was last in sync, remembered per room across reloads. Only for
 * tabs that speak for no group: a scribe tab's own state would count while it is offline.
 */
export function rememberSyncTimes(presence: Presence, roomId: string, clock: () => number = Date.now): LastInSync {
  return new LastInSync(presence, { clock, storage: forgivingStorage, storageKey: lastInSyncKey(roomId) });
}
