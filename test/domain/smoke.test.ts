import { expect } from 'chai';
import { deriveView } from '../../src/domain/derive.ts';
import { add, at, group, id, join } from '../support/records.ts';

describe('smoke', () => {
  it('derives one proposal', () => {
    const a = group('a');
    const view = deriveView([join(a, at(1), 'A'), add(a, at(2), 'Hello', id('p1'))]);
    expect(view.proposals.map((p) => p.current.text)).to.deep.equal(['Hello']);
  });
});
