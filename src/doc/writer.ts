import type * as Y from 'yjs';
import type { ActorId, AgendaPhase, CandidateRecord, ContinuedRoom, LanguageTag, RecordBody, RecordId, ReviseRecord } from '../domain/records.ts';
import { PROPOSAL_CAP } from '../domain/reducer.ts';
import { GROUP_NAME_MAX, PROPOSAL_TEXT_MAX, TITLE_MAX, VENUE_MAX, normalizeText } from '../domain/text.ts';
import { activeGroup, findProposal, findRevision } from '../domain/view-lookup.ts';
import type { WorkshopView } from '../domain/view.ts';
import { refuse, textActionProblem, type ActionProblem, type ActionResult, type PendingAction } from './action-problems.ts';
import type { Signer } from './crypto/keys.ts';
import { newRecordId } from './random-ids.ts';
import { RecordAppender } from './record-appender.ts';
import type { WorkshopStore } from './store.ts';

export type { ActionProblem, ActionResult, PendingAction } from './action-problems.ts';
export { LOCAL_ORIGIN } from './record-appender.ts';

/** `fromAdd`: the author's add not admitted, turned into this edit (R8); `cites`: candidates the edit brings in. */
export interface EditOptions {
  fromAdd?: RecordId;
  lang?: LanguageTag;
  cites?: readonly RecordId[];
}

export interface WriterOptions {
  /** Milliseconds since the epoch; injected so tests control time. */
  clock?: () => number;
  newId?: () => RecordId;
}

/**
 * One method per user action. Each checks the action against the current view, then appends one
 * validated record, signed with the key of the group (or facilitator) it speaks for, in one
 * transaction. Checks here are courtesy: the derivation decides (R8, R10). Actions run one after
 * another, so each sees the view its predecessors left.
 */
