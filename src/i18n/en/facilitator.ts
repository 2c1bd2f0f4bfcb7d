import { addEnglish } from '../en.ts';
import { numberFormatter, pluralizer } from '../plural.ts';

const plural = pluralizer('en');
const number = numberFormatter('en');

/** The facilitator panel (#/f/<writeKey>/<secret>): its words load with it. */
export const facilitatorWords = {
  facilitator: {
    heading: 'Facilitator panel',
    badLink: 'This facilitator link is damaged: its key cannot be read. Copy the facilitator link again, in full.',
    notThisSession:
      'This session does not name this link’s key as its facilitator, or its first record has not arrived yet. If this stays once the status says Online, this is not the facilitator link of this session and its actions are ignored.',
    sessionHeading: 'Session',
    openState: 'Open',
    lockedState: 'Locked',
    openExplain: 'Groups can add, edit, endorse and translate.',
    lockedExplain: 'Nothing the groups write is applied until you unlock the session; they are told so.',
    lockedOut: (n: number) =>
      plural(n, {
        one: '# action of a group arrived while the session was locked and was not applied.',
        other: '# actions of groups arrived while the session was locked and were not applied.',
      }),
    lock: 'Lock session',
    unlock: 'Unlock session',
    durations: 'Minutes per phase',
    durationsHint: (max: number) =>
      `Whole minutes, from 1 to ${number(max)}. Change them before starting the clock, or apply them to the running clock.`,
    minutesShort: 'min',
    badDurations: (max: number) => `Give each phase from 1 to ${number(max)} minutes.`,
    startClock: 'Start clock',
    nextPhase: 'Next phase',
    stopClock: 'Stop clock',
    applyDurations: 'Apply the new durations',
    clockStopped: 'The clock is not running.',
    timeLeft: (time: string) => `${time} left`,
    overBy: (time: string) => `Over by ${time}`,
    revisionsOf: (rank: number) => `Versions of the proposal ranked ${number(rank)}`,
    hide: 'Hide this revision',
    hideQuestion: 'Hide this version for everyone? Its text will be shown nowhere any more. This cannot be undone.',
    hideCurrentQuestion:
      'Hide this version for everyone? Its text will be shown nowhere any more, and the proposal goes back to its previous version, or leaves the document if it has none. This cannot be undone.',
    confirmHide: 'Yes, hide it',
    rename: 'Rename',
    removeGroup: 'Remove group',
    removeQuestion:
      'Remove this group? Its later actions are refused and its endorsements stop counting. This cannot be undone.',
    confirmRemove: 'Yes, remove it',
    removed: 'Removed',
    linksHeading: 'Links to share',
    publishLink: 'Exports, print and replay',
  },
};

addEnglish(facilitatorWords);
