import { expect } from 'chai';
import { deriveView } from '../../src/domain/derive.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import { add, at, endorse, group, id, join, revise, session, withdraw } from '../support/records.ts';
import { TRUST_ALL } from '../support/trust.ts';

const A = group('a');
const B = group('b');
const C = group('c');
const joined = [join(A, at(1), 'Table 1', 'Paris'), join(B, at(2), 'Table 2', 'Dakar'), join(C, at(3), 'Table 3')];

/** Nine proposals p0…p8 added by A at times 10…18. */
const nine = Array.from({ length: 9 }, (_, i) => add(A, at(10 + i), `Proposal ${i}`, id(`p${i}`)));

const texts = (view: WorkshopView) => view.proposals.map((p) => p.current.text);
const counts = (view: WorkshopView) => view.proposals.map((p) => p.endorsements);
const reasons = (view: WorkshopView) => view.diagnostics.map((d) => d.reason);

interface RuleCase {
  rule: string;
  name: string;
  records: WorkshopRecord[];
  expect: (view: WorkshopView) => void;
}

const cases: RuleCase[] = [
  {
    rule: 'R1',
    name: 'the first session record names the session; a second one is ignored',
    records: [session(A, at(1), 'Forum'), session(B, at(2), 'Hijacked')],
    expect: (view) => {
      expect(view.title).to.equal('Forum');
      expect(reasons(view)).to.deep.equal(['other-session']);
    },
  },
  {
    rule: 'R2',
    name: 'groups are numbered and given symbols in the order they joined',
    records: [join(B, at(5), 'Table 2'), join(A, at(4), 'Table 1', 'Paris')],
    expect: (view) => {
      expect(view.groups.map((g) => [g.name, g.venue, g.number])).to.deep.equal([
        ['Table 1', 'Paris', 1],
        ['Table 2', '', 2],
      ]);
      expect(view.groups[0]!.symbol).to.not.equal(view.groups[1]!.symbol);
    },
  },
  {
    rule: 'R2',
    name: 'a group joins once; a second join of the same id is ignored',
    records: [join(A, at(1), 'Table 1'), join(A, at(2), 'Renamed')],
    expect: (view) => {
      expect(view.groups.map((g) => g.name)).to.deep.equal(['Table 1']);
      expect(reasons(view)).to.deep.equal(['duplicate-join']);
    },
  },
  {
    rule: 'R3',
    name: 'a new proposal is revision 1, endorsed by its author group',
    records: [...joined, add(A, at(10), 'Free transit', id('p1'))],
    expect: (view) => {
      const [proposal] = view.proposals;
      expect(proposal!.current).to.include({ id: id('p1'), number: 1, author: A, parent: null, text: 'Free transit' });
      expect(proposal!.current.endorsers).to.deep.equal([A]);
      expect(proposal!.endorsements).to.equal(1);
    },
  },
  {
    rule: 'R3',
    name: 'markup in text is kept as plain text',
    records: [...joined, add(A, at(10), '<script>alert(1)</script> & <b>bold</b>')],
    expect: (view) => expect(texts(view)).to.deep.equal(['<script>alert(1)</script> & <b>bold</b>']),
  },
  {
    rule: 'R3',
    name: 'text of 0 and 1,001 characters is ignored; 1 and 1,000 are admitted',
    records: [
      ...joined,
      add(A, at(10), ''),
      add(A, at(11), 'x'),
      add(A, at(12), 'y'.repeat(1000)),
      add(A, at(13), 'z'.repeat(1001)),
    ],
    expect: (view) => {
      expect(texts(view)).to.deep.equal(['x', 'y'.repeat(1000)]);
      expect(reasons(view)).to.deep.equal(['text-length', 'text-length']);
    },
  },
  {
    rule: 'R3',
    name: 'a group that never joined cannot add',
    records: [...joined, add(group('stranger'), at(10), 'Hello')],
    expect: (view) => {
      expect(view.proposals).to.have.length(0);
      expect(reasons(view)).to.deep.equal(['unknown-author']);
    },
  },
  {
    rule: 'R4',
    name: 'any group edits any proposal; the edit is a new revision endorsed by its editor only',
    records: [
      ...joined,
      add(A, at(10), 'Free transit', id('p1')),
      endorse(C, at(11), id('p1')),
      revise(B, at(12), id('p1'), id('p1'), 'Free public transit', id('r2')),
    ],
    expect: (view) => {
      const [proposal] = view.proposals;
      expect(proposal!.current).to.include({ id: id('r2'), number: 2, author: B, parent: id('p1') });
      expect(proposal!.current.endorsers).to.deep.equal([B]);
      expect(proposal!.revisions.map((r) => r.text)).to.deep.equal(['Free transit', 'Free public transit']);
      expect(proposal!.revisions[0]!.endorsers).to.deep.equal([A, C]);
      expect(proposal!.revisions[0]!.supersededBy).to.equal(id('r2'));
      expect(proposal!.revisions[0]!.supersededConcurrently).to.equal(false);
      expect(view.superseded).to.have.length(0);
    },
  },
  {
    rule: 'R4',
    name: 'a revision of an unknown proposal or with an unknown parent is ignored',
    records: [
      ...joined,
      add(A, at(10), 'Free transit', id('p1')),
      revise(B, at(11), id('nope'), id('p1'), 'x'),
      revise(B, at(12), id('p1'), id('nope'), 'y'),
    ],
    expect: (view) => {
      expect(texts(view)).to.deep.equal(['Free transit']);
      expect(reasons(view)).to.deep.equal(['unknown-proposal', 'unknown-revision']);
    },
  },
  {
    rule: 'R4',
    name: "a revision whose parent belongs to another proposal is ignored",
    records: [
      ...joined,
      add(A, at(10), 'One', id('p1')),
      add(A, at(11), 'Two', id('p2')),
      revise(B, at(12), id('p1'), id('p2'), 'Mixed'),
    ],
    expect: (view) => expect(reasons(view)).to.deep.equal(['parent-not-in-proposal']),
  },
  {
    rule: 'R5',
    name: 'each group endorses a revision once',
    records: [...joined, add(A, at(10), 'One', id('p1')), endorse(B, at(11), id('p1')), endorse(B, at(12), id('p1'))],
    expect: (view) => expect(counts(view)).to.deep.equal([2]),
  },
  {
    rule: 'R5',
    name: 'withdraw then endorse again: the group counts once, as its latest endorsement',
    records: [
      ...joined,
      add(A, at(10), 'One', id('p1')),
      endorse(B, at(11), id('p1')),
      endorse(C, at(12), id('p1')),
      withdraw(B, at(13), id('p1')),
      endorse(B, at(14), id('p1')),
    ],
    expect: (view) => {
      // Endorsers are listed in the order they endorsed: B comes after C only if its withdrawal took effect.
      expect(view.proposals[0]!.current.endorsers).to.deep.equal([A, C, B]);
      expect(counts(view)).to.deep.equal([3]);
    },
  },
  {
    rule: 'R5',
    name: 'an author may withdraw its own automatic endorsement',
    records: [...joined, add(A, at(10), 'One', id('p1')), withdraw(A, at(11), id('p1'))],
    expect: (view) => expect(counts(view)).to.deep.equal([0]),
  },
  {
    rule: 'R5',
    name: 'withdrawing what was never endorsed changes nothing',
    records: [...joined, add(A, at(10), 'One', id('p1')), withdraw(C, at(11), id('p1'))],
    expect: (view) => {
      expect(counts(view)).to.deep.equal([1]);
      expect(view.diagnostics).to.have.length(0);
    },
  },
  {
    rule: 'R5',
    name: 'an endorsement of a replaced revision does not count, and is listed for its group',
    records: [
      ...joined,
      add(A, at(10), 'One', id('p1')),
      revise(B, at(11), id('p1'), id('p1'), 'One, better', id('r2')),
      endorse(C, at(12), id('p1'), id('e1')),
    ],
    expect: (view) => {
      expect(counts(view)).to.deep.equal([1]);
      expect(view.discountedEndorsements).to.deep.equal([
        { id: id('e1'), group: C, revision: id('p1'), proposal: id('p1'), reason: 'revision-replaced' },
      ]);
    },
  },
  {
    rule: 'R5',
    name: 'an endorsement of an unknown revision is ignored',
    records: [...joined, endorse(C, at(12), id('ghost'))],
    expect: (view) => expect(reasons(view)).to.deep.equal(['unknown-revision']),
  },
  {
    rule: 'R6',
    name: 'proposals are sorted by endorsements, highest first',
    records: [
      ...joined,
      add(A, at(10), 'First', id('p1')),
      add(B, at(11), 'Second', id('p2')),
      add(C, at(12), 'Third', id('p3')),
      endorse(A, at(13), id('p3')),
      endorse(B, at(14), id('p3')),
      endorse(A, at(15), id('p2')),
    ],
    expect: (view) => {
      expect(texts(view)).to.deep.equal(['Third', 'Second', 'First']);
      expect(counts(view)).to.deep.equal([3, 2, 1]);
      expect(view.proposals.map((p) => [p.rank, p.admittedNumber])).to.deep.equal([
        [1, 3],
        [2, 2],
        [3, 1],
      ]);
    },
  },
  {
    rule: 'R6',
    name: 'equal counts: the earlier admitted proposal first, whatever its id or author',
    records: [
      ...joined,
      add(C, at(10), 'First', id('p9')),
      add(B, at(11), 'Second', id('p5')),
      add(A, at(12), 'Third', id('p0')),
      endorse(A, at(13), id('p5')),
      endorse(B, at(14), id('p0')),
    ],
    expect: (view) => {
      expect(texts(view)).to.deep.equal(['Second', 'Third', 'First']);
      expect(counts(view)).to.deep.equal([2, 2, 1]);
      expect(view.proposals.map((p) => [p.rank, p.admittedNumber])).to.deep.equal([
        [1, 2],
        [2, 3],
        [3, 1],
      ]);
    },
  },
  {
    rule: 'R6',
    name: 'an edit resets the count, so the proposal can fall in rank',
    records: [
      ...joined,
      add(A, at(10), 'First', id('p1')),
      add(B, at(11), 'Second', id('p2')),
      endorse(C, at(12), id('p1')),
      revise(C, at(13), id('p1'), id('p1'), 'First, edited'),
      endorse(A, at(14), id('p2')),
    ],
    expect: (view) => expect(texts(view)).to.deep.equal(['Second', 'First, edited']),
  },
  {
    rule: 'R7',
    name: 'the 11th add is not admitted and stays visible with its text',
    records: [...joined, ...nine, add(B, at(20), 'Tenth', id('p9')), add(C, at(21), 'Eleventh', id('p10'))],
    expect: (view) => {
      expect(view.proposals).to.have.length(10);
      expect(view.notAdmitted).to.deep.equal([
        { id: id('p10'), author: C, text: 'Eleventh', hlc: [21, 0], convertedTo: null },
      ]);
    },
  },
  {
    rule: 'R7',
    name: 'an edit of a proposal that was not admitted is ignored',
    records: [
      ...joined,
      ...nine,
      add(B, at(20), 'Tenth'),
      add(C, at(21), 'Eleventh', id('p10')),
      revise(C, at(22), id('p10'), id('p10'), 'Eleventh, edited'),
    ],
    expect: (view) => {
      expect(view.proposals).to.have.length(10);
      expect(reasons(view)).to.deep.equal(['unknown-proposal']);
    },
  },
  {
    rule: 'R8',
    name: 'an add and an edit racing when 9 exist: both take effect',
    records: [
      ...joined,
      ...nine,
      add(B, at(30), 'Tenth', id('p9')),
      revise(C, at(30), id('p0'), id('p0'), 'Proposal 0, edited', id('r2')),
    ],
    expect: (view) => {
      expect(view.proposals).to.have.length(10);
      expect(texts(view)).to.include('Tenth');
      expect(texts(view)).to.include('Proposal 0, edited');
      expect(view.notAdmitted).to.have.length(0);
    },
  },
  {
    rule: 'R8',
    name: 'two adds racing when 9 exist: the earlier in the order is admitted',
    records: [...joined, ...nine, add(C, at(30, 1), 'Late', id('late')), add(B, at(30, 0), 'Early', id('early'))],
    expect: (view) => {
      expect(texts(view)).to.include('Early');
      expect(view.notAdmitted.map((a) => a.text)).to.deep.equal(['Late']);
    },
  },
  {
    rule: 'R8',
    name: 'same clock reading: the author id breaks the tie',
    records: [...joined, ...nine, add(C, at(30), 'From C', id('fromC')), add(B, at(30), 'From B', id('fromB'))],
    expect: (view) => expect(view.notAdmitted.map((a) => a.text)).to.deep.equal(['From C']),
  },
  {
    rule: 'R8',
    name: 'two concurrent edits: the later is current, the other is marked superseded',
    records: [
      ...joined,
      add(A, at(10), 'Water', id('p1')),
      revise(B, at(20), id('p1'), id('p1'), 'Clean water', id('rb')),
      revise(C, at(21), id('p1'), id('p1'), 'Free water', id('rc')),
    ],
    expect: (view) => {
      const [proposal] = view.proposals;
      expect(proposal!.current.id).to.equal(id('rc'));
      expect(proposal!.revisions.map((r) => r.id)).to.deep.equal([id('p1'), id('rb'), id('rc')]);
      expect(proposal!.revisions[1]).to.include({ supersededBy: id('rc'), supersededConcurrently: true });
      expect(view.superseded).to.deep.equal([
        { revision: id('rb'), proposal: id('p1'), author: B, by: id('rc'), byAuthor: C },
      ]);
    },
  },
  {
    rule: 'R8',
    name: 'an edit that saw the previous edit is not a conflict',
    records: [
      ...joined,
      add(A, at(10), 'Water', id('p1')),
      revise(B, at(20), id('p1'), id('p1'), 'Clean water', id('rb')),
      revise(C, at(21), id('p1'), id('rb'), 'Clean free water', id('rc')),
    ],
    expect: (view) => {
      expect(view.superseded).to.have.length(0);
      expect(view.proposals[0]!.revisions[1]!.supersededConcurrently).to.equal(false);
    },
  },
  {
    rule: 'R8',
    name: "a not-admitted add turned into an edit is marked converted",
    records: [
      ...joined,
      ...nine,
      add(B, at(20), 'Tenth'),
      add(C, at(21), 'Eleventh', id('late')),
      revise(C, at(22), id('p0'), id('p0'), 'Eleventh', id('r2')),
    ].map((r) => (r.id === id('r2') ? { ...r, from: id('late') } : r)),
    expect: (view) => {
      expect(view.notAdmitted[0]!.convertedTo).to.equal(id('r2'));
      expect(texts(view)).to.include('Eleventh');
    },
  },
  {
    rule: 'R8',
    name: "only the author of a not-admitted add can mark it converted",
    records: [
      ...joined,
      ...nine,
      add(B, at(20), 'Tenth'),
      add(C, at(21), 'Eleventh', id('late')),
      revise(A, at(22), id('p0'), id('p0'), 'Eleventh', id('r2')),
    ].map((r) => (r.id === id('r2') ? { ...r, from: id('late') } : r)),
    expect: (view) => expect(view.notAdmitted[0]!.convertedTo).to.equal(null),
  },
  {
    rule: 'R9',
    name: 'a replayed record id is applied once',
    records: [
      ...joined,
      add(A, at(10), 'One', id('p1')),
      endorse(B, at(11), id('p1'), id('e1')),
      withdraw(B, at(12), id('p1'), id('w1')),
      endorse(B, at(13), id('p1'), id('w1')),
    ],
    expect: (view) => {
      expect(counts(view)).to.deep.equal([1]);
      expect(reasons(view)).to.deep.equal(['duplicate-id']);
    },
  },
  {
    rule: 'R9',
    name: 'a record that refers to a later one is ignored (no causal path)',
    records: [...joined, endorse(B, at(5), id('p1')), add(A, at(10), 'One', id('p1'))],
    expect: (view) => {
      expect(counts(view)).to.deep.equal([1]);
      expect(reasons(view)).to.deep.equal(['unknown-revision']);
    },
  },
];

