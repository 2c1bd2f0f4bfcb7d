// Over 300 lines on purpose: one language, every string, in one file, so a translator works in one place.
import type { ExportLabels } from '../domain/export/labels.ts';
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

  setup: {
    'keys-failed':
      'This browser could not make the key that signs your changes. Try again; if it fails again, open the link in another browser (a recent Firefox, Chrome or Safari).',
    'storage-refused':
      'This browser refuses to keep the session on this device (a private window, or site storage turned off). Try again in a normal window, or allow storage for this site.',
    'storage-full': 'This device’s storage is full, so the session cannot be kept here. Free some space, then try again.',
    retry: 'Try again',
  },

  start: {
    heading: 'Start a workshop session',
    intro:
      'Give the session a title. You get three links: one for the scribe of each group, who writes; one for the projector and anyone watching; and one for you, the facilitator.',
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
    facilitatorHeading: 'For you only: the facilitator link',
    facilitatorWarning: 'Keep it private. Whoever holds this link can lock the session, hide text and remove groups.',
    facilitatorLink: 'Facilitator link',
    showFacilitatorLink: 'Show the facilitator link',
    facilitatorLinkHint: 'Open it on a second device, a phone or a laptop, to run the session from there. Never show it on the projector.',
    showQr: 'Show QR code',
    openFacilitatorPanel: 'Open facilitator panel',
    cannotContinue:
      'This export does not say which session it came from, so its signed records cannot be checked in a new session. Export the session again with “Download JSON” from this version of the app.',
  },

  /** The facilitator panel (#/f/<writeKey>/<secret>). */
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
    diagnostics: {
      heading: 'Ignored records',
      intro:
        'Every browser checks each record in the document and ignores, the same way everywhere, those it cannot trust. An ignored record changes nothing anyone sees. Many of them can mean a browser running an old version of the app, or a misbehaving client.',
      none: 'No record was ignored.',
      total: (n: number) => plural(n, { one: '# record ignored', other: '# records ignored' }),
      byReason: 'By reason',
      list: 'Each ignored record',
      reason: 'Reason',
      record: 'Record',
      detail: 'Field or value',
      noId: 'no readable id',
      examplesOf: (shown: number, total: number, perReason: number) =>
        `${number(shown)} of ${number(total)} are listed: at most ${number(perReason)} for each reason, the same in every browser.`,
      reasons: {
        'not-an-object': { name: 'Not a record', explain: 'Something in the document is not a record at all, such as a bare number or text.' },
        'unknown-version': { name: 'Unknown format', explain: 'Written in a record format this version of the app cannot read.' },
        'unknown-kind': { name: 'Unknown kind of action', explain: 'An action this version of the app does not know.' },
        'bad-field': { name: 'Malformed field', explain: 'An id, a group, a clock reading or another field is missing or has the wrong form.' },
        'text-length': { name: 'Text empty or too long', explain: 'A text is empty, or longer than allowed (1,000 characters for a proposal).' },
        'duplicate-id': { name: 'Same id twice', explain: 'Another record already has this id; only the first one counts.' },
        'duplicate-session': { name: 'Second session title', explain: 'The session already had its title; a second one is ignored.' },
        'duplicate-join': { name: 'Group joined twice', explain: 'This group had already joined; its second join is ignored.' },
        'unknown-author': { name: 'Unknown group', explain: 'Written in the name of a group that never joined, or signed with a key this session does not know.' },
        'unknown-proposal': { name: 'Unknown proposal', explain: 'An edit of a proposal that is not in the document.' },
        'unknown-revision': { name: 'Unknown version', explain: 'It refers to a version of a proposal that is not in the document.' },
        'parent-not-in-proposal': { name: 'Version of another proposal', explain: 'An edit starting from a version that belongs to a different proposal.' },
        'bad-signature': { name: 'Signature does not hold', explain: 'The signature does not match the record: it was altered, forged, or signed for another session.' },
        'not-facilitator': { name: 'Not signed by the facilitator', explain: 'A lock, agenda, hide, rename or removal signed by someone other than this session’s facilitator.' },
        'other-session': { name: 'Another session’s title', explain: 'A session record other than the one this session’s links name: a copy, or an attempt to take the facilitator’s place.' },
        'group-removed': { name: 'From a removed group', explain: 'Written by a group after the facilitator removed it from the session.' },
        'unknown-group': { name: 'Rename or removal of an unknown group', explain: 'The facilitator named a group that is not in this session.' },
        unreadable: { name: 'Could not be checked', explain: 'Checking or applying this record failed. Every browser ignores it the same way, and nothing else is affected.' },
      },
    },
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
  /** Publishing the result (exports, print, replay, comparison) and continuing from an export. */
  publish: {
    link: 'Publish',
    replayLink: 'Replay',
    compareLink: 'Compare with other sessions',
    heading: 'Publish the result',
    backToProjector: 'Back to the projector',
    downloads: 'Downloads',
    downloadMarkdown: 'Download Markdown',
    downloadHtml: 'Download HTML',
    downloadJson: 'Download JSON',
    jsonHint:
      'Markdown and HTML hold the current proposals, ready to publish. JSON holds everything (every version, endorsement, group and time) and can be continued in a new session.',
    saved: (file: string) => `Downloaded ${file}`,
    print: 'Print',
    printHint: 'One A4 page. For a PDF, choose “Save as PDF” in the print dialog.',
    preview: 'Print preview',
    exportHeading: 'Publish and export',
    openPublishPage: 'Print page, replay and comparison',
    replay: 'Replay',
    asItStood: (time: string) => `As it stood at ${time}`,
    nothingToReplay: 'Nothing to replay yet.',
    moment: 'Moment of the session',
    step: (n: number, total: number) => `moment ${number(n)} of ${number(total)}`,
    play: 'Play',
    pause: 'Pause',
    backToLive: 'Back to live',
    continueHeading: 'Continue from an export',
    continueIntro:
      'Choose the JSON export of an earlier session. A new session starts with its whole history, and you get new links.',
    exportFile: 'JSON export file',
    continue: 'Continue from this export',
    importProblems: {
      'no-file': 'Choose a file first.',
      unreadable: 'This file could not be read.',
      'not-json': 'This file is not JSON: choose the file saved with “Download JSON”.',
      'not-an-export': 'This JSON file is not an export of a workshop session.',
      'unknown-version': 'This export was made by another version of the app and cannot be read here.',
      'no-records': 'This export holds no records to continue from.',
    },
    imported: (n: number) => plural(n, { one: '# record carried over.', other: '# records carried over.' }),
    rejected: (n: number) =>
      plural(n, {
        one: '# record of the file was not valid and was left out.',
        other: '# records of the file were not valid and were left out.',
      }),
    compareHeading: 'Compare sessions',
    compareIntro: 'Several sessions side by side, each read-only, for a final convergence across venues.',
    viewLinks: 'View links',
    compareHint: 'Paste the view link of each session, one per line.',
    compare: 'Compare',
    notViewLinks: (pieces: string) => `Not view links: ${pieces}`,
    noLinks: 'Paste at least one view link.',
    openView: 'Open the view link',
    remove: 'Remove',
    noVenues: 'none given',
  },
  /** "Verify a result": the ways to it; the page's own words load with it (src/i18n/verify/). */
  verify: {
    link: 'Verify a result',
  },
  /** The venue relay: its links page (#/venue), and what a page served over plain HTTP cannot do. */
  venue: {
    heading: 'Links for the room’s network',
    intro:
      'This laptop serves the session to everyone in the room, even when the internet drops. Paste the session’s scribe link or view link: you get the same links on this laptop’s address, with QR codes to project.',
    pastedLink: 'Session link',
    pastedHint: 'The scribe link or the view link. A facilitator link works too: it is never shown here.',
    show: 'Show links for this network',
    notALink: 'This is not a scribe, view or facilitator link. Copy it again, in full.',
    address: 'Address on the room’s network',
    addressHint:
      'Choose it before anyone joins, and keep it: a group’s key stays in its browser under the address it joined on.',
    noAddress:
      'No other machine can reach this relay: start it on the room’s network without --host (or with --host 0.0.0.0), then open this page again.',
    scribeHint: 'Each group’s scribe scans this to write. Whoever holds it can write: show it in the room only.',
    viewHint: 'For the room’s projector, read-only.',
    reopensOnlyWhileLaptopRuns:
      'This page comes from the laptop in the room, so this browser keeps no copy of it: it opens again only while that laptop runs. What you write is kept in this browser anyway.',
  },

  /** The words inside exported files and the printed page (src/domain/export/labels.ts). */
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
  } satisfies ExportLabels,
};

export type Messages = typeof en;
