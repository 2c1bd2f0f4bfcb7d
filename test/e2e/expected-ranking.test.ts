import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExpectedRanking } from './expected-ranking.ts';

// The end-to-end expectations are only as good as this model, so it is checked on its own first.

test('new proposals count their author and keep admission order on ties (R3, R6)', () => {
  const model = new ExpectedRanking();
  model.add('A', 'first');
  model.add('B', 'second');
  assert.deepEqual(model.projected(), [
    { text: 'first', count: 1 },
    { text: 'second', count: 1 },
  ]);
});

test('more endorsements rank higher; withdrawing lowers the count (R5, R6)', () => {
  const model = new ExpectedRanking();
  model.add('A', 'first');
  model.add('B', 'second');
  model.endorse('C', 'second');
  assert.deepEqual(model.projected().map((p) => p.text), ['second', 'first']);
  model.withdraw('B', 'second');
  model.withdraw('C', 'second');
  assert.deepEqual(model.projected(), [
    { text: 'first', count: 1 },
    { text: 'second', count: 0 },
  ]);
});

test("an edit keeps the proposal's admission place and only the editor's endorsement (R4, R5)", () => {
  const model = new ExpectedRanking();
  model.add('A', 'first');
  model.add('B', 'second');
  model.endorse('C', 'first');
  model.edit('B', 'first', 'first, reworded');
  assert.deepEqual(model.projected(), [
    { text: 'first, reworded', count: 1 },
    { text: 'second', count: 1 },
  ]);
  assert.equal(model.endorses('A', 'first, reworded'), false);
  assert.equal(model.endorses('B', 'first, reworded'), true);
});

test('an eleventh proposal is refused (R7)', () => {
  const model = new ExpectedRanking();
  for (let i = 0; i < 10; i++) model.add('A', `idea ${i}`);
  assert.throws(() => model.add('A', 'one too many'), /11th/);
  assert.equal(model.size, 10);
});
