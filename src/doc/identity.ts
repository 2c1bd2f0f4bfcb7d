import type { ActorId } from '../domain/records.ts';
import { loadStringList, localStore, sessionStore } from './guarded-storage.ts';

/**
 * Which group this tab speaks for. sessionStorage keeps it across a reload of this tab, while a second
 * tab starts fresh and can join as another group; localStorage lists every group this browser joined
 * so a closed tab can pick its group up again.
 */
const tabKey = (roomId: string): string => `cdw-group-${roomId}`;
const browserKey = (roomId: string): string => `cdw-groups-${roomId}`;

export function currentGroup(roomId: string): ActorId | null {
  return sessionStore.getItem(tabKey(roomId));
}

export function groupsJoinedInThisBrowser(roomId: string): ActorId[] {
  return loadStringList(localStore, browserKey(roomId));
}

/** Makes `group` this tab's group and remembers it for the browser. */
export function speakAs(roomId: string, group: ActorId): void {
  sessionStore.setItem(tabKey(roomId), group);
  const known = groupsJoinedInThisBrowser(roomId);
  if (!known.includes(group)) localStore.setItem(browserKey(roomId), JSON.stringify([...known, group]));
}

export function forgetCurrentGroup(roomId: string): void {
  sessionStore.removeItem(tabKey(roomId));
}
