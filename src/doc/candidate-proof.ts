import { selectProof } from '../domain/proof-selection.ts';
import type { CandidateRecord, RecordId, WorkshopRecord } from '../domain/records.ts';
import type { Authority } from '../domain/trust.ts';
import type { WorkshopView } from '../domain/view.ts';
import { checkSignatures, placeRecords, replayNoting } from './verify-records.ts';

/** Why a candidate's proof does not hold; stable codes the pages and the command word. */
export type ProofProblem =
  | 'no-proof'
  | 'malformed-proof'
  | 'bad-signature'
  | 'not-source-facilitator'
  | 'proposal-missing'
  | 'text-differs'
  | 'translation-differs'
  | 'count-differs';

export interface ProofVerdict {
  /** The source session's own signed records establish the candidate's text and translations. */
  holds: boolean;
  /** Its endorsements are proven too; false: the count is as claimed (endorsements left out of a large proof). */
  countProven: boolean;
  problem: ProofProblem | null;
}

/** The proof of one proposal of a source session: see selectProof; `records` authentic and sorted, with their replay. */
export function buildProof(records: readonly WorkshopRecord[], proposalId: RecordId, replayed: { view: WorkshopView; authority: Authority }): WorkshopRecord[] {
  return selectProof(records, replayed.view, replayed.authority, proposalId);
}

const failed = (problem: ProofProblem): ProofVerdict => ({ holds: false, countProven: false, problem });

/** Verdicts by candidate id and signature: a signed record never changes, so each is checked once per page. */
const verdicts = new Map<string, Promise<ProofVerdict>>();

/**
 * Checks a candidate against its proof as the result verifier checks a session: every proof record's signature
 * under the source room, the session record by the source's facilitator, then a replay under the same rules that
 * must give the candidate's text and each carried translation, and (when its endorsements are there) its count.
 * The rank is as claimed: only the whole source export proves it (the digest names it).
 */
export function checkCandidate(record: CandidateRecord, options: { pureJs?: boolean } = {}): Promise<ProofVerdict> {
  const key = `${record.id}.${record.sig ?? ''}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = judge(record, options.pureJs).catch(() => failed('malformed-proof'));
    verdicts.set(key, verdict);
  }
  return verdict;
}

async function judge(record: CandidateRecord, pureJs?: boolean): Promise<ProofVerdict> {
  if (record.proof.length === 0) return failed('no-proof');
  const { valid, rejected } = placeRecords(record.proof);
  if (rejected.length > 0) return failed('malformed-proof');
  const records = valid.map((p) => p.record);
  const { room, facilitator, proposal: proposalId } = record.source;
  const checked = await checkSignatures(records, room, facilitator, pureJs);
  if (records.some((r) => checked.trust.authenticity(r) !== 'authentic')) return failed('bad-signature');
  if (checked.authority.session?.author !== facilitator) return failed('not-source-facilitator');
  const { view } = replayNoting(valid, checked);
  const proposal = view.proposals.find((p) => p.id === proposalId);
  if (!proposal) return failed('proposal-missing');
  if (proposal.current.text !== record.text) return failed('text-differs');
  for (const carried of record.translations) {
    const translation = proposal.translations.find((t) => t.lang === carried.lang);
    if (!translation || translation.outdated || translation.current.text !== carried.text) return failed('translation-differs');
  }
  if (proposal.endorsements === record.count) return { holds: true, countProven: true, problem: null };
  // Endorsements in the proof that give another count: the count is false. None at all: left out for size.
  const counting = records.some((r) => (r.kind === 'endorse' || r.kind === 'withdraw') && r.revision === proposal.current.id);
  return counting ? failed('count-differs') : { holds: true, countProven: false, problem: null };
}
