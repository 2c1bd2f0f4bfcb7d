import { expect } from 'chai';
import { GROUP_SYMBOLS, groupSymbol } from '../../src/domain/groups.ts';

describe('group symbols', () => {
  it('the first twelve groups get twelve different shapes', () => {
    const symbols = Array.from({ length: GROUP_SYMBOLS.length }, (_, i) => groupSymbol(i + 1));
    expect(new Set(symbols).size).to.equal(GROUP_SYMBOLS.length);
  });
  it('after the last shape the symbols repeat (the number still tells groups apart)', () => {
    expect(groupSymbol(GROUP_SYMBOLS.length + 1)).to.equal(groupSymbol(1));
  });
});
