import type * as Y from 'yjs';
import type { Hlc } from '../domain/hlc.ts';
import { RECORD_VERSION, carriesKey, type ActorId, type RecordBody, type RecordId, type WorkshopRecord } from '../domain/records.ts';
import { signingPayload } from '../domain/signing.ts';
import { parseRecord } from '../domain/validate.ts';
import { findRevision } from '../domain/view-lookup.ts';
import { nextReading } from '../domain/writing-clock.ts';
import { refuse, type PendingAction } from './action-problems.ts';
import type { Signer } from './crypto/keys.ts';
import { recordsOf } from './schema.ts';
import type { WorkshopStore } from './store.ts';

/** Marks our own transactions, so observers can tell local writes from remote ones. */
export const LOCAL_ORIGIN = Symbol('local workshop write');

/**
 * Writes one record: dated after everything it follows, validated, signed with the key of the group (or
 * facilitator) it speaks for, and appended in one transaction.
 */
export class RecordAppender {
  private readonly records: Y.Array<unknown>;
  private readonly signers = new Map<ActorId, Signer>();
  private lastWritten: WorkshopRecord['hlc'] | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly store: WorkshopStore,
    private readonly clock: () => number,
    private readonly newId: () => RecordId,
  ) {
    this.records = recordsOf(doc);
  }

  /** Lets this appender speak for the signer's group (or as the facilitator). */
  adopt(signer: Signer): void {
    this.signers.set(signer.actor, signer);
  }

  speaksFor(actor: ActorId): boolean {
    return this.signers.has(actor);
  }

  append(author: ActorId, body: RecordBody): PendingAction {
    return this.appendWith(author, body, () => []);
  }

  /** Writes `body` and the records `following` makes to name it (a translation of a new add), in one transaction. */
  async appendWith(author: ActorId, body: RecordBody, following: (first: WorkshopRecord) => RecordBody[]): PendingAction {
    const signer = this.signers.get(author);
    if (!signer) return refuse('no-key');
    const view = this.store.view;
    const locked = view.locked && body.kind !== 'unlock' && author !== view.facilitator;
    if (locked) return refuse('session-locked');
    const first = await this.signed(author, signer, body);
    if (!first) return refuse('invalid-record');
    const written = [first];
    for (const next of following(first.signed)) {
      const made = await this.signed(author, signer, next);
      if (!made) return refuse('invalid-record');
      written.push(made);
    }
    // Our own signature needs no checking: the store applies the record as soon as it is in the document.
    if (carriesKey(body)) await this.store.verifier.learnKey(author, signer.publicKey);
    for (const { signed } of written) this.store.verifier.vouch(signed);
    // insert-at-length finds the end through Yjs's search markers; push walks every item, O(records).
    this.doc.transact(() => this.records.insert(this.records.length, written.map((w) => w.raw)), LOCAL_ORIGIN);
    return { ok: true, record: first.signed };
  }

  /** The record dated after everything it follows, validated and signed; null when it is no valid record. */
  private async signed(author: ActorId, signer: Signer, body: RecordBody): Promise<{ raw: object; signed: WorkshopRecord } | null> {
    const keyed = carriesKey(body);
    const unsigned = {
      v: RECORD_VERSION,
      id: this.newId(),
      author,
      hlc: nextReading(this.store.records, this.follows(author, body), this.clock()),
      ...body,
      ...(keyed ? { key: signer.publicKey } : {}),
    };
    const parsed = parseRecord(unsigned);
    if (!parsed.ok) return null;
    const sig = await signer.sign(signingPayload(parsed.record, this.store.roomId));
    const signed: WorkshopRecord = { ...parsed.record, sig };
    this.lastWritten = signed.hlc;
    return { raw: { ...unsigned, sig }, signed };
  }

  /** What a new record must sort after, however far ahead it is dated: this writer's last record, its author's join, and every record it names. */
  private follows(author: ActorId, body: RecordBody): Array<Hlc | null | undefined> {
    const view = this.store.view;
    const names = body as Partial<Record<'proposal' | 'parent' | 'from' | 'revision', RecordId>> & { group?: ActorId };
    const named = (id: RecordId | undefined) =>
      id === undefined ? undefined : (findRevision(view, id)?.revision.hlc ?? view.notAdmitted.find((add) => add.id === id)?.hlc);
    const joinOf = (group: ActorId | undefined) => view.groups.find((g) => g.id === group)?.joinedAt;
    return [this.lastWritten, joinOf(author), joinOf(names.group), ...[names.proposal, names.parent, names.from, names.revision].map(named)];
  }
}
