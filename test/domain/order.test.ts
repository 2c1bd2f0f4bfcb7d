import { expect } from 'chai';
import { compareRecords } from '../../src/domain/order.ts';
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
