/** The words an export needs, supplied by the UI in the reader's language (src/i18n). */
export interface ExportLabels {
  untitled: string;
  exportedAt: string;
  proposals: string;
  endorsements: (count: number) => string;
  endorsedBy: string;
  groups: string;
  group: string;
  venue: string;
  venues: string;
  notAdmitted: (count: number) => string;
  /** Marks a translation of an older revision. */
  outdated: string;
  /** Versions of a proposal the facilitator hid as abusive: counted, their text never shown. */
  hiddenVersions: (count: number) => string;
  /** Markdown and HTML carry no signatures: this line sends the reader to the JSON export and the verifier. */
  verifyHint: string;
  /** Said once, with two venues or more: how venues typed by hand were matched. */
  venueRule: string;
  /** Per proposal, with two venues or more: "Backed in 2 of 3 venues". */
  backedIn: (venues: number, total: number) => string;
  /** The second order's heading, and what it is. */
  acrossVenues: string;
  acrossVenuesIntro: string;
  /** In the second order: where the proposal stands in the workshop's own. */
  workshopRank: (rank: number) => string;
  /** A convergence session's proposal: where it comes from ("from Paris · Dakar"). */
  from: (places: string) => string;
}

/** The command the verify hint shows, the same in every language. */
export const VERIFY_COMMAND = 'npm run verify -- export.json "https://…/#/v/…"';

export const ENGLISH_EXPORT_LABELS: ExportLabels = {
  untitled: 'Untitled session',
  exportedAt: 'Exported',
  proposals: 'Proposals',
  endorsements: (count) => `${count} ${count === 1 ? 'endorsement' : 'endorsements'}`,
  endorsedBy: 'Endorsed by',
  groups: 'Groups',
  group: 'Group',
  venue: 'Venue',
  venues: 'Venues',
  notAdmitted: (count) => `${count} ${count === 1 ? 'add' : 'adds'} arrived after the document was full.`,
  outdated: 'outdated',
  hiddenVersions: (count) => `${count} ${count === 1 ? 'version' : 'versions'} hidden by the facilitator`,
  verifyHint: 'This file carries no signatures. To check this result, verify the session’s JSON export against its view link:',
  venueRule: 'Venues are compared ignoring case, spacing and Unicode form.',
  backedIn: (venues, total) => `Backed in ${venues} of ${total} venues`,
  acrossVenues: 'Across venues',
  acrossVenuesIntro:
    'The same proposals, those backed in the most venues first, then in the workshop’s order. This order stands beside the workshop’s own, never instead of it.',
  workshopRank: (rank) => `Workshop rank: ${rank}`,
  from: (places) => `from ${places}`,
};
