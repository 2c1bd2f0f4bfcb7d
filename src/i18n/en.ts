import { numberFormatter, pluralizer } from './plural.ts';

const plural = pluralizer('en');
const number = numberFormatter('en');

/** English defines the shape every language must fill; DESIGN.md §6 names are exact here. */
export const en = {
  appName: 'Collaborative Democracy Workshop',
  language: 'Language',
  loading: 'Loading the session…',
  notFound: 'This link is not a workshop link. Check that it was copied in full.',
  untitled: 'Untitled session',
  unknownGroup: 'a group not known yet',
  close: 'Close',
  dismiss: 'Dismiss',
  cancel: 'Cancel',

  start: {
    heading: 'Start a workshop session',
    intro:
      'Give the session a title. You get two links: one for the scribe of each group, who writes, and one for the projector and anyone watching.',
    sessionTitle: 'Session title',
    createSession: 'Create session',
    created: (title: string) => `Session “${title}” is ready`,
    scribeLink: 'Scribe link',
    scribeLinkHint: 'For the scribe of each group. Whoever holds this link can write: share it only with the groups.',
    viewLink: 'View link',
    viewLinkHint: 'Read-only, for the projector and for anyone watching, anywhere.',
    openProjector: 'Open projector',
    another: 'Create another session',
    keepOpen: 'Keep this page open until the status says Online, so the title reaches the relay.',
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
    pending: (n: number) =>
      n === 0 ? 'all changes are on the relay' : plural(n, { one: '# change not yet on the relay', other: '# changes not yet on the relay' }),
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
  },

  scribe: {
    proposals: 'Proposals',
    proposalCount: (n: number, cap: number) => `${number(n)} / ${number(cap)} proposals`,
    empty: 'No proposals yet. Add the first one below.',
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
  },

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
};

export type Messages = typeof en;
