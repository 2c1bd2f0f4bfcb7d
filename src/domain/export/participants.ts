import type { GroupView, ProposalView, WorkshopView } from '../view.ts';

/** The venues that took part, in the order their first group joined, without duplicates or blanks. */
export function venuesOf(view: WorkshopView): string[] {
  return [...new Set(view.groups.map((g) => g.venue).filter((venue) => venue !== ''))];
}

export function groupLabel(group: GroupView): string {
  return `${group.symbol} ${group.number} ${group.name}${group.venue ? ` (${group.venue})` : ''}`;
}

/** How many versions of a proposal the facilitator hid: exports say so, without their text. */
export const hiddenVersions = (proposal: ProposalView): number => proposal.revisions.filter((r) => r.hidden).length;

/** Dates in exports are UTC and spelled out, so a file reads the same in every time zone. */
export function formatUtc(milliseconds: number): string {
  return `${new Date(milliseconds).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
