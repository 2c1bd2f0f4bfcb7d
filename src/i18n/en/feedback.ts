import { addEnglish } from '../en.ts';

/** What the rules said about a group's own records, under its list: they load with the scribe's rule feedback. */
export const feedbackWords = {
  feedback: {
    heading: 'For your group',
    notAdmitted: 'Your add was not admitted: the document was full when it arrived.',
    useAsEditOf: 'Use it as an edit of',
    useAsEdit: 'Use as an edit',
    superseded: (group: string) => `Your edit was superseded by ${group}’s concurrent edit.`,
    restoreMine: 'Restore my version',
    discounted: 'Your endorsement was for a replaced version, so it does not count.',
    endorseCurrent: 'Endorse the current version',
    yourText: 'Your text',
    proposal: 'Proposal',
  },
};

addEnglish(feedbackWords);
