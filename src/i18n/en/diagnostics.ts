import { addEnglish } from '../en.ts';
import { numberFormatter, pluralizer } from '../plural.ts';

const plural = pluralizer('en');
const number = numberFormatter('en');

/** Why records were ignored: the groups-and-venues page and the verifier list them. */
export const diagnosticsWords = {
  sync: {
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
};

addEnglish(diagnosticsWords);
