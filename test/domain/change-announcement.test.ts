import { expect } from 'chai';
import { changesBetween, type ProposalChange } from '../../src/domain/change-announcement.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { A, B, C, D, F, opening, proposalsOf } from '../support/announcements.ts';
import { add, at, endorse, group, hide, id, join, revise, withdraw } from '../support/records.ts';

/** "first buses 3→1 (2)" for short, readable expectations. */
const brief = (change: ProposalChange) =>
  `${change.kind} ${change.id.replace(/_+$/, '')} ${change.previousRank ?? '·'}→${change.rank ?? '·'} (${change.count})`;

interface ChangeCase {
  name: string;
  before?: WorkshopRecord[];
  then: WorkshopRecord[];
  expected: string[];
}

const cases: ChangeCase[] = [
  { name: 'nothing the reader needs to hear', then: [join(group('e'), at(20), 'Table 5')], expected: [] },
  {
    name: 'an endorsement moves a proposal to first place; the ones it passed are not announced',
    then: [endorse(D, at(20), id('library'))],
    expected: ['first library 3→1 (2)'],
  },
  { name: 'an endorsement that moves nothing', then: [endorse(D, at(20), id('buses'))], expected: ['count buses 1→1 (2)'] },
  {
    name: 'a withdrawal moves a proposal down; the one back in first place is announced first',
    before: [endorse(D, at(20), id('library'))],
    then: [withdraw(D, at(21), id('library'))],
    expected: ['first buses 2→1 (1)', 'moved library 1→3 (1)'],
  },
  { name: 'a new proposal', then: [add(D, at(20), 'Publish the budget', id('budget'))], expected: ['new budget ·→4 (1)'] },
  {
    name: 'an edit (its endorsements start over with its author)',
    before: [endorse(D, at(20), id('trees'))],
    then: [revise(C, at(21), id('trees'), id('trees'), 'Plant shade trees', id('trees2'))],
    expected: ['first buses 2→1 (1)', 'edited trees 1→2 (1)'],
  },
  { name: 'a proposal the facilitator hid, without its text', then: [hide(F, at(20), id('trees'))], expected: ['removed trees 2→· (0)'] },
  {
    name: 'several at once, most important first',
    before: [endorse(D, at(20), id('buses'))],
    then: [endorse(A, at(21), id('library')), add(D, at(22), 'Publish the budget', id('budget')), endorse(C, at(23), id('buses'))],
    expected: ['new budget ·→4 (1)', 'moved library 3→2 (2)', 'count buses 1→1 (3)'],
  },
];

describe('changesBetween: what a reader of the projector needs to hear', () => {
  for (const { name, before = [], then, expected } of cases) {
    it(name, () => {
      const earlier = [...opening, ...before];
      expect(changesBetween(proposalsOf(earlier), proposalsOf([...earlier, ...then])).map(brief)).to.deep.equal(expected);
    });
  }

  it('gives the current text, to be read out', () => {
    const [change] = changesBetween(proposalsOf(opening), proposalsOf([...opening, endorse(D, at(20), id('library'))]));
    expect(change).to.deep.equal({ kind: 'first', id: id('library'), text: 'Open the library', rank: 1, previousRank: 3, count: 2 });
  });
});
