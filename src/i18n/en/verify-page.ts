import { addEnglish } from '../en.ts';
import { numberFormatter, pluralizer } from '../plural.ts';

const plural = pluralizer('en');
const number = numberFormatter('en');

/** The words of the "Verify a result" page, loaded with it. */
export const verifyPageWords = {
  verifyPage: {
    heading: 'Verify a result',
    intro:
      'Choose a session’s JSON export. This page checks every signature, replays the authentic records under the workshop’s rules, and compares what they give with the ranking and counts the file states. It runs in this browser, offline too: the file goes nowhere.',
    file: 'JSON export file',
    viewLink: 'View link of the session (optional)',
    viewLinkHint:
      'With the view link (…#/v/…), the check also says whether the records are that session’s, signed by its facilitator. Without it, the file is checked against itself only.',
    check: 'Verify',
    checking: 'Checking every signature…',
    problems: {
      'no-file': 'Choose a file first.',
      unreadable: 'This file could not be read.',
      'not-json': 'This file is not JSON: choose the file saved with “Download JSON”.',
      'not-an-export': 'This JSON file is not an export of a workshop session.',
      'unknown-version': 'This export was made by a version of the app this page does not know.',
      'no-records': 'This export carries no records: there is nothing to verify.',
      'bad-link': 'This is not a view link. Paste the session’s view link in full (…#/v/…), or leave the field empty.',
    },
    verified: 'Verified: the result in this file is what its authentic records give.',
    notVerified:
      'Not verified: the file was altered, holds records that are not authentic, or is not the linked session’s. Each finding is listed below, saying where.',
    resultFor: (file: string) => `Result for ${file}`,
    originHeading: 'Whose session',
    selfConsistency: 'No view link given: the file was checked against itself only (self-consistency).',
    fileRoom: (room: string) => `The file names room ${room}.`,
    noRoom: 'The file names no room.',
    linkRoom: (room: string) => `Checked against the view link of room ${room}.`,
    linkFacilitator: (facilitator: string) => `The link names facilitator ${facilitator}.`,
    linkNoFacilitator: 'The link names no facilitator (a link made before records were signed).',
    roomMatches: 'The file names the same room.',
    otherRoom: (room: string) => `The file names another room: ${room}. Its signatures do not hold for the link’s room.`,
    facilitatorMatches: 'The session record is signed by the facilitator the link names.',
    facilitatorDiffers: (who: string) => `The link’s facilitator has no session record in this file; the records’ session is by ${who}.`,
    nobody: 'nobody (no authentic session record)',
    recordsHeading: 'Authentic records',
    records: (total: number, authentic: number) =>
      `${plural(total, { one: '# record in the file', other: '# records in the file' })}, ${number(authentic)} authentic.`,
    group: 'Group',
    venue: 'Venue',
    groups: 'Groups',
    authentic: 'Authentic records',
    noVenue: 'No venue given',
    facilitator: 'The facilitator',
    others: 'Others, no part of this session',
    ignoredHeading: 'Ignored records',
    noneIgnored: 'No record was ignored.',
    ignoredIntro: (n: number) =>
      plural(n, { one: '# record is ignored, as the app ignores it:', other: '# records are ignored, as the app ignores them:' }),
    recordAt: (position: number) => `Record ${number(position)} of the file`,
    stages: {
      validation: 'Malformed: an app never exports it',
      signature: 'Not authentic',
      rules: 'Refused by a rule of the session, as in every browser',
    },
    sessionLocked: { name: 'Written while locked', explain: 'The session was locked when it was written, so it changes nothing.' },
    field: 'Field',
    differencesHeading: 'The summary against the records',
    noDifferences: 'The summary (title, groups, ranking, texts, counts, endorsers, versions, translations) matches the records.',
    differencesIntro: (n: number) =>
      plural(n, {
        one: 'The summary differs from what the records give in # place:',
        other: 'The summary differs from what the records give in # places:',
      }),
    session: 'The session',
    proposalRanked: (rank: string) => `The proposal ranked ${rank}`,
    proposalFileRanks: (rank: string) => `The proposal the file ranks ${rank}`,
    groupItem: 'The group',
    notAdmittedItem: 'The add not admitted',
    lists: { groups: 'The list of groups', proposals: 'The list of proposals', notAdmitted: 'The list of adds not admitted' },
    wholeItem: 'the whole item',
    onlyInFile: 'In the file, but the records give no such item.',
    leftOut: 'The records give it; the file leaves it out.',
    inFile: 'In the file',
    fromRecords: 'From the records',
    nothing: 'nothing',
    missingHeading: 'Records named but missing',
    noneMissing: 'No record names a record the file lacks.',
    missingIntro: (n: number) =>
      plural(n, { one: '# record the file lacks is named by another:', other: '# records the file lacks are named by others:' }),
    missing: (by: string, field: string, missing: string) =>
      `Record ${by} names, in its field ${field}, ${missing}, which the file does not hold: removed, or never written.`,
    undetectableHeading: 'What this check cannot detect',
    undetectable: {
      'no-link':
        'Without the view link, a whole session made up under a new facilitator key would pass: give the link to check whose session this is.',
      'unreferenced-removal':
        'A record nothing else names (an endorsement, a withdrawal, a translation, a lock, the latest edit of a proposal…) removed, with the summary edited to match.',
      'added-group': 'A group added afterwards by someone who knows the room id, with its own new key and records, and the summary edited to match.',
      'late-records': 'Records a group or the facilitator signed after the session with their own keys, dated to look earlier.',
      'export-time': 'When the file was exported: that date is not signed.',
    },
    convergence: {
      provenance: (verified: number, total: number) =>
        plural(total, {
          one: `Provenance: ${number(verified)} of # candidate verified against its source session’s signed records.`,
          other: `Provenance: ${number(verified)} of # candidates verified against their source sessions’ signed records.`,
        }),
      countAsClaimed: (n: number) =>
        plural(n, { one: '# endorsement count as claimed, not proven.', other: '# endorsement counts as claimed, not proven.' }),
      sourceNotVerified: 'source does not verify',
    },
  },
};

export type VerifyWords = (typeof verifyPageWords)['verifyPage'];

addEnglish(verifyPageWords);
