import { NO_REJECTIONS, ReplayDiagnostics, type Rejections } from './diagnostics.ts';
import { groupSymbol } from './groups.ts';
import { SnapshotList } from './snapshot-list.ts';
import { compareHlc, type Hlc } from './hlc.ts';
import { NO_AUTHORITY, type Authority, type TrustContext } from './trust.ts';
import {
  DEFAULT_WORKING_LANGUAGES,
  FACILITATOR_KINDS,
  type ActorId,
  type AddRecord,
  type EndorseRecord,
  type FacilitatorRecord,
  type HideRecord,
  type JoinRecord,
  type RemoveRecord,
  type RenameRecord,
  type LanguageTag,
  type RecordId,
  type ReviseRecord,
  type TranslateRecord,
  type WithdrawRecord,
  type WorkshopRecord,
} from './records.ts';
import type {
  AgendaView,
  DiagnosticReason,
  LockedOutRecord,
  DiscountedEndorsement,
  GroupView,
  NotAdmittedAdd,
  ProposalTranslation,
  ProposalView,
  RevisionView,
  SupersededRevision,
  TranslationNeed,
  TranslationView,
  WorkshopView,
} from './view.ts';

/** R7: at most ten proposals exist at once. */
export const PROPOSAL_CAP = 10;

interface RevisionState {
  id: RecordId;
  proposal: RecordId;
  number: number;
  author: ActorId;
  parent: RecordId | null;
  text: string;
  hidden: boolean;
  lang: LanguageTag | null;
  hlc: Hlc;
  endorsers: ActorId[];
  supersededBy: RecordId | null;
  supersededConcurrently: boolean;
  /** Rebuilt only after a change, so unchanged revisions keep their identity across views. */
  cached: RevisionView | null;
}

interface ProposalState {
  id: RecordId;
  admittedNumber: number;
  revisions: RevisionState[];
  current: RevisionState;
  /** Every translation per language, in the total order. */
  translations: Map<LanguageTag, TranslationView[]>;
  /** Both caches are dropped on any change; a change of rank alone keeps the revisions array. */
  cached: ProposalView | null;
  cachedRevisions: readonly RevisionView[] | null;
}

const freeze = <T>(value: T): T => Object.freeze(value);

