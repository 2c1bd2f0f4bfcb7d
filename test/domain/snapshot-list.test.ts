import { expect } from 'chai';
import { SnapshotList } from '../../src/domain/snapshot-list.ts';

describe('SnapshotList', () => {
  it('hands out the same frozen array until the list changes', () => {
    const list = new SnapshotList<number>();
    list.push(1);
    const first = list.snapshot();
    expect(list.snapshot()).to.equal(first);
    expect(Object.isFrozen(first)).to.equal(true);
    list.push(2);
    expect(list.snapshot()).to.not.equal(first);
    expect(list.snapshot()).to.deep.equal([1, 2]);
    expect(first).to.deep.equal([1]);
  });
  it('replacing an item gives a new snapshot and leaves the old one alone', () => {
    const list = new SnapshotList<string>();
    list.push('a');
    const before = list.snapshot();
    list.replace(0, 'b');
    expect(list.snapshot()).to.deep.equal(['b']);
    expect(before).to.deep.equal(['a']);
  });
});
