import type { ActorId, RecordId } from '../domain/records.ts';
import type { ProposalView, RevisionView, WorkshopView } from '../domain/view.ts';

/** Rule outcomes (R8) that concern one group, derived from the view alone, so every tab of it agrees. */
export interface NotAdmittedNotice {
  kind: 'not-admitted';
  id: RecordId;
  text: string;
}
export interface SupersededNotice {
  kind: 'superseded';
  id: RecordId;
  revision: RevisionView;
  proposal: ProposalView;
  byAuthor: ActorId;
}
export interface DiscountedNotice {
  kind: 'discounted';
  id: RecordId;
  proposal: ProposalView;
}
export type GroupNotice = NotAdmittedNotice | SupersededNotice | DiscountedNotice;

function revisionById(view: WorkshopView, proposalId: RecordId, revisionId: RecordId) {
  const proposal = view.proposals.find((p) => p.id === proposalId);
  const revision = proposal?.revisions.find((r) => r.id === revisionId);
  return proposal && revision ? { proposal, revision } : null;
}

/**
 * What `group` must be told: its adds that were not admitted and not yet turned into edits, its revisions
 * superseded by a concurrent edit (until its text is current again), its endorsements of replaced versions
 * (until it endorses the current one). `dismissed` holds notice ids the scribe closed.
 */
export function noticesFor(view: WorkshopView, group: ActorId, dismissed: ReadonlySet<RecordId> = new Set()): GroupNotice[] {
  const notices: GroupNotice[] = [];
  for (const add of view.notAdmitted) {
    if (add.author === group && add.convertedTo === null) notices.push({ kind: 'not-admitted', id: add.id, text: add.text });
  }
  for (const superseded of view.superseded) {
    if (superseded.author !== group) continue;
    const found = revisionById(view, superseded.proposal, superseded.revision);
    if (!found || found.proposal.current.text === found.revision.text) continue;
    notices.push({ kind: 'superseded', id: superseded.revision, ...found, byAuthor: superseded.byAuthor });
  }
  const toldAbout = new Set<RecordId>();
  for (const discounted of view.discountedEndorsements) {
    if (discounted.group !== group || toldAbout.has(discounted.proposal)) continue;
    const proposal = view.proposals.find((p) => p.id === discounted.proposal);
    if (!proposal || proposal.current.endorsers.includes(group)) continue;
    toldAbout.add(discounted.proposal);
    notices.push({ kind: 'discounted', id: discounted.id, proposal });
  }
  return notices.filter((notice) => !dismissed.has(notice.id));
}
