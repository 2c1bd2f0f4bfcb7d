import type { ActorId, ContinuedRoom, SessionRecord, WorkshopRecord } from './records.ts';

/** Whether a record's signature holds under the key its author id stands for (checked in the doc layer). */
export type Authenticity = 'authentic' | 'bad-signature' | 'unknown-signer';

/**
 * What the derivation needs to know about signatures, supplied by whoever checked them. The domain stays
 * pure: it never computes a signature, it applies the same verdicts the same way on every replica.
 */
export interface TrustContext {
  /**
   * The facilitator the session's links name. Null for links made before records were signed: then
   * the author of the first authentic session record in the total order facilitates.
   */
  anchor: ActorId | null;
  authenticity(record: WorkshopRecord): Authenticity;
}

/** Who may write facilitator records, and which session record is the session's own. */
export interface Authority {
  session: SessionRecord | null;
  facilitators: ReadonlySet<ActorId>;
  /** The rooms the session continues from their exports; their records are signed for those rooms. */
  continues: readonly ContinuedRoom[];
}

export const NO_AUTHORITY: Authority = Object.freeze({ session: null, facilitators: new Set<ActorId>(), continues: [] });

/**
 * The session record that rules: the anchor's (the first authentic one, if several), else, for old links,
 * the first authentic one. Its author facilitates, and so do the facilitators of the rooms it continues,
 * so their hides and locks still hold in the continued session.
 */
export function authorityOf(sorted: Iterable<WorkshopRecord>, trust: TrustContext): Authority {
  for (const record of sorted) {
    if (record.kind !== 'session') continue;
    if (trust.anchor !== null && record.author !== trust.anchor) continue;
    if (trust.authenticity(record) !== 'authentic') continue;
    const continues = record.continues ?? [];
    return Object.freeze({
      session: record,
      facilitators: new Set([record.author, ...continues.map((c) => c.facilitator)]),
      continues,
    });
  }
  return NO_AUTHORITY;
}

export const sameAuthority = (a: Authority, b: Authority): boolean => a.session === b.session;
