import { expect } from 'chai';
import { AwaitingKeys } from '../../src/domain/awaiting-keys.ts';
import { carriesKey, type WorkshopRecord } from '../../src/domain/records.ts';
import type { TrustContext } from '../../src/domain/trust.ts';
import { add, at, endorse, group, id, join, lock, session } from '../support/records.ts';

const A = group('a');
const B = group('b');

/** Records whose ids start with "?" have an unknown signer; every other one is authentic. */
const trust: TrustContext = { anchor: null, authenticity: (r) => (r.id.startsWith('?') ? 'unknown-signer' : 'authentic') };
const unknown = (name: string): string => id(`?${name}`);

describe('carriesKey', () => {
  const kinds: Array<[string, WorkshopRecord, boolean]> = [
    ['a join carries its group’s key', join(A, at(1), 'Table 1'), true],
    ['a session record carries the facilitator’s key', session(A, at(1), 'Forum'), true],
    ['an add does not', add(A, at(1), 'Idea'), false],
    ['an endorsement does not', endorse(A, at(1), id('p')), false],
    ['a facilitator record does not', lock(A, at(1)), false],
  ];
  for (const [name, record, expected] of kinds) {
    it(name, () => {
      expect(carriesKey(record)).to.equal(expected);
    });
  }
});

describe('AwaitingKeys', () => {
  const waitingA1 = add(A, at(5), 'before its join', unknown('a1'));
  const waitingA2 = endorse(A, at(6), id('p'), unknown('a2'));
  const waitingB = add(B, at(7), 'B too', unknown('b1'));
  const authentic = add(A, at(8), 'known signer', id('ok'));

  const cases: Array<[string, WorkshopRecord[], WorkshopRecord[], WorkshopRecord[]]> = [
    ['a join releases its author’s waiting records, in the order noted', [waitingA1, authentic, waitingA2, waitingB], [join(A, at(9), 'Table 1')], [waitingA1, waitingA2]],
    ['a session record releases its author’s too', [waitingA1], [session(A, at(9), 'Forum')], [waitingA1]],
    ['records carrying no key release nothing', [waitingA1, waitingB], [add(A, at(9), 'more'), endorse(B, at(9), id('p'))], []],
    ['a join of another author releases nothing', [waitingA1], [join(B, at(9), 'Table 2')], []],
    ['authentic records never wait', [authentic], [join(A, at(9), 'Table 1')], []],
    ['joins of two authors release both', [waitingA1, waitingB], [join(B, at(9), 'Table 2'), join(A, at(10), 'Table 1')], [waitingB, waitingA1]],
  ];
  for (const [name, noted, arriving, released] of cases) {
    it(name, () => {
      const awaiting = new AwaitingKeys(trust);
      awaiting.note(noted);
      expect(awaiting.releasedBy(arriving)).to.deep.equal(released);
    });
  }

  it('releases records once: they stop waiting', () => {
    const awaiting = new AwaitingKeys(trust);
    awaiting.note([waitingA1]);
    expect(awaiting.releasedBy([join(A, at(9), 'Table 1')])).to.deep.equal([waitingA1]);
    expect(awaiting.releasedBy([join(A, at(10), 'Table 1')])).to.deep.equal([]);
  });

  it('forgets every waiting record when cleared (a replay of the whole document)', () => {
    const awaiting = new AwaitingKeys(trust);
    awaiting.note([waitingA1, waitingB]);
    awaiting.clear();
    expect(awaiting.releasedBy([join(A, at(9), 'Table 1'), join(B, at(9), 'Table 2')])).to.deep.equal([]);
  });
});