describe('workshop rules (R1–R9)', () => {
  for (const c of cases) {
    it(`${c.rule}: ${c.name}`, () => c.expect(deriveView(c.records, TRUST_ALL)));
    it(`${c.rule}: ${c.name} — the same view whatever order the records arrive in`, () => {
      const expected = deriveView(c.records, TRUST_ALL);
      expect(deriveView([...c.records].reverse(), TRUST_ALL)).to.deep.equal(expected);
      const shuffled = [...c.records].sort((a, b) => (a.id < b.id ? 1 : -1));
      expect(deriveView(shuffled, TRUST_ALL)).to.deep.equal(expected);
    });
  }

  it('R9: garbage among the records is counted and never crashes the derivation', () => {
    const garbage: unknown[] = [null, 42, 'text', [], { v: 1 }, { v: 1, kind: 'add' }, undefined, { toString: 1 }];
    const view = deriveView([...joined, ...garbage, add(A, at(10), 'Still here')], TRUST_ALL);
    expect(texts(view)).to.deep.equal(['Still here']);
    expect(view.diagnostics).to.have.length(garbage.length);
  });

  it('diagnostics of invalid records do not depend on arrival order', () => {
    const garbage: unknown[] = [{ v: 2 }, null, { v: 1, id: 'aaaaaaaa', kind: 'x' }, { v: 1, id: 'bbbbbbbb' }];
    expect(deriveView(garbage, TRUST_ALL).diagnostics).to.deep.equal(deriveView([...garbage].reverse(), TRUST_ALL).diagnostics);
  });
});
