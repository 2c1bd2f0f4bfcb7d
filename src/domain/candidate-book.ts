import { freeze, type ProposalState } from './proposal-state.ts';
import type { CandidateRecord, RecordId } from './records.ts';
import type { CandidateView } from './view.ts';

/** What a citation resolves against: the session's authentic candidates, whatever their place in the order. */
export interface CandidateLookup {
  has(id: RecordId): boolean;
  get(id: RecordId): CandidateView | undefined;
}

export const NO_CANDIDATES: CandidateLookup = { has: () => false, get: () => undefined };

interface Entry {
  record: CandidateRecord;
  cached: CandidateView | null;
}

/** The convergence session's candidates, in the facilitator's order; their views are rebuilt only when `usedBy` changes. */
export class CandidateBook {
  private readonly entries = new Map<RecordId, Entry>();
  private lastViews: readonly CandidateView[] = freeze([]);

  get size(): number {
    return this.entries.size;
  }

  has(id: RecordId): boolean {
    return this.entries.has(id);
  }

  add(record: CandidateRecord): void {
    this.entries.set(record.id, { record, cached: null });
  }

  /** One view per candidate, `usedBy` from the ranked proposals' provenance; unchanged candidates keep their view. */
  views(ranked: readonly ProposalState[]): { list: readonly CandidateView[]; lookup: CandidateLookup } {
    const usedBy = new Map<RecordId, RecordId[]>();
    for (const proposal of ranked) {
      for (const id of fromIds(proposal, this)) {
        const list = usedBy.get(id);
        if (list) list.push(proposal.id);
        else usedBy.set(id, [proposal.id]);
      }
    }
    let changedAny = this.lastViews.length !== this.entries.size;
    const list = [...this.entries.values()].map((entry) => {
      const used = usedBy.get(entry.record.id) ?? [];
      if (!entry.cached || !sameIds(entry.cached.usedBy, used)) {
        entry.cached = candidateView(entry.record, used);
        changedAny = true;
      }
      return entry.cached;
    });
    if (changedAny) this.lastViews = freeze(list);
    const entries = this.entries;
    return { list: this.lastViews, lookup: { has: (id) => entries.has(id), get: (id) => entries.get(id)?.cached ?? undefined } };
  }
}

/** Candidates cited by the proposal's shown revisions, first citation first, each once; cached until the proposal changes. */
export function fromIds(proposal: ProposalState, known: Pick<CandidateLookup, 'has'>): readonly RecordId[] {
  if (proposal.fromIds) return proposal.fromIds;
  const ids: RecordId[] = [];
  for (const revision of proposal.revisions) {
    if (revision.hidden) continue;
    for (const id of revision.cited) if (known.has(id) && !ids.includes(id)) ids.push(id);
  }
  return (proposal.fromIds = freeze(ids));
}

const sameIds = (a: readonly RecordId[], b: readonly RecordId[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

function candidateView(record: CandidateRecord, usedBy: RecordId[]): CandidateView {
  return freeze({
    id: record.id,
    text: record.text,
    lang: record.lang ?? null,
    translations: freeze(record.translations.map((t) => freeze({ ...t }))),
    source: freeze({ ...record.source }),
    places: freeze([...record.places]),
    label: record.places.length ? record.places.join(' · ') : record.source.title,
    rank: record.rank,
    count: record.count,
    usedBy: freeze(usedBy),
  });
}
