// Over 300 lines on purpose: the words every page paints first, in one file; each lazily loaded screen's are in en/.
import { numberFormatter, pluralizer } from './plural.ts';

const plural = pluralizer('en');
const number = numberFormatter('en');

/** English defines the shape every language must fill; DESIGN.md §6 names are exact here. */
const firstPaint = {
  appName: 'Collaborative Democracy Workshop',
  language: 'Language',
  loading: 'Loading the session…',
  notFound: 'This link is not a workshop link. Check that it was copied in full.',
  untitled: 'Untitled session',
  unknownGroup: 'a group not known yet',
  close: 'Close',
  dismiss: 'Dismiss',
  cancel: 'Cancel',

  /** The projector's QR code names the view link; the rest of the start page's words are in en/start.ts. */
  start: {
    viewLink: 'View link',
  },

  share: {
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copying failed: select the link and copy it by hand.',
    qrOf: (label: string) => `QR code of the ${label.toLowerCase()}`,
  },

  status: {
    online: 'Online',
    offline: 'Offline',
    syncing: 'Syncing',
    /** Shown after the state word when changes wait: "Offline — 3 changes waiting". */
    pending: (n: number) => plural(n, { one: '# change waiting', other: '# changes waiting' }),
  },

  join: {
    heading: 'Join as a group',
    intro: 'Name your group. Every group gets a number and a symbol, shown next to its name everywhere.',
    groupName: 'Group name',
    venue: 'Venue',
    venueHint: 'Optional: the city or room, so that two groups with the same name differ.',
    join: 'Join',
    continueHeading: 'Or continue as a group this browser joined before',
    continueAs: (group: string) => `Continue as ${group}`,
    changeGroup: 'Change group',
    speakingFor: 'Scribe for',
  },

  problems: {
    'text-empty': 'Write something first.',
    'text-too-long': 'Too long: keep it to 1,000 characters.',
    'document-full': 'The document already holds 10 proposals: edit one of them instead.',
    'not-joined': 'Join as a group first.',
    'already-joined': 'This group has already joined.',
    'unknown-proposal': 'That proposal no longer exists.',
    'unknown-revision': 'That version is not known here yet.',
    'not-current': 'That version was replaced in the meantime: look at the current one.',
    'already-endorsed': 'Your group already endorses this version.',
    'not-endorsed': 'Your group does not endorse this version.',
    'invalid-record': 'That could not be saved: the text has characters or a length the document refuses.',
    'no-key': 'This browser holds no key for your group, so it cannot write for it. Join as a new group to continue.',
    'session-locked': 'The facilitator has locked the session. Changes are not applied until it is unlocked.',
    'not-facilitator': 'Only the facilitator can do that.',
    'unknown-group': 'That group is not in this session.',
  },

  scribe: {
    proposals: 'Proposals',
    proposalCount: (n: number, cap: number) => `${number(n)} / ${number(cap)} proposals`,
    empty: 'No proposals yet. Add the first one below.',
    orderHeld: 'The ranking changed. The list keeps its order while you are using it and re-sorts when you move away.',
    rank: (n: number) => `Rank ${number(n)}`,
    endorsements: (n: number) => plural(n, { one: '# endorsement', other: '# endorsements' }),
    endorsedBy: 'Endorsed by',
    youEndorse: 'Your group endorses this',
    endorse: 'Endorse',
    withdraw: 'Withdraw endorsement',
    edit: 'Edit',
    history: 'History',
    editProposal: 'Edit proposal',
    save: 'Save',
    changedWhileEditing: (group: string) =>
      `${group} saved a new version while you were editing. Saving now replaces it; their version stays in the history.`,
    newProposal: 'New proposal',
    addProposal: 'Add proposal',
    characters: (n: number, max: number) => `${number(n)} / ${number(max)} characters`,
    tooLongBy: (n: number) => plural(n, { one: '# character too many', other: '# characters too many' }),
    full: (cap: number) =>
      `The document holds ${number(cap)} proposals, the most it can. A new idea can only enter by editing an existing proposal.`,
    isEditing: (group: string) => `${group} is editing this proposal`,
    groupsOnline: 'Groups online',
    noneOnline: 'No group is online right now.',
    similarFound: (n: number) =>
      plural(n, {
        one: 'A similar proposal is already in the document:',
        other: '# similar proposals are already in the document:',
      }),
    similarInTranslation: (language: string) => `similar in its ${language} translation`,
    editInstead: 'Edit this instead',
  },

  /** What the facilitator's signed records change for scribes and the projector. */
  trust: {
    locked: 'The facilitator has locked the session. Changes are not applied until it is unlocked.',
    lockedMark: 'Locked',
    removed: 'The facilitator removed your group from this session. It can no longer add, edit, endorse or translate.',
    removedMark: 'removed by the facilitator',
    joinedAs: (name: string) => `joined as ${name}`,
    noKey: (group: string) =>
      `This browser holds no key for ${group}: the group joined in another browser, or this browser’s storage was cleared. Only the browser that joined can write for a group. Join as a new group to continue.`,
    hidden: 'Hidden by the facilitator',
    afterHidden: 'The version before was hidden by the facilitator.',
    lockedOut: {
      join: 'Your group’s join was not applied: the session was locked when it arrived. Join again once it is unlocked.',
      add: 'Your new proposal was not applied: the session was locked when it arrived. Add it again once it is unlocked.',
      revise: 'Your edit was not applied: the session was locked when it arrived. Make it again once it is unlocked.',
      endorse: 'Your endorsement was not applied: the session was locked when it arrived.',
      withdraw: 'Your withdrawal of an endorsement was not applied: the session was locked when it arrived.',
      translate: 'Your translation was not applied: the session was locked when it arrived. Save it again once it is unlocked.',
    },
    agenda: {
      clock: 'Agenda clock',
      phases: {
        introduction: 'Introduction',
        writing: 'Collaborative writing',
        review: 'Review',
        discussion: 'Local discussion',
      },
      startsIn: (phase: string) => `${phase} starts in`,
      left: 'left',
      phaseOf: (n: number, total: number) => `Phase ${number(n)} of ${number(total)}`,
      finished: 'Agenda finished',
      over: 'over',
    },
  },

  projector: {
    /** The word alone: the projector shows the number large beside it. */
    endorsementsWord: (n: number) => plural(n, { one: 'endorsement', other: 'endorsements' }),
    notAdmitted: (n: number) =>
      plural(n, { one: '# add arrived after the document was full', other: '# adds arrived after the document was full' }),
    empty: 'No proposals yet.',
    scanToFollow: 'Scan to follow',
    fullScreen: 'Full screen',
    history: 'History',
  },
  sync: {
    link: 'Groups and venues',
    heading: 'Groups and venues',
    backToProposals: 'Back to the proposals',
    backToProjector: 'Back to the projector',
    intro: 'When each group was last in sync: connected, with every change it made on the relay.',
    remembered:
      'This browser notes the times while this page or the projector is open, and keeps them after a reload.',
    selfOffline: 'This page is offline itself: it shows what it knew when its connection dropped.',
    venues: 'Venues',
    groups: 'Groups',
    noGroups: 'No group has joined yet.',
    noVenue: 'No venue given',
    groupCount: (n: number) => plural(n, { one: '# group', other: '# groups' }),
    onlineNow: 'Online now',
    onlineSending: (n: number) =>
      plural(n, { one: 'Online now, sending # change', other: 'Online now, sending # changes' }),
    venueOnline: (online: number, total: number) => `Online now: ${number(online)} of ${number(total)}`,
    inSyncAt: (time: string, ago: string) => `In sync at ${time} (${ago})`,
    notSeen: 'Not seen in sync yet',
    /** After the word "Offline" on the projector. */
    projectorOffline: 'showing this room’s copy; it will update when the connection returns.',
  },
  /** Consensus across venues: the publish page's two orders and the projector's option. */
  venues: {
    heading: 'Consensus across venues',
    workshopOrder: 'Workshop order',
    /** Before a proposal's venues, for screen readers, where the screen shows only the names. */
    backedBy: 'Venues backing it',
    none: 'No venue backs it yet',
    show: 'Show venues',
  },
  translations: {
    writtenIn: 'Written in',
    translate: 'Translate',
    translateInto: 'Translate into',
    translateIntoLanguage: (language: string) => `Translate into ${language}`,
    field: (language: string) => `Translation (${language})`,
    save: 'Save translation',
    heading: 'Translations',
    summary: (n: number) => plural(n, { one: '# translation', other: '# translations' }),
    outdatedCount: (n: number) => plural(n, { one: '# outdated', other: '# outdated' }),
    outdated: 'outdated — the proposal changed since',
    outdatedShort: 'outdated',
    missing: 'not translated yet',
    upToDate: 'up to date',
    originalIn: (language: string) => `original in ${language}`,
    changedWhileTranslating:
      'The proposal changed while you were translating. Read its new text, then press “Save translation” again to translate the new version.',
    needsLink: (n: number) => `Needs translation (${number(n)})`,
    needsHeading: 'Needs translation',
    needsIntro:
      'The current version of these proposals has no translation yet, or only an outdated one. Translate one, and every projector showing that language updates at once.',
    toTranslate: (n: number) => plural(n, { one: '# to translate', other: '# to translate' }),
    nothingInLanguage: 'Nothing to translate into this language.',
    translatedMeanwhile: 'Another group translated it in the meantime: compare before saving.',
    back: 'Back to proposals',
    by: 'by',
    ofVersion: (n: number) => `of version ${number(n)}`,
    current: 'Current translation',
    earlier: 'Replaced by a later translation',
    none: 'Not translated yet.',
    projected: 'Projected language',
    beside: 'Side by side with',
    nothing: 'Nothing',
  },
  /** The ways to the publish page, from the projector and the scribe; its own words are in en/publish.ts. */
  publish: {
    link: 'Publish',
    replayLink: 'Replay',
    exportHeading: 'Publish and export',
    openPublishPage: 'Print page, replay and comparison',
  },
  /** "Verify a result": the ways to it; the page's own words load with it (verifyPage). */
  verify: {
    link: 'Verify a result',
  },
};

