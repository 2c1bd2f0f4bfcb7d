import type { ActorId, RecordId } from '../../domain/records.ts';

/** Notices a group closed, remembered in this browser so a reload does not bring them back. */
const key = (roomId: string, group: ActorId): string => `cdw-dismissed-${roomId}-${group}`;

export function loadDismissed(roomId: string, group: ActorId): Set<RecordId> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(key(roomId, group)) ?? '[]');
    return new Set(Array.isArray(saved) ? saved.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function saveDismissed(roomId: string, group: ActorId, dismissed: ReadonlySet<RecordId>): void {
  try {
    localStorage.setItem(key(roomId, group), JSON.stringify([...dismissed]));
  } catch {
    // Storage may be full or refused; the notice stays closed for this page anyway.
  }
}
