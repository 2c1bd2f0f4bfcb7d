import type * as Y from 'yjs';
import { MAX_CONTINUED_ROOMS, type ActorId, type ContinuedRoom, type SessionRecord, type WorkshopRecord } from '../domain/records.ts';
import { recordsOf } from './schema.ts';
import type { WorkshopStore } from './store.ts';
import type { ActionResult, WorkshopWriter } from './writer.ts';

/**
 * Continues an exported session in a new document: the records are written as they were (same ids,
 * authors and clocks), so the history and the derived view come back identical.
 */
export function importRecords(doc: Y.Doc, records: readonly WorkshopRecord[]): void {
  const array = recordsOf(doc);
  doc.transact(() => array.insert(array.length, records.map((record) => ({ ...record }))));
}

/** Where an export's records were signed: its room, and who facilitated it. */
export type ExportOrigin = ContinuedRoom;

/**
 * The room and facilitator an export names; the facilitator falls back to the author of its first session
 * record. Null for exports made before records were signed: their records cannot be verified anywhere else.
 */
export function exportOrigin(exported: {
  records: readonly WorkshopRecord[];
  room: string | null;
  facilitator: ActorId | null;
}): ExportOrigin | null {
  if (!exported.room) return null;
  const facilitator = exported.facilitator ?? exported.records.find((r) => r.kind === 'session')?.author ?? null;
  return facilitator ? { room: exported.room, facilitator } : null;
}

/** The exported room's own session record: its title, languages and the rooms it continued in turn. */
function sessionOf(records: readonly WorkshopRecord[], origin: ExportOrigin): SessionRecord | undefined {
  return records.find((r): r is SessionRecord => r.kind === 'session' && r.author === origin.facilitator);
}

/** The exported room first, then every room it continued itself, each once, as many as a record may name. */
export function continuedRooms(records: readonly WorkshopRecord[], origin: ExportOrigin): ContinuedRoom[] {
  const rooms: ContinuedRoom[] = [];
  for (const room of [origin, ...(sessionOf(records, origin)?.continues ?? [])]) {
    if (!rooms.some((r) => r.room === room.room)) rooms.push({ room: room.room, facilitator: room.facilitator });
  }
  return rooms.slice(0, MAX_CONTINUED_ROOMS);
}

export interface Continuation {
  doc: Y.Doc;
  store: WorkshopStore;
  writer: WorkshopWriter;
  /** The new session's facilitator; the writer must hold its key. */
  facilitator: ActorId;
}

/**
 * Continuing from signed records: the new session's record names the rooms the records were signed for, and is
 * written first, since the store checks a continued room's records only once the session names it. Then
 * the records come over; if the export was locked, the new facilitator unlocks so the new session is open.
 */
export async function continueExport(
  into: Continuation,
  records: readonly WorkshopRecord[],
  origin: ExportOrigin,
  fallbackTitle: string,
): Promise<ActionResult> {
  const own = sessionOf(records, origin);
  const { writer, facilitator } = into;
  const created = await writer.createSession(facilitator, own?.title ?? fallbackTitle, own?.languages, continuedRooms(records, origin));
  if (!created.ok) return created;
  importRecords(into.doc, records);
  await into.store.settled();
  if (into.store.view.locked) {
    const unlocked = await writer.unlock(facilitator);
    if (!unlocked.ok) return unlocked;
  }
  return created;
}
