import type { ActorId, RecordId } from './records.ts';
import type { GroupView, ProposalView, RevisionView, WorkshopView } from './view.ts';

/** A group that joined and was not removed: one that may still write. */
export const activeGroup = (view: WorkshopView, id: ActorId): GroupView | undefined =>
  view.groups.find((g) => g.id === id && !g.removed);

export const findProposal = (view: WorkshopView, id: RecordId): ProposalView | undefined =>
  view.proposals.find((p) => p.id === id);

/** A revision of a proposal in the document, with its proposal. */
export function findRevision(view: WorkshopView, id: RecordId): { proposal: ProposalView; revision: RevisionView } | undefined {
  for (const proposal of view.proposals) {
    const revision = proposal.revisions.find((r) => r.id === id);
    if (revision) return { proposal, revision };
  }
  return undefined;
}
