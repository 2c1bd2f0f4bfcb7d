import { CandidateBook } from './candidate-book.ts';
import { NO_REJECTIONS, ReplayDiagnostics, ignoredFor, type Ignored, type Rejections } from './diagnostics.ts';
import { GroupBook } from './group-book.ts';
import { compareHlc, type Hlc } from './hlc.ts';
import { ProposalBook } from './proposal-book.ts';
import { freeze } from './proposal-state.ts';
import { translationNeeds } from './proposal-views.ts';
import { SnapshotList } from './snapshot-list.ts';
import { NO_AUTHORITY, type Authority, type TrustContext } from './trust.ts';
import {
  DEFAULT_WORKING_LANGUAGES,
  FACILITATOR_KINDS,
  type FacilitatorRecord,
  type LanguageTag,
  type RecordId,
  type SessionRecord,
  type WorkshopRecord,
} from './records.ts';
import type { AgendaView, DiagnosticReason, LockedOutRecord, WorkshopView } from './view.ts';

export { PROPOSAL_CAP } from './proposal-book.ts';

/**
 * Replays records, already in the total order, one at a time, and projects the view (R3–R10).
 * Callers append records later in the order; a record that sorts earlier needs a fresh reducer, and so
 * does a change of `authority` (the session record arriving, or a late one that sorts first).
 * Groups and proposals keep their own books (group-book.ts, proposal-book.ts); this decides which record
 * reaches them: authentic, new, by a known group not removed, while the session is not locked.
 */
export class WorkshopReducer {
  constructor(
    private readonly trust: TrustContext,
    /** From authorityOf over every record, so facilitator records are judged the same whatever their position. */
    readonly authority: Authority = NO_AUTHORITY,
  ) {}

  private title: string | null = null;
  private locked = false;
  private agenda: AgendaView | null = null;
  private readonly lockedOut = new SnapshotList<LockedOutRecord>();
  private languages: readonly LanguageTag[] = DEFAULT_WORKING_LANGUAGES;
  private readonly seenIds = new Set<RecordId>();
  private readonly groups = new GroupBook();
  private readonly proposals = new ProposalBook();
  private readonly candidates = new CandidateBook();
  private readonly diagnostics = new ReplayDiagnostics();
  private applied = 0;
  /** Why the record being applied was ignored (it then changes nothing but the diagnostics). */
  private ignoredFor: DiagnosticReason | null = null;
  private lastHlc: Hlc | null = null;
  private lastView: WorkshopView | null = null;
  private lastRejected: Rejections = NO_REJECTIONS;

  /**
   * Applies the next record in the order; returns why it was ignored, or null when it took effect. Should
   * handling it fail, the record alone is ignored, the same way on every replica.
   */
  apply(record: WorkshopRecord): DiagnosticReason | null {
    this.ignoredFor = null;
    // The latest reading, also when a record is passed in after ignored ones that sort later (ledger.ts).
    if (this.lastHlc === null || compareHlc(record.hlc, this.lastHlc) > 0) this.lastHlc = record.hlc;
    this.lastView = null;
    try {
      const outcome = this.applyRecord(record);
      if (outcome === 'applied') this.applied++;
      else if (outcome !== 'locked-out') this.ignore(outcome, record);
    } catch {
      this.ignore(ignoredFor('unreadable'), record);
    }
    return this.ignoredFor;
  }

  /** A record locked out (R10) neither counts as applied nor is ignored: the facilitator sees it listed. */
  private applyRecord(record: WorkshopRecord): Ignored | 'applied' | 'locked-out' {
    // Only a genuine record claims an id, so a forged copy cannot shadow the real one.
    const authenticity = this.trust.authenticity(record);
    if (authenticity === 'bad-signature') return ignoredFor('bad-signature');
    if (authenticity === 'unknown-signer') return ignoredFor('unknown-author');
    // One hash lookup, not two: the set grew unless the id was seen.
    const seen = this.seenIds.size;
    if (this.seenIds.add(record.id).size === seen) return ignoredFor('duplicate-id');
    if (record.kind === 'session') return this.session(record) ?? 'applied';
    if (FACILITATOR_KINDS.has(record.kind)) return this.facilitate(record as FacilitatorRecord) ?? 'applied';
    const group = record.kind === 'join' ? undefined : this.groups.get(record.author);
    if (record.kind !== 'join' && !group) return ignoredFor('unknown-author');
    if (group?.removed) return ignoredFor('group-removed');
    if (this.locked) {
      this.lockOut(record);
      return 'locked-out';
    }
    return this.byGroup(record as Exclude<WorkshopRecord, SessionRecord | FacilitatorRecord>) ?? 'applied';
  }

