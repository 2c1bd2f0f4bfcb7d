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
};
