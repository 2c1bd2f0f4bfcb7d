import { newWriteKey, roomIdFor } from './capabilities.ts';
import { continueExport, type ExportOrigin } from './import.ts';
import { openSession, type WorkshopSession } from './session.ts';
import { newFacilitator, type Facilitator } from './signers.ts';
import type { ActionProblem } from './writer.ts';
import { newWriter } from './writer.ts';
import type { WorkshopRecord } from '../domain/records.ts';

export type ContinuedSession =
  | { ok: true; session: WorkshopSession; writeKey: string; facilitator: Facilitator }
  | { ok: false; problem: ActionProblem };

/**
 * Continues an exported session under new links and a new facilitator: a fresh write key and room, a
 * session record naming the exported room, then the exported records as they were, so history, groups
 * and counts come back identical.
 */
export async function openSessionFromExport(
  records: readonly WorkshopRecord[],
  origin: ExportOrigin,
  options: { syncUrl: string | null; persist: boolean; untitled: string },
): Promise<ContinuedSession> {
  const writeKey = newWriteKey();
  const [roomId, facilitator] = await Promise.all([roomIdFor(writeKey), newFacilitator()]);
  const anchor = facilitator.signer.actor;
  const session = openSession({ roomId, writeKey, anchor, syncUrl: options.syncUrl, persist: options.persist, writer: newWriter });
  await session.whenLoaded;
  const writer = session.writer!;
  writer.adopt(facilitator.signer);
  const result = await continueExport({ doc: session.doc, store: session.store, writer, facilitator: anchor }, records, origin, options.untitled);
  if (!result.ok) {
    await session.destroy();
    return result;
  }
  return { ok: true, session, writeKey, facilitator };
}
