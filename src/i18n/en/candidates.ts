import { addEnglish } from '../en.ts';
import { numberFormatter, pluralizer } from '../plural.ts';

const plural = pluralizer('en');
const number = numberFormatter('en');

/**
 * The words of a convergence session (the scribe's candidates, the projector's panel and provenance, the history,
 * "Start from several sessions"), loaded with those parts: no first paint carries them. English defines the shape.
 */
export const candidateWords = {
  candidates: {
    heading: 'Candidates',
    intro: 'The final proposals of the earlier sessions. Bring one in, or merge several into a proposal.',
    count: (n: number) => `Candidates (${number(n)})`,
    from: (label: string) => `from ${label}`,
    there: (rank: number, count: number) =>
      `Rank ${number(rank)} there · ${plural(count, { one: '# endorsement', other: '# endorsements' })}`,
    asClaimed: '(as claimed, not proven)',
    translations: (n: number) => plural(n, { one: '# translation', other: '# translations' }),
    checking: 'Checking its source…',
    verified: 'Source verified',
    notVerified: 'Source does not verify',
    usedBy: (ranks: string) => `In the document: proposal ${ranks}`,
    notUsed: 'Not in the document yet',
    broughtIn: 'brought in',
    bringIn: 'Bring in',
    bringInText: 'Text to bring in',
    bringInHint: 'Left unchanged, its translations come along.',
    mergeInto: 'Merge into…',
    mergeTarget: 'Proposal to merge into',
    mergeCites: 'Candidates it merges',
    mergeText: 'New text of the proposal',
    saveMerge: 'Save the merge',
    noTarget: 'No proposal to merge into yet: bring a candidate in first.',
    confirm: 'I know its source does not verify and bring it in anyway',
    mustConfirm: 'This candidate’s source does not verify: tick the box to go on.',
    historyFrom: (labels: string) => `Brought in from ${labels}`,
    historyMerges: (labels: string) => `Merges ${labels}`,
    startOpen: 'Start from several sessions',
    startIntro:
      'Choose the JSON exports of earlier sessions, or paste their view links while their relay is reachable. Their final proposals become the candidates of a new session.',
    files: 'JSON exports',
    links: 'View links, one per line',
    sources: 'Sources',
    proposals: (n: number) => plural(n, { one: '# proposal', other: '# proposals' }),
    unreadable: (name: string) => `${name}: not a session export`,
    badLinks: (n: number) => plural(n, { one: '# line is not a view link.', other: '# lines are not view links.' }),
    waiting: 'Waiting for the relay…',
    start: 'Start',
    noSources: 'Choose at least one export or view link that reads.',
  },
};

export type CandidateWords = (typeof candidateWords)['candidates'];

addEnglish(candidateWords);
