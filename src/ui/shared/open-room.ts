import { Presence } from '../../doc/presence.ts';
import { openSession, type OpenSessionOptions, type WorkshopSession } from '../../doc/session.ts';
import type { WorkshopSource } from './workshop-controller.ts';

/** A session plus the presence channel on its relay connection: what the scribe and view screens hold. */
export interface OpenRoom extends WorkshopSource {
  session: WorkshopSession;
  presence: Presence;
  close(): Promise<void>;
}

export function openRoom(options: OpenSessionOptions, open: typeof openSession = openSession): OpenRoom {
  const session = open(options);
  const presence = new Presence(session.doc, session.connection?.provider.awareness ?? null);
  return {
    session,
    presence,
    store: session.store,
    connection: session.connection,
    async close() {
      presence.destroy();
      await session.destroy();
    },
  };
}
