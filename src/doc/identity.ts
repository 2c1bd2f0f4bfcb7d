import type { ActorId } from '../domain/records.ts';

/**
 * Which group this tab speaks for. sessionStorage keeps it across a reload of this tab, while a second
 * tab starts fresh and can join as another group; localStorage lists every group this browser joined
 * so a closed tab can pick its group up again.
 */
const tabKey = (roomId: string): string => `cdw-group-${roomId}`;
const browserKey = (roomId: string): string => `cdw-groups-${roomId}`;

export function currentGroup(roomId: string): ActorId | null {
  return globalThis.sessionStorage?.getItem(tabKey(roomId)) ?? null;
}

export function groupsJoinedInThisBrowser(roomId: string): ActorId[] {
  try {
    const saved: unknown = JSON.parse(globalThis.localStorage?.getItem(browserKey(roomId)) ?? '[]');
    return Array.isArray(saved) ? saved.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Makes `group` this tab's group and remembers it for the browser. */
export function speakAs(roomId: string, group: ActorId): void {
  globalThis.sessionStorage?.setItem(tabKey(roomId), group);
  const known = groupsJoinedInThisBrowser(roomId);
  if (!known.includes(group)) globalThis.localStorage?.setItem(browserKey(roomId), JSON.stringify([...known, group]));
}

export function forgetCurrentGroup(roomId: string): void {
  globalThis.sessionStorage?.removeItem(tabKey(roomId));
}
