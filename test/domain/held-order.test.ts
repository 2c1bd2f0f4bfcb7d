import { expect } from 'chai';
import { inHeldOrder, sameOrder } from '../../src/domain/held-order.ts';

const p = (id: string, count = 1) => ({ id, count });

describe('inHeldOrder: the scribe’s list while it is being used', () => {
  it('keeps every proposal where the scribe saw it, with its current data', () => {
    const ranked = [p('b', 3), p('c', 2), p('a', 0)];
    expect(inHeldOrder(ranked, ['a', 'b', 'c'])).to.deep.equal([p('a', 0), p('b', 3), p('c', 2)]);
  });

  it('puts proposals that arrived meanwhile after the held ones, so nothing above them shifts', () => {
    expect(inHeldOrder([p('d', 5), p('a'), p('b')], ['a', 'b']).map((x) => x.id)).to.deep.equal(['a', 'b', 'd']);
  });

  it('drops a proposal that is gone', () => {
    expect(inHeldOrder([p('b')], ['a', 'b']).map((x) => x.id)).to.deep.equal(['b']);
  });

  it('sameOrder compares ids in order', () => {
    expect(sameOrder([p('a'), p('b')], [p('a', 9), p('b')])).to.equal(true);
    expect(sameOrder([p('a'), p('b')], [p('b'), p('a')])).to.equal(false);
    expect(sameOrder([p('a')], [p('a'), p('b')])).to.equal(false);
  });
});
