import type { CandidateBook } from './candidate-book.ts';
import { ignoredFor, type Ignored } from './diagnostics.ts';
import { changed, freeze, lastWhere, type ProposalState, type RevisionState } from './proposal-state.ts';
import { proposalView } from './proposal-views.ts';
import { SnapshotList } from './snapshot-list.ts';
import type {
  ActorId,
  AddRecord,
  EndorseRecord,
  HideRecord,
  RecordId,
  ReviseRecord,
  TranslateRecord,
  WithdrawRecord,
} from './records.ts';
import type {
  CandidateView,
  DiscountedEndorsement,
  NotAdmittedAdd,
  ProposalView,
  SupersededRevision,
  TranslationView,
} from './view.ts';

/** R7: at most ten proposals exist at once. */
export const PROPOSAL_CAP = 10;

/**
 * The proposals and everything said about them: adds (R7, R8), revisions (R4), endorsements (R5, R6),
 * translations and hides, applied in the total order. Each returns why the record was ignored, or null.
 */
export class ProposalBook {
  private readonly proposals = new Map<RecordId, ProposalState>();
  private readonly revisions = new Map<RecordId, RevisionState>();
  readonly notAdmitted = new SnapshotList<NotAdmittedAdd>();
  private readonly notAdmittedById = new Map<RecordId, number>();
  readonly superseded = new SnapshotList<SupersededRevision>();
  readonly discounted = new SnapshotList<DiscountedEndorsement>();

  /** Ranked by endorsements, ties by the order they were admitted in; with the candidates they come from. */
  ranked(candidates: CandidateBook): { proposals: readonly ProposalView[]; candidates: readonly CandidateView[] } {
    const ranked = [...this.proposals.values()].sort(
      (a, b) => b.current.endorsers.length - a.current.endorsers.length || a.admittedNumber - b.admittedNumber,
    );
    const list = candidates.views(ranked);
    return { proposals: freeze(ranked.map((p, index) => proposalView(p, index + 1, candidates))), candidates: list };
  }

  /** A candidate known only now: revisions citing it (written earlier in the order) show it from now on. */
  candidateArrived(id: RecordId): void {
    for (const revision of this.revisions.values()) {
      if (!revision.cited.includes(id)) continue;
      revision.cached = null;
      const proposal = this.proposals.get(revision.proposal);
      if (proposal) changed(proposal);
    }
  }

  add(record: AddRecord): Ignored | null {
    if (this.proposals.size >= PROPOSAL_CAP) {
      this.notAdmittedById.set(record.id, this.notAdmitted.length);
      this.notAdmitted.push(
        freeze({ id: record.id, author: record.author, text: record.text, hlc: record.hlc, convertedTo: null }),
      );
      return null;
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
      fromIds: null,
    });
    return null;
  }

  revise(record: ReviseRecord): Ignored | null {
    const proposal = this.proposals.get(record.proposal);
    if (!proposal) return ignoredFor('unknown-proposal', 'proposal');
    // A hidden revision stays a valid parent: the edit that replaces abuse is welcome.
    const parent = this.revisions.get(record.parent);
    if (!parent) return ignoredFor('unknown-revision', 'parent');
    if (parent.proposal !== proposal.id) return ignoredFor('parent-not-in-proposal', 'parent');
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
    return null;
  }

  endorse(record: EndorseRecord): Ignored | null {
    const revision = this.revisions.get(record.revision);
    if (!revision) return ignoredFor('unknown-revision', 'revision');
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
      return null;
    }
    if (revision.endorsers.includes(record.author)) return null;
    revision.endorsers.push(record.author);
    revision.cached = null;
    changed(proposal);
    return null;
  }

  withdraw(record: WithdrawRecord): Ignored | null {
    const revision = this.revisions.get(record.revision);
    if (!revision) return ignoredFor('unknown-revision', 'revision');
    const proposal = this.proposals.get(revision.proposal);
    const at = revision.endorsers.indexOf(record.author);
    if (!proposal || proposal.current !== revision || at < 0) return null;
    revision.endorsers.splice(at, 1);
    revision.cached = null;
    changed(proposal);
    return null;
  }

  translate(record: TranslateRecord): Ignored | null {
    const revision = this.revisions.get(record.revision);
    const proposal = revision && this.proposals.get(revision.proposal);
    if (!revision || !proposal) return ignoredFor('unknown-revision', 'revision');
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
    return null;
  }

  /** The revision's text goes; the proposal falls back to its latest revision still shown, or leaves the document. */
  hide(record: HideRecord): Ignored | null {
    const revision = this.revisions.get(record.revision);
    if (!revision) return ignoredFor('unknown-revision', 'revision');
    if (revision.hidden) return null;
    revision.hidden = true;
    revision.cached = null;
    const proposal = this.proposals.get(revision.proposal);
    if (!proposal) return null;
    changed(proposal);
    if (proposal.current !== revision) return null;
    const fallback = lastWhere(proposal.revisions, (r) => !r.hidden);
    if (!fallback) {
      this.proposals.delete(proposal.id);
      return null;
    }
    fallback.supersededBy = null;
    fallback.supersededConcurrently = false;
    fallback.cached = null;
    proposal.current = fallback;
    return null;
  }

  /** A removed group's endorsements stop counting, on every current revision. */
  dropEndorsementsOf(group: ActorId): void {
    for (const proposal of this.proposals.values()) {
      const at = proposal.current.endorsers.indexOf(group);
      if (at < 0) continue;
      proposal.current.endorsers.splice(at, 1);
      proposal.current.cached = null;
      changed(proposal);
    }
  }

  private markConverted(addId: RecordId, record: ReviseRecord): void {
    const index = this.notAdmittedById.get(addId);
    const add = index === undefined ? undefined : this.notAdmitted.at(index);
    if (index === undefined || !add || add.author !== record.author || add.convertedTo !== null) return;
    this.notAdmitted.replace(index, freeze({ ...add, convertedTo: record.id }));
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
      cited: record.cites ? freeze([...record.cites]) : [],
      cached: null,
    };
    this.revisions.set(id, revision);
    return revision;
  }
}
