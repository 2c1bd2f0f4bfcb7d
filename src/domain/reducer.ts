import { groupSymbol } from './groups.ts';
import { SnapshotList } from './snapshot-list.ts';
import type { Hlc } from './hlc.ts';
import {
  DEFAULT_WORKING_LANGUAGES,
  type ActorId,
  type AddRecord,
  type EndorseRecord,
  type JoinRecord,
  type LanguageTag,
  type RecordId,
  type ReviseRecord,
  type TranslateRecord,
  type WithdrawRecord,
  type WorkshopRecord,
} from './records.ts';
import type {
  DiagnosticReason,
  Diagnostic,
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
 * Replays records, already in the total order, one at a time, and projects the view (R3–R8).
 * Callers append records later in the order; a record that sorts earlier needs a fresh reducer.
 */
export class WorkshopReducer {
  private title: string | null = null;
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
  private readonly diagnostics = new SnapshotList<Diagnostic>();
  private applied = 0;
  private lastHlc: Hlc | null = null;
  private lastView: WorkshopView | null = null;
  private lastRejected: readonly Diagnostic[] = [];

  apply(record: WorkshopRecord): void {
    this.lastHlc = record.hlc;
    this.lastView = null;
    if (this.seenIds.has(record.id)) return this.ignore('duplicate-id', record);
    this.seenIds.add(record.id);
    if (record.kind === 'session') {
      if (this.title !== null) return this.ignore('duplicate-session', record);
      this.title = record.title;
      if (record.languages) this.languages = freeze([...record.languages]);
      this.applied++;
      return;
    }
    if (record.kind === 'join') return this.join(record);
    if (!this.groups.has(record.author)) return this.ignore('unknown-author', record);
    switch (record.kind) {
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

  /**
   * The current view. `rejected` lists records that failed validation before replay (R9);
   * it is shown first in the diagnostics, in the caller's (canonical) order.
   */
  view(rejected: readonly Diagnostic[] = []): WorkshopView {
    if (this.lastView && rejected === this.lastRejected) return this.lastView;
    const ranked = [...this.proposals.values()].sort(
      (a, b) => b.current.endorsers.length - a.current.endorsers.length || a.admittedNumber - b.admittedNumber,
    );
    const proposals = freeze(ranked.map((p, index) => this.proposalView(p, index + 1)));
    const view: WorkshopView = freeze({
      title: this.title,
      languages: this.languages,
      groups: this.groupList.snapshot(),
      proposals,
      notAdmitted: this.notAdmitted.snapshot(),
      superseded: this.superseded.snapshot(),
      discountedEndorsements: this.discounted.snapshot(),
      diagnostics: rejected.length ? freeze([...rejected, ...this.diagnostics.snapshot()]) : this.diagnostics.snapshot(),
      needsTranslation: translationNeeds(proposals, this.languages),
      appliedRecords: this.applied,
      lastHlc: this.lastHlc,
    });
    this.lastView = view;
    this.lastRejected = rejected;
    return view;
  }

  private ignore(reason: DiagnosticReason, record: WorkshopRecord, detail: string | null = null): void {
    this.diagnostics.push(freeze({ reason, id: record.id, detail }));
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
    const current = revisions[revisions.length - 1]!;
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
  const languages = [...proposal.translations.keys()].sort();
  return freeze(
    languages.map((lang) => {
      const history = proposal.translations.get(lang)!;
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
  revision.cached = freeze({
    id: revision.id,
    proposal: revision.proposal,
    number: revision.number,
    author: revision.author,
    parent: revision.parent,
    text: revision.text,
    lang: revision.lang,
    hlc: revision.hlc,
    endorsers: freeze([...revision.endorsers]),
    supersededBy: revision.supersededBy,
    supersededConcurrently: revision.supersededConcurrently,
  });
  return revision.cached;
}

