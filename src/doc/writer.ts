import type * as Y from 'yjs';
import { tickHlc } from '../domain/hlc.ts';
import {
  RECORD_VERSION,
  type ActorId,
  type LanguageTag,
  type RecordBody,
  type RecordId,
  type ReviseRecord,
  type WorkshopRecord,
} from '../domain/records.ts';
import { PROPOSAL_CAP } from '../domain/reducer.ts';
import {
  GROUP_NAME_MAX,
  PROPOSAL_TEXT_MAX,
  TITLE_MAX,
  VENUE_MAX,
  normalizeText,
  textProblem,
} from '../domain/text.ts';
import { parseRecord } from '../domain/validate.ts';
import type { ProposalView, RevisionView, WorkshopView } from '../domain/view.ts';
import { newRecordId } from './random-ids.ts';
import { recordsOf } from './schema.ts';
import type { WorkshopStore } from './store.ts';

/** Why an action was refused before anything was written; the UI turns each into a message. */
export type ActionProblem =
  | 'text-empty'
  | 'text-too-long'
  | 'document-full'
  | 'not-joined'
  | 'already-joined'
  | 'unknown-proposal'
  | 'unknown-revision'
  | 'not-current'
  | 'already-endorsed'
  | 'not-endorsed'
  | 'invalid-record';

export type ActionResult = { ok: true; record: WorkshopRecord } | { ok: false; problem: ActionProblem };

export interface WriterOptions {
  /** Milliseconds since the epoch; injected so tests control time. */
  clock?: () => number;
  newId?: () => RecordId;
}

/** Marks our own transactions, so observers can tell local writes from remote ones. */
export const LOCAL_ORIGIN = Symbol('local workshop write');

const refuse = (problem: ActionProblem): ActionResult => ({ ok: false, problem });

/**
 * One method per user action. Each checks the action against the current view, then appends one
 * validated record in one transaction. Checks here are courtesy: the derivation decides (R8).
 */
export class WorkshopWriter {
  private readonly records: Y.Array<unknown>;
  private readonly clock: () => number;
  private readonly newId: () => RecordId;

  constructor(
    private readonly doc: Y.Doc,
    private readonly store: WorkshopStore,
    options: WriterOptions = {},
  ) {
    this.records = recordsOf(doc);
    this.clock = options.clock ?? Date.now;
    this.newId = options.newId ?? newRecordId;
  }

  /** `languages`: the session's working languages; none means the default four. */
  createSession(author: ActorId, title: string, languages?: readonly LanguageTag[]): ActionResult {
    const problem = textProblem(title, TITLE_MAX);
    if (problem) return refuse(problem === 'empty' ? 'text-empty' : 'text-too-long');
    const body: RecordBody = { kind: 'session', title: normalizeText(title) };
    return this.append(author, languages ? { ...body, languages: [...languages] } : body);
  }

  join(group: ActorId, name: string, venue = ''): ActionResult {
    if (this.group(group)) return refuse('already-joined');
    const problem = textProblem(name, GROUP_NAME_MAX) ?? textProblem(venue, VENUE_MAX, 0);
    if (problem) return refuse(problem === 'empty' ? 'text-empty' : 'text-too-long');
    return this.append(group, { kind: 'join', name: normalizeText(name), venue: normalizeText(venue) });
  }

  /** `lang`: the language the scribe writes in, so other venues know what to translate from. */
  addProposal(group: ActorId, text: string, lang?: LanguageTag): ActionResult {
    if (!this.group(group)) return refuse('not-joined');
    const problem = this.proposalTextProblem(text);
    if (problem) return refuse(problem);
    if (this.view.proposals.length >= PROPOSAL_CAP) return refuse('document-full');
    const body: RecordBody = { kind: 'add', text: normalizeText(text) };
    return this.append(group, lang ? { ...body, lang } : body);
  }

