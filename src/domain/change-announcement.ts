import type { RecordId } from './records.ts';
import type { ProposalView } from './view.ts';

/**
 * What a reader who cannot see the projector needs to hear, one per proposal:
 * - first: it reached first place (whatever else changed);
 * - new: it was admitted;
 * - edited: its current text changed (an edit starts over with one endorsement, so it often moves too);
 * - removed: the facilitator hid every version of it;
 * - moved: its own endorsements changed and so did its place;
 * - count: its endorsements changed, its place did not.
 * A proposal pushed along only by another one's move is not announced: that move says it.
 */
export type ChangeKind = 'first' | 'new' | 'edited' | 'removed' | 'moved' | 'count';

/** Most important first: the order changes are announced in. */
const IMPORTANCE: readonly ChangeKind[] = ['first', 'new', 'edited', 'removed', 'moved', 'count'];

export interface ProposalChange {
  kind: ChangeKind;
  id: RecordId;
  /** Its current text; '' once removed, since a hidden text is repeated nowhere. */
  text: string;
  /** Where it is now (1-based); null once removed. */
  rank: number | null;
  /** Where it was; null when new. */
  previousRank: number | null;
  /** Its endorsements now; 0 once removed. */
  count: number;
}

function kindOf(was: ProposalView, now: ProposalView): ChangeKind | null {
  const moved = was.rank !== now.rank;
  if (moved && now.rank === 1) return 'first';
  if (was.current.id !== now.current.id) return 'edited';
  if (was.endorsements === now.endorsements) return null;
  return moved ? 'moved' : 'count';
}

/** What changed from one list of proposals (in the workshop's order) to the next, most important first. */
export function changesBetween(before: readonly ProposalView[], after: readonly ProposalView[]): ProposalChange[] {
  const previous = new Map(before.map((proposal) => [proposal.id, proposal]));
  const changes: ProposalChange[] = [];
  for (const proposal of after) {
    const was = previous.get(proposal.id);
    previous.delete(proposal.id);
    const kind = was ? kindOf(was, proposal) : 'new';
    if (!kind) continue;
    const { id, rank, endorsements: count } = proposal;
    changes.push({ kind, id, text: proposal.current.text, rank, previousRank: was?.rank ?? null, count });
  }
  for (const gone of previous.values()) {
    changes.push({ kind: 'removed', id: gone.id, text: '', rank: null, previousRank: gone.rank, count: 0 });
  }
  const place = (change: ProposalChange) => change.rank ?? change.previousRank ?? 0;
  return changes.sort((a, b) => IMPORTANCE.indexOf(a.kind) - IMPORTANCE.indexOf(b.kind) || place(a) - place(b));
}
