import type { Signer } from '../../doc/crypto/keys.ts';
import type { WorkshopSession } from '../../doc/session.ts';
import type { WorkshopWriter } from '../../doc/writer.ts';

const loadWriter = (): Promise<typeof import('../../doc/writer.ts')> => import('../../doc/writer.ts');

/**
 * The scribe's writer, fetched once the first full paint is on screen or when the first action needs it: showing
 * the document needs none. The room opens without one; it is installed on the session when it arrives, and
 * speaks for every group key this tab adopted meanwhile (a group resumed as the page opened).
 */
export class LateWriter {
  private readonly waiting = new WeakMap<WorkshopSession, Signer[]>();

  /** Lets the session's writer speak for the signer's group, now or once it arrives. */
  adopt(session: WorkshopSession, signer: Signer): void {
    if (session.writer) return session.writer.adopt(signer);
    this.waiting.set(session, [...(this.waiting.get(session) ?? []), signer]);
  }

  /** The session's writer, installed the first time it is asked for; null for a link without the write key. */
  async of(session: WorkshopSession): Promise<WorkshopWriter | null> {
    if (session.writer || !session.writeKey) return session.writer;
    const { newWriter } = await loadWriter();
    if (session.writer) return session.writer;
    const writer = newWriter(session.doc, session.store);
    for (const signer of this.waiting.get(session) ?? []) writer.adopt(signer);
    this.waiting.delete(session);
    session.writer = writer;
    return writer;
  }
}
