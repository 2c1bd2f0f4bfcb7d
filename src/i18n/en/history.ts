import { addEnglish } from '../en.ts';
import { numberFormatter, pluralizer } from '../plural.ts';

const plural = pluralizer('en');
const number = numberFormatter('en');

/** A proposal’s history and its diffs: loaded with the history view and the facilitator’s revisions. */
export const historyWords = {
  history: {
    heading: 'History of a proposal',
    back: 'Back to proposals',
    missing: 'This proposal is not in the document (yet).',
    revision: (n: number) => `Version ${number(n)}`,
    by: 'by',
    current: 'Current version',
    first: 'First version',
    supersededConcurrently: (group: string) => `Superseded by ${group}’s concurrent edit`,
    replacedBy: (n: number) => `Replaced by version ${number(n)}`,
    endorsements: (n: number) => plural(n, { one: '# endorsement', other: '# endorsements' }),
    restore: 'Restore this version',
    legend: 'Underlined: added in this version.',
    removed: 'Removed',
    changes: 'Changes against the version before',
  },
};

addEnglish(historyWords);
