import { addEnglish } from '../en.ts';
import { numberFormatter, pluralizer } from '../plural.ts';

const plural = pluralizer('en');
const number = numberFormatter('en');

/**
 * What the projector's live region says, loaded only once something changes. Each phrase follows a proposal's own
 * text at once, so it starts with the space or punctuation its language needs; the endorsements follow it.
 */
export const changeWords = {
  changes: {
    first: ' moved to first place',
    added: (rank: number) => `: new proposal, in place ${number(rank)}`,
    edited: (rank: number) => `: new version, in place ${number(rank)}`,
    moved: (rank: number) => ` moved to place ${number(rank)}`,
    count: (rank: number) => `: still in place ${number(rank)}`,
    removed: (rank: number) => `The proposal in place ${number(rank)} was removed`,
    more: (n: number) => plural(n, { one: 'And # more change', other: 'And # more changes' }),
  },
};

addEnglish(changeWords);
