import type { ActorId, LanguageTag, RecordId } from './records.ts';
import type { ProposalView, RevisionView, TranslationView } from './view.ts';

/** A revision as the reducer keeps it while records are applied: its text even when hidden, endorsers it changes. */
export interface RevisionState extends Omit<RevisionView, 'endorsers' | 'cites'> {
  endorsers: ActorId[];
  /** The candidate ids its record cites; the view keeps those that are candidates of the session. */
  cited: readonly RecordId[];
  /** Rebuilt only after a change, so unchanged revisions keep their identity across views. */
  cached: RevisionView | null;
}

export interface ProposalState {
  id: RecordId;
  admittedNumber: number;
  revisions: RevisionState[];
  current: RevisionState;
  /** Every translation per language, in the total order. */
  translations: Map<LanguageTag, TranslationView[]>;
  /** Both caches are dropped on any change; a change of rank alone keeps the revisions array. */
  cached: ProposalView | null;
  cachedRevisions: readonly RevisionView[] | null;
  /** The candidates its shown revisions cite (candidate-book.ts), dropped on any change like the caches. */
  fromIds: readonly RecordId[] | null;
}

export const freeze = <T>(value: T): T => Object.freeze(value);

/** Drops the proposal's cached views after a change to it or to one of its revisions. */
export function changed(proposal: ProposalState): void {
  proposal.cached = null;
  proposal.cachedRevisions = null;
  proposal.fromIds = null;
}

export function lastWhere<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}
