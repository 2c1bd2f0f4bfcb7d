import type { ActorId, RecordId } from './records.ts';
import type { LockedOutRecord, ProposalView, RevisionView, WorkshopView } from './view.ts';

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
/** R10: a record of the group that arrived while the session was locked, so it was never applied. */
export interface LockedOutNotice {
  kind: 'locked-out';
  id: RecordId;
  record: LockedOutKind;
  /** What the group wrote, for adds, edits and translations. */
  text: string | null;
}
/** Only a group's own records are locked out; the facilitator's always apply. */
export type LockedOutKind = 'join' | 'add' | 'revise' | 'endorse' | 'withdraw' | 'translate';
export type GroupNotice = NotAdmittedNotice | SupersededNotice | DiscountedNotice | LockedOutNotice;

const LOCKED_OUT_KINDS: ReadonlySet<string> = new Set<LockedOutKind>(['join', 'add', 'revise', 'endorse', 'withdraw', 'translate']);
const isGroupRecord = (record: LockedOutRecord): record is LockedOutRecord & { kind: LockedOutKind } =>
  LOCKED_OUT_KINDS.has(record.kind);

function revisionById(view: WorkshopView, proposalId: RecordId, revisionId: RecordId) {
  const proposal = view.proposals.find((p) => p.id === proposalId);
  const revision = proposal?.revisions.find((r) => r.id === revisionId);
  return proposal && revision ? { proposal, revision } : null;
}

/**
 * What `group` must be told: its adds that were not admitted and not yet turned into edits, its revisions
 * superseded by a concurrent edit (until its text is current again; never a hidden one), its endorsements of
 * replaced versions (until it endorses the current one), its records that arrived while the session was
 * locked. `dismissed` holds notice ids the scribe closed.
 */
export function noticesFor(view: WorkshopView, group: ActorId, dismissed: ReadonlySet<RecordId> = new Set()): GroupNotice[] {
  const notices: GroupNotice[] = [];
  for (const add of view.notAdmitted) {
    if (add.author === group && add.convertedTo === null) notices.push({ kind: 'not-admitted', id: add.id, text: add.text });
  }
  for (const superseded of view.superseded) {
    if (superseded.author !== group) continue;
    const found = revisionById(view, superseded.proposal, superseded.revision);
    if (!found || found.revision.hidden || found.proposal.current.text === found.revision.text) continue;
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
  for (const record of view.lockedOut) {
    if (record.author === group && isGroupRecord(record)) {
      notices.push({ kind: 'locked-out', id: record.id, record: record.kind, text: record.text });
    }
  }
  return notices.filter((notice) => !dismissed.has(notice.id));
}
