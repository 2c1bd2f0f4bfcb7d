import { expect } from 'chai';
import { MAX_COUNTER, compareHlc, isHlc, latestHlc, tickHlc, type Hlc } from '../../src/domain/hlc.ts';

describe('hybrid logical clock', () => {
  const ticks: Array<[string, Hlc | null, number, Hlc]> = [
    ['first reading takes the wall clock', null, 1000, [1000, 0]],
    ['wall clock ahead of everything seen', [900, 7], 1000, [1000, 0]],
    ['same millisecond as the newest record counts up', [1000, 3], 1000, [1000, 4]],
    ['a venue whose clock is behind still ticks past what it saw', [5000, 2], 1000, [5000, 3]],
    ['fractional milliseconds are floored', null, 1000.9, [1000, 0]],
    ['a full counter moves on to the next millisecond', [5000, MAX_COUNTER], 1000, [5001, 0]],
  ];
  for (const [name, last, now, expected] of ticks) {
    it(name, () => expect(tickHlc(last, now)).to.deep.equal(expected));
  }

  it('every tick sorts after what it was given', () => {
    const last: Hlc = [2000, 5];
    for (const now of [0, 1999, 2000, 2001]) expect(compareHlc(tickHlc(last, now), last)).to.be.greaterThan(0);
  });

  it('latestHlc picks the latest reading and skips missing ones', () => {
    expect(latestHlc([])).to.equal(null);
    expect(latestHlc([null, undefined])).to.equal(null);
    expect(latestHlc([[5, 1], null, [7, 0], [5, 9], undefined])).to.deep.equal([7, 0]);
  });

  const shapes: Array<[unknown, boolean]> = [
    [[1, 0], true],
    [[0, 0], true],
    [[Number.MAX_SAFE_INTEGER, 0xffffffff], true],
    [[-1, 0], false],
    [[1.5, 0], false],
    [[1, -1], false],
    [[1, 2 ** 32], false],
    [[1], false],
    [[1, 0, 0], false],
    [['1', 0], false],
    [{ 0: 1, 1: 0, length: 2 }, false],
    [null, false],
  ];
  for (const [value, valid] of shapes) {
    it(`isHlc(${JSON.stringify(value)}) is ${valid}`, () => expect(isHlc(value)).to.equal(valid));
  }
});
