import type { ExportLabels } from '../../domain/export/labels.ts';
import { addEnglish } from '../en.ts';
import { numberFormatter, pluralizer } from '../plural.ts';

const plural = pluralizer('en');
const number = numberFormatter('en');

/** The words inside exported files and the printed page (src/domain/export/labels.ts), loaded with the exporters. */
export const exportLabelWords = {
  exportLabels: {
    untitled: 'Untitled session',
    exportedAt: 'Exported',
    proposals: 'Proposals',
    endorsements: (n: number) => plural(n, { one: '# endorsement', other: '# endorsements' }),
    endorsedBy: 'Endorsed by',
    groups: 'Groups',
    group: 'Group',
    venue: 'Venue',
    venues: 'Venues',
    notAdmitted: (n: number) =>
      plural(n, { one: '# add arrived after the document was full.', other: '# adds arrived after the document was full.' }),
    outdated: 'outdated',
    hiddenVersions: (n: number) =>
      plural(n, { one: '# version hidden by the facilitator', other: '# versions hidden by the facilitator' }),
    verifyHint:
      'This file carries no signatures. To check this result, verify the session’s JSON export against its view link:',
    venueRule: 'Venues are compared ignoring case, spacing and Unicode form.',
    backedIn: (n: number, total: number) => `Backed in ${number(n)} of ${number(total)} venues`,
    acrossVenues: 'Across venues',
    acrossVenuesIntro:
      'The same proposals, those backed in the most venues first, then in the workshop’s order. This order stands beside the workshop’s own, never instead of it.',
    workshopRank: (rank: number) => `Workshop rank: ${number(rank)}`,
    from: (places: string) => `from ${places}`,
  } satisfies ExportLabels,
};

addEnglish(exportLabelWords);
