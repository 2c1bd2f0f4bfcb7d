import { freeze, type ProposalState } from './proposal-state.ts';
import type { CandidateRecord, RecordId } from './records.ts';
import type { CandidateView } from './view.ts';

/** What a citation resolves against: the session's authentic candidates, whatever their place in the order. */
export interface CandidateLookup {
  has(id: RecordId): boolean;
  get(id: RecordId): CandidateView | undefined;
}

export const NO_CANDIDATES: CandidateLookup = { has: () => false, get: () => undefined };

/** The convergence session's candidates, in the facilitator's order; a view is rebuilt only when its `usedBy` changes. */
export class CandidateBook implements CandidateLookup {
  private readonly records = new Map<RecordId, CandidateRecord>();
  private readonly cached = new Map<RecordId, CandidateView>();
  private list: readonly CandidateView[] = freeze([]);

  has(id: RecordId): boolean {
    return this.records.has(id);
  }

  get(id: RecordId): CandidateView | undefined {
    return this.cached.get(id);
  }

  add(record: CandidateRecord): void {
    this.records.set(record.id, record);
  }

  /** One view per candidate, `usedBy` from the ranked proposals' provenance; unchanged candidates keep their view. */
  views(ranked: readonly ProposalState[]): readonly CandidateView[] {
    const usedBy = new Map<RecordId, RecordId[]>();
    for (const proposal of ranked) for (const id of fromIds(proposal, this)) usedBy.set(id, [...(usedBy.get(id) ?? []), proposal.id]);
    let changed = this.list.length !== this.records.size;
    for (const record of this.records.values()) {
      const used = usedBy.get(record.id) ?? [];
      const view = this.cached.get(record.id);
      if (view && view.usedBy.length === used.length && view.usedBy.every((id, i) => id === used[i])) continue;
      this.cached.set(record.id, candidateView(record, used));
      changed = true;
    }
    if (changed) this.list = freeze([...this.cached.values()]);
    return this.list;
  }
}

/** Candidates cited by the proposal's shown revisions, first citation first, each once; cached until the proposal changes. */
export function fromIds(proposal: ProposalState, known: Pick<CandidateLookup, 'has'>): readonly RecordId[] {
  if (proposal.fromIds) return proposal.fromIds;
  const ids = new Set<RecordId>();
  for (const revision of proposal.revisions) if (!revision.hidden) for (const id of revision.cited) if (known.has(id)) ids.add(id);
  return (proposal.fromIds = freeze([...ids]));
}

/** The record's own validated fields (records are never mutated), frozen, with its label and use. */
const candidateView = ({ id, text, lang, translations, source, places, rank, count }: CandidateRecord, usedBy: RecordId[]): CandidateView =>
  freeze({
    id, text, lang: lang ?? null, translations: freeze(translations), source: freeze(source), places: freeze(places),
    label: places.length ? places.join(' · ') : source.title, rank, count, usedBy: freeze(usedBy),
  });