/**
 * Replays records, already in the total order, one at a time, and projects the view (R3–R10).
 * Callers append records later in the order; a record that sorts earlier needs a fresh reducer, and so
 * does a change of `authority` (the session record arriving, or a late one that sorts first).
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
  private readonly removedProposals = new Set<RecordId>();
  private languages: readonly LanguageTag[] = DEFAULT_WORKING_LANGUAGES;
  private readonly seenIds = new Set<RecordId>();
  private readonly groups = new Map<ActorId, GroupView>();
  private readonly groupList = new SnapshotList<GroupView>();
  private readonly proposals = new Map<RecordId, ProposalState>();
  private readonly revisions = new Map<RecordId, RevisionState>();
  private readonly notAdmitted = new SnapshotList<NotAdmittedAdd>();
  private readonly notAdmittedById = new Map<RecordId, number>();
  private readonly superseded = new SnapshotList<SupersededRevision>();
  private readonly discounted = new SnapshotList<DiscountedEndorsement>();
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
      this.applyRecord(record);
    } catch {
      this.ignore('unreadable', record);
    }
    return this.ignoredFor;
  }

  private applyRecord(record: WorkshopRecord): void {
    // Only a genuine record claims an id, so a forged copy cannot shadow the real one.
    const authenticity = this.trust.authenticity(record);
    if (authenticity === 'bad-signature') return this.ignore('bad-signature', record);
    if (authenticity === 'unknown-signer') return this.ignore('unknown-author', record);
    if (this.seenIds.has(record.id)) return this.ignore('duplicate-id', record);
    this.seenIds.add(record.id);
    if (record.kind === 'session') return this.session(record);
    if (FACILITATOR_KINDS.has(record.kind)) return this.facilitate(record as FacilitatorRecord);
    const group = record.kind === 'join' ? undefined : this.groups.get(record.author);
    if (record.kind !== 'join' && !group) return this.ignore('unknown-author', record);
    if (group?.removed) return this.ignore('group-removed', record);
    if (this.locked) return this.lockOut(record);
    switch (record.kind) {
      case 'join':
        return this.join(record);
      case 'add':
        return this.add(record);
      case 'revise':
        return this.revise(record);
      case 'endorse':
        return this.endorse(record);
      case 'withdraw':
        return this.withdraw(record);
      case 'translate':
        return this.translate(record);
    }
  }

  private session(record: Extract<WorkshopRecord, { kind: 'session' }>): void {
    // authorityOf picked the session's record from all records; any other one is a copy or an impostor.
    const own = this.authority.session;
    if (record !== own) return this.ignore(own && record.author === own.author ? 'duplicate-session' : 'other-session', record);
    this.title = record.title;
    if (record.languages) this.languages = freeze([...record.languages]);
    this.applied++;
  }

  /** R10: each facilitator record, signed by a facilitator of this session. */
  private facilitate(record: FacilitatorRecord): void {
    if (!this.authority.facilitators.has(record.author)) return this.ignore('not-facilitator', record);
    switch (record.kind) {
      case 'lock':
      case 'unlock':
        this.locked = record.kind === 'lock';
        break;
      case 'agenda':
        this.agenda = record.phases.length ? freeze({ phases: freeze([...record.phases]), start: record.start }) : null;
        break;
      case 'hide':
        return this.hide(record);
      case 'rename':
      case 'remove':
        return this.changeGroup(record);
    }
    this.applied++;
  }

  private lockOut(record: WorkshopRecord): void {
    const text = 'text' in record ? record.text : null;
    this.lockedOut.push(freeze({ id: record.id, author: record.author, kind: record.kind, text, hlc: record.hlc }));
  }

  /** The revision's text goes; the proposal falls back to its latest revision still shown, or leaves the document. */
  private hide(record: HideRecord): void {
    const revision = this.revisions.get(record.revision);
    if (!revision) return this.ignore('unknown-revision', record, 'revision');
    this.applied++;
    if (revision.hidden) return;
    revision.hidden = true;
    revision.cached = null;
    const proposal = this.proposals.get(revision.proposal);
    if (!proposal) return;
    changed(proposal);
    if (proposal.current !== revision) return;
    const fallback = lastWhere(proposal.revisions, (r) => !r.hidden);
    if (!fallback) {
      this.proposals.delete(proposal.id);
      this.removedProposals.add(proposal.id);
      return;
    }
    fallback.supersededBy = null;
    fallback.supersededConcurrently = false;
    fallback.cached = null;
    proposal.current = fallback;
  }

  private changeGroup(record: RenameRecord | RemoveRecord): void {
    const group = this.groups.get(record.group);
    if (!group) return this.ignore('unknown-group', record, 'group');
    this.applied++;
    const updated: GroupView =
      record.kind === 'rename'
        ? freeze({ ...group, name: record.name, venue: record.venue, joinedAs: group.joinedAs ?? group.name })
        : freeze({ ...group, removed: true });
    this.groups.set(group.id, updated);
    this.groupList.replace(group.number - 1, updated);
    if (record.kind === 'remove') this.dropEndorsementsOf(group.id);
  }

  /** A removed group's endorsements stop counting, on every current revision. */
  private dropEndorsementsOf(group: ActorId): void {
    for (const proposal of this.proposals.values()) {
      const at = proposal.current.endorsers.indexOf(group);
      if (at < 0) continue;
      proposal.current.endorsers.splice(at, 1);
      proposal.current.cached = null;
      changed(proposal);
    }
  }

  /**
   * The current view. `rejected` holds the records that failed validation before replay (R9);
   * they are shown first in the diagnostics, in canonical order.
   */
  view(rejected: Rejections = NO_REJECTIONS): WorkshopView {
    if (this.lastView && rejected === this.lastRejected) return this.lastView;
    const ranked = [...this.proposals.values()].sort(
      (a, b) => b.current.endorsers.length - a.current.endorsers.length || a.admittedNumber - b.admittedNumber,
    );
    const proposals = freeze(ranked.map((p, index) => this.proposalView(p, index + 1)));
    const view: WorkshopView = freeze({
      title: this.title,
      facilitator: this.authority.session?.author ?? null,
      locked: this.locked,
      agenda: this.agenda,
      lockedOut: this.lockedOut.snapshot(),
      languages: this.languages,
      groups: this.groupList.snapshot(),
      proposals,
      notAdmitted: this.notAdmitted.snapshot(),
      superseded: this.superseded.snapshot(),
      discountedEndorsements: this.discounted.snapshot(),
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

  private ignore(reason: DiagnosticReason, record: WorkshopRecord, detail: string | null = null): void {
    this.ignoredFor = reason;
    this.diagnostics.add(freeze({ reason, id: record.id, detail }));
  }

  private join(record: JoinRecord): void {
    if (this.groups.has(record.author)) return this.ignore('duplicate-join', record);
    const number = this.groups.size + 1;
    const group: GroupView = freeze({
      id: record.author,
      name: record.name,
      venue: record.venue,
      number,
      symbol: groupSymbol(number),
      joinedAt: record.hlc,
      joinedAs: null,
      removed: false,
    });
    this.groups.set(record.author, group);
    this.groupList.push(group);
    this.applied++;
  }

  private add(record: AddRecord): void {
    this.applied++;
    if (this.proposals.size >= PROPOSAL_CAP) {
      this.notAdmittedById.set(record.id, this.notAdmitted.length);
      this.notAdmitted.push(
        freeze({ id: record.id, author: record.author, text: record.text, hlc: record.hlc, convertedTo: null }),
      );
      return;
    }
    const revision = this.newRevision(record.id, record.id, 1, record, null);
    this.proposals.set(record.id, {
      id: record.id,
      admittedNumber: this.proposals.size + 1,
      revisions: [revision],
      current: revision,
      translations: new Map(),
      cached: null,
      cachedRevisions: null,
    });
  }

  private revise(record: ReviseRecord): void {
    const proposal = this.proposals.get(record.proposal);
    if (!proposal) return this.ignore('unknown-proposal', record, 'proposal');
    // A hidden revision stays a valid parent: the edit that replaces abuse is welcome.
    const parent = this.revisions.get(record.parent);
    if (!parent) return this.ignore('unknown-revision', record, 'parent');
    if (parent.proposal !== proposal.id) return this.ignore('parent-not-in-proposal', record, 'parent');
    this.applied++;
    const previous = proposal.current;
    const concurrent = parent !== previous;
    previous.supersededBy = record.id;
    previous.supersededConcurrently = concurrent;
    previous.cached = null;
    if (concurrent) {
      this.superseded.push(
        freeze({
          revision: previous.id,
          proposal: proposal.id,
          author: previous.author,
          by: record.id,
          byAuthor: record.author,
        }),
      );
    }
    const revision = this.newRevision(record.id, proposal.id, proposal.revisions.length + 1, record, parent.id);
    // An edit keeps the language of what it edits unless its writer says otherwise.
    revision.lang ??= parent.lang;
    proposal.revisions.push(revision);
    proposal.current = revision;
    changed(proposal);
    if (record.from !== undefined) this.markConverted(record.from, record);
  }

  private markConverted(addId: RecordId, record: ReviseRecord): void {
    const index = this.notAdmittedById.get(addId);
    const add = index === undefined ? undefined : this.notAdmitted.at(index);
    if (index === undefined || !add || add.author !== record.author || add.convertedTo !== null) return;
    this.notAdmitted.replace(index, freeze({ ...add, convertedTo: record.id }));
  }

  private endorse(record: EndorseRecord): void {
    const revision = this.revisions.get(record.revision);
    if (!revision) return this.ignore('unknown-revision', record, 'revision');
    this.applied++;
    const proposal = this.proposals.get(revision.proposal);
    if (!proposal || proposal.current !== revision) {
      this.discounted.push(
        freeze({
          id: record.id,
          group: record.author,
          revision: revision.id,
          proposal: revision.proposal,
          reason: 'revision-replaced' as const,
        }),
      );
      return;
    }
    if (revision.endorsers.includes(record.author)) return;
    revision.endorsers.push(record.author);
    revision.cached = null;
    changed(proposal);
  }

  private translate(record: TranslateRecord): void {
    const revision = this.revisions.get(record.revision);
    const proposal = revision && this.proposals.get(revision.proposal);
    if (!revision || !proposal) return this.ignore('unknown-revision', record, 'revision');
    this.applied++;
    const translation: TranslationView = freeze({
      id: record.id,
      lang: record.lang,
      text: record.text,
      author: record.author,
      hlc: record.hlc,
      revision: revision.id,
    });
    const history = proposal.translations.get(record.lang);
    if (history) history.push(translation);
    else proposal.translations.set(record.lang, [translation]);
    changed(proposal);
  }

  private withdraw(record: WithdrawRecord): void {
    const revision = this.revisions.get(record.revision);
    if (!revision) return this.ignore('unknown-revision', record, 'revision');
    this.applied++;
    const proposal = this.proposals.get(revision.proposal);
    const at = revision.endorsers.indexOf(record.author);
    if (!proposal || proposal.current !== revision || at < 0) return;
    revision.endorsers.splice(at, 1);
    revision.cached = null;
    changed(proposal);
  }

  private newRevision(
    id: RecordId,
    proposal: RecordId,
    number: number,
    record: AddRecord | ReviseRecord,
    parent: RecordId | null,
  ): RevisionState {
    const revision: RevisionState = {
      id,
      proposal,
      number,
      author: record.author,
      parent,
      text: record.text,
      hidden: false,
      lang: record.lang ?? null,
      hlc: record.hlc,
      endorsers: [record.author],
      supersededBy: null,
      supersededConcurrently: false,
      cached: null,
    };
    this.revisions.set(id, revision);
    return revision;
  }

  private proposalView(proposal: ProposalState, rank: number): ProposalView {
    if (proposal.cached && proposal.cached.rank === rank) return proposal.cached;
    const revisions = (proposal.cachedRevisions ??= freeze(proposal.revisions.map(revisionView)));
    // The newest revision, unless a hide made the proposal fall back to an earlier one.
    const current = revisions[proposal.revisions.indexOf(proposal.current)]!;
    const view: ProposalView = freeze({
      id: proposal.id,
      rank,
      admittedNumber: proposal.admittedNumber,
      current,
      endorsements: current.endorsers.length,
      revisions,
      translations: translationsOf(proposal),
    });
    proposal.cached = view;
    return view;
  }
}

/** Per language: the latest translation of the current revision, else the latest one of an older revision (outdated). */
function translationsOf(proposal: ProposalState): readonly ProposalTranslation[] {
  // A translation of a hidden revision repeats the abuse in another language: it goes too.
  const hidden = new Set(proposal.revisions.filter((r) => r.hidden).map((r) => r.id));
  const languages = [...proposal.translations.keys()].sort();
  const shown = languages
    .map((lang) => [lang, proposal.translations.get(lang)!.filter((t) => !hidden.has(t.revision))] as const)
    .filter(([, history]) => history.length > 0);
  return freeze(
    shown.map(([lang, history]) => {
      const ofCurrent = lastWhere(history, (t) => t.revision === proposal.current.id);
      const current = ofCurrent ?? history[history.length - 1]!;
      return freeze({ lang, current, outdated: !ofCurrent, history: freeze([...history]) });
    }),
  );
}

/** Current revisions lacking a translation, or with an outdated one, per working language (not their own). */
function translationNeeds(proposals: readonly ProposalView[], languages: readonly LanguageTag[]): TranslationNeed[] {
  const needs: TranslationNeed[] = [];
  for (const lang of languages) {
    for (const proposal of proposals) {
      if (proposal.current.lang === lang) continue;
      const translation = proposal.translations.find((t) => t.lang === lang);
      if (translation && !translation.outdated) continue;
      needs.push({ lang, proposal: proposal.id, revision: proposal.current.id, reason: translation ? 'outdated' : 'missing' });
    }
  }
  return needs;
}

function lastWhere<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}

function changed(proposal: ProposalState): void {
  proposal.cached = null;
  proposal.cachedRevisions = null;
}

function revisionView(revision: RevisionState): RevisionView {
  if (revision.cached) return revision.cached;
  const view: RevisionView = freeze({
    id: revision.id,
    proposal: revision.proposal,
    number: revision.number,
    author: revision.author,
    parent: revision.parent,
    text: revision.hidden ? '' : revision.text,
    hidden: revision.hidden,
    lang: revision.lang,
    hlc: revision.hlc,
    endorsers: freeze([...revision.endorsers]),
    supersededBy: revision.supersededBy,
    supersededConcurrently: revision.supersededConcurrently,
  });
  revision.cached = view;
  return view;
}

