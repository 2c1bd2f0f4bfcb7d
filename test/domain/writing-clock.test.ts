import { expect } from 'chai';
import { MAX_COUNTER, isHlc, type Hlc } from '../../src/domain/hlc.ts';
import { MAX_CLOCK_LEAD_MS, nextReading } from '../../src/domain/writing-clock.ts';

const NOW = 1_700_000_000_000;
const HOUR = 60 * 60 * 1000;
const at = (...readings: Hlc[]) => readings.map((hlc) => ({ hlc }));

describe('the writing clock', () => {
  it('ticks past the newest record it has seen', () => {
    expect(nextReading(at([NOW - 5, 0], [NOW - 1, 3]), [], NOW)).to.deep.equal([NOW, 0]);
    expect(nextReading(at([NOW - 5, 0], [NOW, 3]), [], NOW)).to.deep.equal([NOW, 4]);
  });

  it('follows a laptop whose clock is hours ahead, as before', () => {
    expect(nextReading(at([NOW - 5, 0], [NOW + 3 * HOUR, 2]), [], NOW)).to.deep.equal([NOW + 3 * HOUR, 3]);
    expect(nextReading(at([NOW + MAX_CLOCK_LEAD_MS, 2]), [], NOW)).to.deep.equal([NOW + MAX_CLOCK_LEAD_MS, 3]);
  });

  it('does not follow a record dated further ahead than a day: it stays at the end of the order alone', () => {
    const farAhead: Hlc = [NOW + 10 * 365 * 24 * HOUR, 0];
    expect(nextReading(at([NOW - 5, 0], [NOW + MAX_CLOCK_LEAD_MS + 1, 0], farAhead), [], NOW)).to.deep.equal([NOW, 0]);
  });

  it('a record with the largest reading there is cannot leave honest writers without a valid one', () => {
    const poisoned: Hlc = [Number.MAX_SAFE_INTEGER, MAX_COUNTER];
    const next = nextReading(at([NOW - 5, 0], poisoned), [], NOW);
    expect(next).to.deep.equal([NOW, 0]);
    expect(isHlc(next)).to.equal(true);
  });

  it('always follows what it must: its own last record and the records it names, however far ahead', () => {
    const named: Hlc = [NOW + 30 * 24 * HOUR, MAX_COUNTER];
    expect(nextReading(at([NOW - 5, 0], named), [named], NOW)).to.deep.equal([named[0] + 1, 0]);
    expect(nextReading(at([NOW - 5, 0]), [null, undefined, [NOW + 2, 1]], NOW)).to.deep.equal([NOW + 2, 2]);
  });
});
