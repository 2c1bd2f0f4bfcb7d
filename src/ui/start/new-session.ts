import { newWriteKey } from '../../doc/capabilities.ts';
import type { WorkshopSession } from '../../doc/session.ts';
import type { SessionSetup } from '../../doc/session-setup.ts';
import { during } from '../../doc/setup-failure.ts';
import type { Facilitator } from '../../doc/signers.ts';

export interface NewSession {
  session: WorkshopSession;
  writeKey: string;
  facilitator: Facilitator;
}

/**
 * A new room, its facilitator's keys, and the document opened and loaded with a writer speaking for the
 * facilitator: what "Create session" and "Start from several sessions" both begin with.
 */
export async function openNewSession(setup: SessionSetup, where: { syncUrl: string | null; persist: boolean }): Promise<NewSession> {
  const writeKey = newWriteKey();
  const [roomId, facilitator] = await during('keys', () => Promise.all([setup.roomIdFor(writeKey), setup.newFacilitator()]));
  const anchor = facilitator.signer.actor;
  // Fetched on "Create", not with the page: most visitors of the start page open a link instead.
  const { newWriter } = await import('../../doc/writer.ts');
  const session = await during('storage', () => setup.openSession({ roomId, writeKey, anchor, ...where, writer: newWriter }));
  try {
    await session.whenLoaded;
    session.writer!.adopt(facilitator.signer);
  } catch (error) {
    await session.destroy().catch(() => undefined);
    throw error;
  }
  return { session, writeKey, facilitator };
}