  private byGroup(record: Exclude<WorkshopRecord, SessionRecord | FacilitatorRecord>): Ignored | null {
    switch (record.kind) {
      case 'join':
        return this.groups.join(record);
      case 'add':
        return this.proposals.add(record);
      case 'revise':
        return this.proposals.revise(record);
      case 'endorse':
        return this.proposals.endorse(record);
      case 'withdraw':
        return this.proposals.withdraw(record);
      case 'translate':
        return this.proposals.translate(record);
    }
  }

  private session(record: SessionRecord): Ignored | null {
    // authorityOf picked the session's record from all records; any other one is a copy or an impostor.
    const own = this.authority.session;
    if (record !== own) return ignoredFor(own && record.author === own.author ? 'duplicate-session' : 'other-session');
    this.title = record.title;
    if (record.languages) this.languages = freeze([...record.languages]);
    return null;
  }

  /** R10: each facilitator record, signed by a facilitator of this session. */
  private facilitate(record: FacilitatorRecord): Ignored | null {
    if (!this.authority.facilitators.has(record.author)) return ignoredFor('not-facilitator');
    switch (record.kind) {
      case 'lock':
      case 'unlock':
        this.locked = record.kind === 'lock';
        return null;
      case 'agenda':
        this.agenda = record.phases.length ? freeze({ phases: freeze([...record.phases]), start: record.start }) : null;
        return null;
      case 'hide':
        return this.proposals.hide(record);
      case 'candidate':
        this.candidates.add(record);
        this.proposals.candidateArrived(record.id);
        return null;
      case 'rename':
      case 'remove': {
        const ignored = this.groups.change(record);
        if (!ignored && record.kind === 'remove') this.proposals.dropEndorsementsOf(record.group);
        return ignored;
      }
    }
  }

  private lockOut(record: WorkshopRecord): void {
    const text = 'text' in record ? record.text : null;
    this.lockedOut.push(freeze({ id: record.id, author: record.author, kind: record.kind, text, hlc: record.hlc }));
  }

  private ignore({ reason, detail }: Ignored, record: WorkshopRecord): void {
    this.ignoredFor = reason;
    this.diagnostics.add(freeze({ reason, id: record.id, detail }));
  }

  /**
   * The current view. `rejected` holds the records that failed validation before replay (R9);
   * they are shown first in the diagnostics, in canonical order.
   */
  view(rejected: Rejections = NO_REJECTIONS): WorkshopView {
    if (this.lastView && rejected === this.lastRejected) return this.lastView;
    const { proposals, candidates } = this.proposals.ranked(this.candidates);
    const view: WorkshopView = freeze({
      title: this.title,
      facilitator: this.authority.session?.author ?? null,
      locked: this.locked,
      agenda: this.agenda,
      lockedOut: this.lockedOut.snapshot(),
      languages: this.languages,
      groups: this.groups.snapshot(),
      candidates,
      proposals,
      notAdmitted: this.proposals.notAdmitted.snapshot(),
      superseded: this.proposals.superseded.snapshot(),
      discountedEndorsements: this.proposals.discounted.snapshot(),
      diagnostics: this.diagnostics.listWith(rejected),
      diagnosticCounts: this.diagnostics.countsWith(rejected),
      needsTranslation: translationNeeds(proposals, this.languages),
      appliedRecords: this.applied,
      lastHlc: this.lastHlc,
    });
    this.lastView = view;
    this.lastRejected = rejected;
    return view;
  }
}
