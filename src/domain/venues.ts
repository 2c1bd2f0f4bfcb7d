import { caseless } from './caseless.ts';
import type { ActorId } from './records.ts';
import type { GroupView, ProposalView, WorkshopView } from './view.ts';

/**
 * Venues are typed by hand in each city, so "Paris", " PARIS" and "Ｐａｒｉｓ" are one venue: compared
 * caseless (NFKC, case folded), with white space trimmed and runs of it made one space. '' means none.
 * Accents are kept: "São Paulo" and "Sao Paulo" stay two venues, since dropping them could merge two places.
 */
export function venueKey(venue: string): string {
  return caseless(venue).replace(/\s+/gu, ' ').trim();
}

export interface Venue {
  key: string;
  /** As the earliest-joined group there typed it, so every list spells it the same way. */
  name: string;
}

export interface VenueBacking extends Venue {
  /** How many of its groups endorse the proposal. */
  groups: number;
}

export interface ProposalVenues {
  proposal: ProposalView;
  /** The venues of the groups endorsing its current revision, in the order their first group joined. */
  venues: readonly VenueBacking[];
  /** Endorsing groups that gave no venue: they are no place of their own, so they widen no proposal's reach. */
  unplaced: number;
}

/** The venues of the groups still taking part, in the order their first group joined, without blanks. */
export function sessionVenues(groups: readonly GroupView[]): Venue[] {
  const venues = new Map<string, Venue>();
  for (const group of [...groups].sort((a, b) => a.number - b.number)) {
    const key = venueKey(group.venue);
    if (group.removed || key === '' || venues.has(key)) continue;
    venues.set(key, { key, name: group.venue.trim() });
  }
  return [...venues.values()];
}

/** Per proposal, in the workshop's order: which venues back it, counting groups as its endorsement count does. */
export function venuesBacking(view: WorkshopView): ProposalVenues[] {
  const groups = new Map<ActorId, GroupView>(view.groups.map((group) => [group.id, group]));
  const venues = sessionVenues(view.groups);
  return view.proposals.map((proposal) => {
    const counts = new Map<string, number>();
    let unplaced = 0;
    for (const endorser of proposal.current.endorsers) {
      const group = groups.get(endorser);
      // Removed groups stop counting towards endorsements (the reducer drops them); venues follow suit.
      if (!group || group.removed) continue;
      const key = venueKey(group.venue);
      if (key === '') unplaced++;
      else counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // Filtering the session's venues keeps them in the order their first group joined.
    const backing = venues
      .filter((venue) => counts.has(venue.key))
      .map((venue): VenueBacking => ({ ...venue, groups: counts.get(venue.key)! }));
    return { proposal, venues: backing, unplaced };
  });
}

/**
 * The second order, shown beside the workshop's own (R6), never instead of it: most venues backing first,
 * then the workshop's rank, which already orders by endorsements and then by admission.
 */
export function acrossVenuesOrder(backing: readonly ProposalVenues[]): ProposalVenues[] {
  return [...backing].sort((a, b) => b.venues.length - a.venues.length || a.proposal.rank - b.proposal.rank);
}

export interface VenueConsensus {
  /** How many venues the session has. */
  total: number;
  /** Per proposal, in the workshop's order. */
  backing: ProposalVenues[];
  /** The same, in the across-venues order. */
  across: ProposalVenues[];
}

/** What the publish page and the exports show; null with at most one venue, where backing tells nothing. */
export function venueConsensus(view: WorkshopView): VenueConsensus | null {
  const total = sessionVenues(view.groups).length;
  if (total < 2) return null;
  const backing = venuesBacking(view);
  return { total, backing, across: acrossVenuesOrder(backing) };
}
