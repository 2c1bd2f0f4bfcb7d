import { expect } from 'chai';
import fc from 'fast-check';
import { deriveView } from '../../src/domain/derive.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { acrossVenuesOrder, sessionVenues, venueConsensus, venueKey, venuesBacking } from '../../src/domain/venues.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import { add, at, endorse, group, id, join, remove, rename, revise, session } from '../support/records.ts';
import { TRUST_ALL } from '../support/trust.ts';

const [F, A, B, C, D, E] = ['f', 'a', 'b', 'c', 'd', 'e'].map(group) as [string, string, string, string, string, string];
const derive = (records: WorkshopRecord[]): WorkshopView => deriveView(records, TRUST_ALL);

/** A and B in Paris (spelled two ways), C in Dakar, D gave no venue, E in Paris too. */
const start = [
  session(F, at(1), 'Across cities'),
  join(A, at(2), 'Table 1', 'Paris'),
  join(B, at(3), 'Table 2', ' PARIS '),
  join(C, at(4), 'Table 3', 'Dakar'),
  join(D, at(5), 'Table 4'),
  join(E, at(6), 'Table 5', 'Ｐａｒｉｓ'),
];

/** "Paris ×2, Dakar ×1 + 1 unplaced" for each proposal, in the given order. */
const summary = (backing: ReturnType<typeof venuesBacking>) =>
  backing.map(({ proposal, venues, unplaced }) => ({
    text: proposal.current.text,
    venues: venues.map((venue) => `${venue.name}×${venue.groups}`),
    unplaced,
  }));

describe('venueKey: one venue however it is typed', () => {
  const same: Array<[string, string]> = [
    [' Paris ', 'paris'],
    ['PARIS', 'paris'],
    ['Ｐａｒｉｓ', 'paris'],
    ['New   York', 'new york'],
    ['Straße', 'strasse'],
    ['STRAẞE', 'strasse'],
    ['STRASSE', 'strasse'],
    ['ΟΔΟΣ', 'οδος'],
    ['MONTRE\u0301AL', 'montréal'],
    ['ﬁgueira', 'figueira'],
    ['الرباط', 'الرباط'],
    ['   ', ''],
  ];
  for (const [typed, key] of same) it(`${JSON.stringify(typed)} → ${JSON.stringify(key)}`, () => expect(venueKey(typed)).to.equal(key));

  it('keeps accents and letters apart: São Paulo is not Sao Paulo', () => {
    expect(venueKey('São Paulo')).to.not.equal(venueKey('Sao Paulo'));
    expect(venueKey('Lyon')).to.not.equal(venueKey('Lyons'));
  });

  it('is a key: applying it twice changes nothing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (venue) => venueKey(venueKey(venue)) === venueKey(venue)));
  });
});

describe('venuesBacking: which venues back each proposal', () => {
  it('groups venues by key, named as the earliest-joined group typed it; groups without a venue are counted apart', () => {
    const view = derive([...start, add(A, at(10), 'Free buses', id('buses')), endorse(B, at(11), id('buses')), endorse(C, at(12), id('buses')), endorse(D, at(13), id('buses'))]);
    expect(summary(venuesBacking(view))).to.deep.equal([{ text: 'Free buses', venues: ['Paris×2', 'Dakar×1'], unplaced: 1 }]);
  });

  it('lists venues in the order their first group joined, whoever endorsed first', () => {
    const view = derive([...start, add(C, at(10), 'Clean water', id('water')), endorse(E, at(11), id('water'))]);
    expect(summary(venuesBacking(view))[0]!.venues).to.deep.equal(['Paris×1', 'Dakar×1']);
  });

  it('counts what the endorsement count counts: not removed groups, not endorsements of a replaced revision', () => {
    const view = derive([
      ...start,
      add(A, at(10), 'Free buses', id('buses')),
      endorse(C, at(11), id('buses')),
      add(B, at(12), 'Clean water', id('water')),
      endorse(C, at(13), id('water')),
      revise(B, at(14), id('water'), id('water'), 'Clean water for all', id('water2')),
      remove(F, at(15), A),
    ]);
    expect(summary(venuesBacking(view))).to.deep.equal([
      { text: 'Free buses', venues: ['Dakar×1'], unplaced: 0 },
      { text: 'Clean water for all', venues: ['PARIS×1'], unplaced: 0 },
    ]);
    for (const { proposal, venues, unplaced } of venuesBacking(view)) {
      expect(venues.reduce((sum, venue) => sum + venue.groups, unplaced)).to.equal(proposal.endorsements);
    }
  });

  it('follows a rename: the group now backs from its new venue', () => {
    const view = derive([...start, add(C, at(10), 'Free buses'), rename(F, at(11), C, 'Table 3', 'paris')]);
    expect(summary(venuesBacking(view))[0]!.venues).to.deep.equal(['Paris×1']);
    expect(sessionVenues(view.groups).map((venue) => venue.name)).to.deep.equal(['Paris']);
  });
});

