import { expect } from 'chai';
import { compareRecords, countUpTo, insertionPoint } from '../../src/domain/order.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { add, at, endorse } from '../support/records.ts';

const sign = (n: number) => Math.sign(n);

describe('total order (R8)', () => {
  const pairs: Array<[string, WorkshopRecord, WorkshopRecord, number]> = [
    ['earlier wall clock first', add('bbbbbbbb', at(1), 'x', 'zzzzzzzz'), add('aaaaaaaa', at(2), 'x', 'aaaaaaaa'), -1],
    ['same wall clock: lower counter first', add('bbbbbbbb', at(5, 0), 'x'), add('aaaaaaaa', at(5, 1), 'x'), -1],
    ['same clock: author breaks the tie', add('aaaaaaaa', at(5), 'x', 'zzzzzzzz'), add('bbbbbbbb', at(5), 'x', 'aaaaaaaa'), -1],
    ['same clock and author: record id', add('aaaaaaaa', at(5), 'x', 'aaaaaaaa'), add('aaaaaaaa', at(5), 'x', 'bbbbbbbb'), -1],
    ['same key, other content: decided by content', add('aaaaaaaa', at(5), 'a', 'idididid'), add('aaaaaaaa', at(5), 'b', 'idididid'), -1],
    ['same key, same content: equal', endorse('aaaaaaaa', at(5), 'rrrrrrrr', 'idididid'), endorse('aaaaaaaa', at(5), 'rrrrrrrr', 'idididid'), 0],
  ];
  for (const [name, first, second, expected] of pairs) {
    it(name, () => {
      expect(sign(compareRecords(first, second))).to.equal(expected);
      expect(sign(compareRecords(second, first))).to.equal(-expected || 0);
    });
  }
});

describe('binary searches over the total order', () => {
  const sorted = [add('aaaaaaaa', at(1), 'x', 'first___'), add('aaaaaaaa', at(3), 'x', 'second__'), add('bbbbbbbb', at(3), 'x', 'third___')];
  const places: Array<[string, WorkshopRecord, number]> = [
    ['before every record', add('aaaaaaaa', at(0), 'x'), 0],
    ['between two clocks', add('aaaaaaaa', at(2), 'x'), 1],
    ['same clock, author between the two at it', add('abababab', at(3), 'x'), 2],
    ['a copy of a record goes after it', sorted[1]!, 2],
    ['after every record', add('aaaaaaaa', at(9), 'x'), 3],
  ];
  for (const [name, record, expected] of places) {
    it(`insertion point: ${name}`, () => {
      expect(insertionPoint(sorted, record)).to.equal(expected);
    });
  }
  it('insertion point in no records is the start', () => {
    expect(insertionPoint([], add('aaaaaaaa', at(1), 'x'))).to.equal(0);
  });

  const counts: Array<[string, number, number]> = [
    ['before every reading', 0, 0],
    ['at the first reading', 1, 1],
    ['at a reading two records share: both', 3, 3],
    ['past every reading', 9, 3],
  ];
  for (const [name, wall, expected] of counts) {
    it(`count up to a reading: ${name}`, () => {
      expect(countUpTo(sorted, at(wall))).to.equal(expected);
    });
  }
});
