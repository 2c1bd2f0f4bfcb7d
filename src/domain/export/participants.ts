import { venueKey, type ProposalVenues } from '../venues.ts';
import type { GroupView, ProposalView, WorkshopView } from '../view.ts';
import type { ExportLabels } from './labels.ts';

/**
 * The venues that took part, removed groups' too, in the order their first group joined, without blanks;
 * one venue however its groups typed it (venueKey), spelled as the first of them did.
 */
export function venuesOf(view: WorkshopView): string[] {
  const venues = new Map<string, string>();
  for (const { venue } of view.groups) if (venueKey(venue) && !venues.has(venueKey(venue))) venues.set(venueKey(venue), venue.trim());
  return [...venues.values()];
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

/** "Backed in 2 of 3 venues: Paris, Dakar", each name passed through `escape` for the file's format. */
export function backingText({ venues }: ProposalVenues, total: number, labels: ExportLabels, escape: (text: string) => string): string {
  const names = venues.map((venue) => escape(venue.name)).join(', ');
  return `${escape(labels.backedIn(venues.length, total))}${names ? `: ${names}` : ''}`;
}

/** "from Paris · Dakar · Porto 2026": the labels of the candidates a proposal comes from; null for none. */
export function provenanceText(proposal: ProposalView, labels: ExportLabels): string | null {
  if (!proposal.from.length) return null;
  // Candidates joined as the projector joins them: " · " is already inside a label between its places.
  return labels.from(proposal.from.map((c) => c.label).join(' + '));
}