export class WorkshopWriter {
  private readonly appender: RecordAppender;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    doc: Y.Doc,
    private readonly store: WorkshopStore,
    options: WriterOptions = {},
  ) {
    this.appender = new RecordAppender(doc, store, options.clock ?? Date.now, options.newId ?? newRecordId);
  }

  /** Lets this writer speak for the signer's group (or as the facilitator). */
  adopt(signer: Signer): void {
    this.appender.adopt(signer);
  }

  speaksFor(actor: ActorId): boolean {
    return this.appender.speaksFor(actor);
  }

  /**
   * Written by the facilitator (`author`), whose key the record names. `languages`: the session's working
   * languages, none meaning the default four; `continues`: rooms an imported export came from.
   */
  createSession(
    author: ActorId,
    title: string,
    languages?: readonly LanguageTag[],
    continues?: readonly ContinuedRoom[],
  ): PendingAction {
    return this.run(() => {
      const problem = textActionProblem(title, TITLE_MAX);
      if (problem) return refuse(problem);
      const body: RecordBody = { kind: 'session', title: normalizeText(title) };
      if (languages) body.languages = [...languages];
      if (continues?.length) body.continues = continues.map((c) => ({ ...c }));
      return this.append(author, body);
    });
  }

  join(group: ActorId, name: string, venue = ''): PendingAction {
    return this.run(() => {
      if (this.group(group)) return refuse('already-joined');
      const problem = textActionProblem(name, GROUP_NAME_MAX) ?? textActionProblem(venue, VENUE_MAX, 0);
      if (problem) return refuse(problem);
      return this.append(group, { kind: 'join', name: normalizeText(name), venue: normalizeText(venue) });
    });
  }

  /** `lang`: the language the scribe writes in, so other venues know what to translate from. */
  addProposal(group: ActorId, text: string, lang?: LanguageTag): PendingAction {
    return this.run(() => this.addNow(group, text, lang));
  }

  private addNow(group: ActorId, text: string, lang?: LanguageTag): ActionResult | PendingAction {
    const problem = this.addProblem(group, text);
    if (problem) return refuse(problem);
    const body: RecordBody = { kind: 'add', text: normalizeText(text) };
    return this.append(group, lang ? { ...body, lang } : body);
  }

  private addProblem(group: ActorId, text: string): ActionProblem | null {
    if (!this.group(group)) return 'not-joined';
    const problem = this.proposalTextProblem(text);
    if (problem) return problem;
    return this.view.proposals.length >= PROPOSAL_CAP ? 'document-full' : null;
  }

  /**
   * Adds a proposal citing a convergence session's candidates: one brought in, or several merged. One candidate
   * brought in with its text unchanged brings its translations along, written in the same transaction.
   */
  bringIn(group: ActorId, candidateIds: readonly RecordId[], text: string, lang?: LanguageTag): PendingAction {
    // Only a convergence session's scribes bring candidates in: the others' pages never load it.
    const loading = import('./bring-in.ts');
    return this.run(async () => {
      const { bringInBodies } = await loading;
      const problem = this.addProblem(group, text);
      if (problem) return refuse(problem);
      const made = bringInBodies(this.view, candidateIds, normalizeText(text), lang);
      if (typeof made === 'string') return refuse(made);
      return this.appender.appendWith(group, made.add, (add) => made.translations(add.id));
    });
  }

  /** R4: a new revision of `proposalId` on top of the revision the scribe was looking at. */
  editProposal(
    group: ActorId,
    proposalId: RecordId,
    parent: RecordId,
    text: string,
    options: EditOptions = {},
  ): PendingAction {
    return this.run(() => this.editNow(group, proposalId, parent, text, options));
  }

  private editNow(
    group: ActorId,
    proposalId: RecordId,
    parent: RecordId,
    text: string,
    options: EditOptions = {},
  ): ActionResult | PendingAction {
    if (!this.group(group)) return refuse('not-joined');
    const proposal = this.proposal(proposalId);
    if (!proposal) return refuse('unknown-proposal');
    if (!proposal.revisions.some((r) => r.id === parent)) return refuse('unknown-revision');
    const problem = this.proposalTextProblem(text);
    if (problem) return refuse(problem);
    const body: RecordBody<ReviseRecord> = {
      kind: 'revise',
      proposal: proposalId,
      parent,
      text: normalizeText(text),
    };
    if (options.fromAdd) body.from = options.fromAdd;
    if (options.lang) body.lang = options.lang;
    if (options.cites?.length) {
      if (!options.cites.every((id) => this.view.candidates.some((c) => c.id === id))) return refuse('unknown-proposal');
      body.cites = [...options.cites];
    }
    return this.append(group, body);
  }

  /** Adds or corrects the translation of a proposal's current revision into a working language. */
  translate(group: ActorId, revisionId: RecordId, lang: LanguageTag, text: string): PendingAction {
    return this.run(() => this.translateNow(group, revisionId, lang, text));
  }

  private translateNow(group: ActorId, revisionId: RecordId, lang: LanguageTag, text: string): ActionResult | PendingAction {
    if (!this.group(group)) return refuse('not-joined');
    const found = this.revision(revisionId);
    if (!found) return refuse('unknown-revision');
    if (found.proposal.current.id !== revisionId) return refuse('not-current');
    const problem = this.proposalTextProblem(text);
    if (problem) return refuse(problem);
    return this.append(group, { kind: 'translate', revision: revisionId, lang, text: normalizeText(text) });
  }

  /** R8: turns an add that was not admitted into an edit of an existing proposal, in one action. */
  useAsEdit(group: ActorId, addId: RecordId, proposalId: RecordId): PendingAction {
    return this.run(() => {
      const add = this.view.notAdmitted.find((a) => a.id === addId && a.author === group);
      const proposal = this.proposal(proposalId);
      if (!add) return refuse('unknown-revision');
      if (!proposal) return refuse('unknown-proposal');
      return this.editNow(group, proposalId, proposal.current.id, add.text, { fromAdd: addId });
    });
  }

  /** "Restore this version": writes an old revision's text again as a new revision; history stays. */
  restore(group: ActorId, revisionId: RecordId): PendingAction {
    return this.run(() => {
      const found = this.revision(revisionId);
      if (!found || found.revision.hidden) return refuse('unknown-revision');
      return this.editNow(group, found.proposal.id, found.proposal.current.id, found.revision.text);
    });
  }

  endorse(group: ActorId, revisionId: RecordId): PendingAction {
    return this.run(() => {
      if (!this.group(group)) return refuse('not-joined');
      const found = this.revision(revisionId);
      if (!found) return refuse('unknown-revision');
      if (found.proposal.current.id !== revisionId) return refuse('not-current');
      if (found.revision.endorsers.includes(group)) return refuse('already-endorsed');
      return this.append(group, { kind: 'endorse', revision: revisionId });
    });
  }

  withdrawEndorsement(group: ActorId, revisionId: RecordId): PendingAction {
    return this.run(() => {
      if (!this.group(group)) return refuse('not-joined');
      const found = this.revision(revisionId);
      if (!found) return refuse('unknown-revision');
      if (!found.revision.endorsers.includes(group)) return refuse('not-endorsed');
      return this.append(group, { kind: 'withdraw', revision: revisionId });
    });
  }

  /** A convergence session's candidate, written by the facilitator as the session starts (convergence-setup.ts). */
  addCandidate(facilitator: ActorId, body: RecordBody<CandidateRecord>): PendingAction {
    return this.facilitate(facilitator, () => body);
  }

  /** R10: no group record ordered after this one is applied until `unlock`. */
  lock(facilitator: ActorId): PendingAction {
    return this.facilitate(facilitator, () => ({ kind: 'lock' }));
  }

  unlock(facilitator: ActorId): PendingAction {
    return this.facilitate(facilitator, () => ({ kind: 'unlock' }));
  }

  /** Starts, restarts or adjusts the agenda clock: `phases` from `start` (ms); no phases stops it. */
  setAgenda(facilitator: ActorId, phases: readonly AgendaPhase[], start: number): PendingAction {
    return this.facilitate(facilitator, () => ({ kind: 'agenda', phases: phases.map((p) => ({ ...p })), start }));
  }

  /** Hides an abusive revision: its proposal falls back to the revision before it, or leaves the document. */
  hide(facilitator: ActorId, revisionId: RecordId): PendingAction {
    return this.facilitate(facilitator, () => (this.revision(revisionId) ? { kind: 'hide', revision: revisionId } : 'unknown-revision'));
  }

  renameGroup(facilitator: ActorId, group: ActorId, name: string, venue: string): PendingAction {
    return this.facilitate(facilitator, () => {
      if (!this.group(group)) return 'unknown-group';
      const problem = textActionProblem(name, GROUP_NAME_MAX) ?? textActionProblem(venue, VENUE_MAX, 0);
      if (problem) return problem;
      return { kind: 'rename', group, name: normalizeText(name), venue: normalizeText(venue) };
    });
  }

  removeGroup(facilitator: ActorId, group: ActorId): PendingAction {
    return this.facilitate(facilitator, () => (this.group(group) ? { kind: 'remove', group } : 'unknown-group'));
  }

  private facilitate(facilitator: ActorId, body: () => RecordBody | ActionProblem): PendingAction {
    return this.run(() => {
      if (this.view.facilitator !== facilitator) return refuse('not-facilitator');
      const made = body();
      return typeof made === 'string' ? refuse(made) : this.append(facilitator, made);
    });
  }

  private get view(): WorkshopView {
    return this.store.view;
  }

  /** Runs actions one after another: each checks the view its predecessors left, then signs and writes. */
  private run(action: () => ActionResult | PendingAction): PendingAction {
    // Records from elsewhere still being verified would leave the checks looking at a stale view.
    const checked = async () => {
      await this.store.settled();
      return action();
    };
    const result = this.queue.then(checked, checked);
    this.queue = result;
    return result;
  }

  private group(id: ActorId) {
    return activeGroup(this.view, id);
  }

  private proposal(id: RecordId) {
    return findProposal(this.view, id);
  }

  private revision(id: RecordId) {
    return findRevision(this.view, id);
  }

  private proposalTextProblem(text: string): ActionProblem | null {
    return textActionProblem(text, PROPOSAL_TEXT_MAX);
  }

  private append(author: ActorId, body: RecordBody): PendingAction {
    return this.appender.append(author, body);
  }
}

/** The writer a writable page hands to `openSession`: importing it is what brings the writer into a page. */
export const newWriter = (doc: Y.Doc, store: WorkshopStore): WorkshopWriter => new WorkshopWriter(doc, store);
