import { loadStringList, localStore } from '../../doc/guarded-storage.ts';
import type { ActorId, RecordId } from '../../domain/records.ts';

/** Notices a group closed, remembered in this browser so a reload does not bring them back. */
const key = (roomId: string, group: ActorId): string => `cdw-dismissed-${roomId}-${group}`;

export function loadDismissed(roomId: string, group: ActorId): Set<RecordId> {
  return new Set(loadStringList(localStore, key(roomId, group)));
}

export function saveDismissed(roomId: string, group: ActorId, dismissed: ReadonlySet<RecordId>): void {
  // Storage may be full or refused; the notice stays closed for this page anyway.
  localStore.setItem(key(roomId, group), JSON.stringify([...dismissed]));
}