describe('acrossVenuesOrder: beside the workshop order, never instead of it', () => {
  const view = derive([
    ...start,
    add(A, at(10), 'Paris only, three groups', id('paris')),
    endorse(B, at(11), id('paris')),
    endorse(E, at(12), id('paris')),
    add(A, at(13), 'Two cities', id('two')),
    endorse(C, at(14), id('two')),
    add(C, at(15), 'Dakar only', id('dakar')),
    add(D, at(16), 'No venue', id('none')),
    add(B, at(17), 'Paris only, one group', id('paris1')),
  ]);
  const texts = (proposals: readonly { current: { text: string } }[]) => proposals.map((p) => p.current.text);
  const cases: Array<{ name: string; order: () => string[]; expected: string[] }> = [
    {
      name: 'the workshop order is unchanged (R6: count, then admission)',
      order: () => texts(view.proposals),
      expected: ['Paris only, three groups', 'Two cities', 'Dakar only', 'No venue', 'Paris only, one group'],
    },
    {
      name: 'across venues: venues first, then count, then the workshop rank',
      order: () => texts(acrossVenuesOrder(venuesBacking(view)).map((b) => b.proposal)),
      expected: ['Two cities', 'Paris only, three groups', 'Dakar only', 'Paris only, one group', 'No venue'],
    },
  ];
  for (const { name, order, expected } of cases) it(name, () => expect(order()).to.deep.equal(expected));

  it('is stable and leaves its input alone', () => {
    const backing = venuesBacking(view);
    const before = backing.map((b) => b.proposal.id);
    acrossVenuesOrder(backing);
    expect(backing.map((b) => b.proposal.id)).to.deep.equal(before);
    expect(acrossVenuesOrder(acrossVenuesOrder(backing))).to.deep.equal(acrossVenuesOrder(backing));
  });
});

describe('venueConsensus: what the publish page and the exports show', () => {
  it('is nothing with one venue however it is spelled, where backing would tell nothing', () => {
    const paris = [session(F, at(1), 'One city'), join(A, at(2), 'Table 1', 'Paris'), join(B, at(3), 'Table 2', ' PARIS '), join(D, at(4), 'Table 4')];
    expect(venueConsensus(derive([...paris, add(A, at(10), 'Free buses')]))).to.equal(null);
  });

  it('with two venues or more: their number, the backing in the workshop order and the across-venues order', () => {
    const view = derive([...start, add(A, at(10), 'Paris only', id('paris')), endorse(B, at(11), id('paris')), add(A, at(12), 'Both', id('both')), endorse(C, at(13), id('both'))]);
    const consensus = venueConsensus(view)!;
    expect(consensus.total).to.equal(2);
    expect(consensus.backing.map((b) => b.proposal.current.text)).to.deep.equal(['Paris only', 'Both']);
    expect(consensus.across.map((b) => b.proposal.current.text)).to.deep.equal(['Both', 'Paris only']);
  });
});