  /** R4: a new revision of `proposalId` on top of the revision the scribe was looking at. */
  editProposal(
    group: ActorId,
    proposalId: RecordId,
    parent: RecordId,
    text: string,
    options: { fromAdd?: RecordId; lang?: LanguageTag } = {},
  ): ActionResult {
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
    return this.append(group, body);
  }

  /** Adds or corrects the translation of a proposal's current revision into a working language. */
  translate(group: ActorId, revisionId: RecordId, lang: LanguageTag, text: string): ActionResult {
    if (!this.group(group)) return refuse('not-joined');
    const found = this.revision(revisionId);
    if (!found) return refuse('unknown-revision');
    if (found.proposal.current.id !== revisionId) return refuse('not-current');
    const problem = this.proposalTextProblem(text);
    if (problem) return refuse(problem);
    return this.append(group, { kind: 'translate', revision: revisionId, lang, text: normalizeText(text) });
  }

  /** R8: turns an add that was not admitted into an edit of an existing proposal, in one action. */
  useAsEdit(group: ActorId, addId: RecordId, proposalId: RecordId): ActionResult {
    const add = this.view.notAdmitted.find((a) => a.id === addId && a.author === group);
    const proposal = this.proposal(proposalId);
    if (!add) return refuse('unknown-revision');
    if (!proposal) return refuse('unknown-proposal');
    return this.editProposal(group, proposalId, proposal.current.id, add.text, { fromAdd: addId });
  }

  /** "Restore this version": writes an old revision's text again as a new revision; history stays. */
  restore(group: ActorId, revisionId: RecordId): ActionResult {
    const found = this.revision(revisionId);
    if (!found) return refuse('unknown-revision');
    return this.editProposal(group, found.proposal.id, found.proposal.current.id, found.revision.text);
  }

  endorse(group: ActorId, revisionId: RecordId): ActionResult {
    if (!this.group(group)) return refuse('not-joined');
    const found = this.revision(revisionId);
    if (!found) return refuse('unknown-revision');
    if (found.proposal.current.id !== revisionId) return refuse('not-current');
    if (found.revision.endorsers.includes(group)) return refuse('already-endorsed');
    return this.append(group, { kind: 'endorse', revision: revisionId });
  }

  withdrawEndorsement(group: ActorId, revisionId: RecordId): ActionResult {
    if (!this.group(group)) return refuse('not-joined');
    const found = this.revision(revisionId);
    if (!found) return refuse('unknown-revision');
    if (!found.revision.endorsers.includes(group)) return refuse('not-endorsed');
    return this.append(group, { kind: 'withdraw', revision: revisionId });
  }

  private get view(): WorkshopView {
    return this.store.view;
  }

  private group(id: ActorId) {
    return this.view.groups.find((g) => g.id === id);
  }

  private proposal(id: RecordId): ProposalView | undefined {
    return this.view.proposals.find((p) => p.id === id);
  }

  private revision(id: RecordId): { proposal: ProposalView; revision: RevisionView } | undefined {
    for (const proposal of this.view.proposals) {
      const revision = proposal.revisions.find((r) => r.id === id);
      if (revision) return { proposal, revision };
    }
    return undefined;
  }

  private proposalTextProblem(text: string): ActionProblem | null {
    const problem = textProblem(text, PROPOSAL_TEXT_MAX);
    return problem === 'empty' ? 'text-empty' : problem === 'too-long' ? 'text-too-long' : null;
  }

  private append(author: ActorId, body: RecordBody): ActionResult {
    const record = {
      v: RECORD_VERSION,
      id: this.newId(),
      author,
      hlc: tickHlc(this.view.lastHlc, this.clock()),
      ...body,
    };
    const parsed = parseRecord(record);
    if (!parsed.ok) return refuse('invalid-record');
    // insert-at-length finds the end through Yjs's search markers; push walks every item, O(records).
    this.doc.transact(() => this.records.insert(this.records.length, [record]), LOCAL_ORIGIN);
    return { ok: true, record: parsed.record };
  }
}
