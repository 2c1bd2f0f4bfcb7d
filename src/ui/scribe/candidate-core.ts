import type { PendingAction, WorkshopWriter } from '../../doc/writer.ts';
import type { ActorId, CandidateRecord, LanguageTag, RecordId } from '../../domain/records.ts';

/** What checking a candidate's proof says (the shape of candidate-proof.ts's ProofVerdict). */
export interface CandidateVerdict {
  holds: boolean;
  /** The count is proven by the endorse records the proof carries; else it is as claimed. */
  countProven: boolean;
  problem: string | null;
}

/**
 * The convergence core the scribe's candidates need: bringing in, merging, checking a proof. The screen is
 * handed one (the writer's bringIn, editProposal's cites, checkCandidate); without one, candidates show and
 * wait unchecked, and bringing in is refused.
 */
export interface CandidateCore {
  bringIn(writer: WorkshopWriter, group: ActorId, candidates: RecordId[], text: string, lang?: LanguageTag): PendingAction;
  merge(
    writer: WorkshopWriter,
    group: ActorId,
    proposal: RecordId,
    parent: RecordId,
    text: string,
    candidates: RecordId[],
  ): PendingAction;
  check(record: CandidateRecord): Promise<CandidateVerdict>;
}

/** A candidate's verdict as the panel shows it: null while it is being checked. */
export type Verdicts = ReadonlyMap<RecordId, CandidateVerdict | null>;

/** The real core: the writer brings in and merges, the proof is checked by the code fetched for it. */
export const writerCandidateCore: CandidateCore = {
  bringIn: (writer, group, candidates, text, lang) => writer.bringIn(group, candidates, text, lang),
  merge: (writer, group, proposal, parent, text, candidates) => writer.editProposal(group, proposal, parent, text, { cites: candidates }),
  check: async (record) => (await import('../../doc/candidate-proof.ts')).checkCandidate(record),
};