/**
 * Every word, in every language: the first paint's above, then the groups that travel with lazily loaded screens
 * (src/i18n/en/). Other languages fill the whole shape in their one file: a missing word is a compile error.
 */
export type Messages = typeof firstPaint &
  typeof import('./en/start.ts').startWords &
  typeof import('./en/links.ts').linkWords &
  typeof import('./en/facilitator.ts').facilitatorWords &
  typeof import('./en/history.ts').historyWords &
  typeof import('./en/diagnostics.ts').diagnosticsWords &
  typeof import('./en/venue.ts').venueWords &
  typeof import('./en/publish.ts').publishWords &
  typeof import('./en/export-labels.ts').exportLabelWords &
  typeof import('./en/verify-page.ts').verifyPageWords &
  typeof import('./en/changes.ts').changeWords &
  typeof import('./en/candidates.ts').candidateWords &
  typeof import('./en/feedback.ts').feedbackWords &
  typeof import('./en/setup.ts').setupWords;

/** The English catalogue: complete for every screen loaded, since each screen's module adds its words as it loads. */
export const en = firstPaint as Messages;

/** A lazily loaded screen's English words join the catalogue when its module is evaluated, before it renders. */
export function addEnglish(words: { readonly [group: string]: object }): void {
  const catalogue = en as unknown as Record<string, object>;
  for (const [group, part] of Object.entries(words)) catalogue[group] = { ...catalogue[group], ...part };
}
