import { newWriteKey, roomIdFor } from '../doc/capabilities.ts';
import { importRecords } from '../doc/import.ts';
import { openSession, type WorkshopSession } from '../doc/session.ts';
import type { WorkshopRecord } from '../domain/records.ts';

/**
 * Continues an exported session under new links: a fresh write key and room, holding the exported
 * records as they were, so history, groups and counts come back identical.
 */
export async function openSessionFromExport(
  records: readonly WorkshopRecord[],
  options: { syncUrl: string | null; persist: boolean },
): Promise<{ session: WorkshopSession; writeKey: string }> {
  const writeKey = newWriteKey();
  const roomId = await roomIdFor(writeKey);
  const session = openSession({ roomId, writeKey, syncUrl: options.syncUrl, persist: options.persist });
  await session.whenLoaded;
  importRecords(session.doc, records);
  return { session, writeKey };
}
