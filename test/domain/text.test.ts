import { expect } from 'chai';
import { PROPOSAL_TEXT_MAX, textLength, textProblem } from '../../src/domain/text.ts';

describe('text limits', () => {
  const lengths: Array<[string, number]> = [
    ['', 0],
    ['abc', 3],
    ['año', 3],
    ['😀', 1],
    ['👍🏽', 2],
    ['<b>x</b>', 8],
  ];
  for (const [text, length] of lengths) {
    it(`"${text}" has ${length} characters`, () => expect(textLength(text)).to.equal(length));
  }

  const problems: Array<[string, string, ReturnType<typeof textProblem>]> = [
    ['0 characters', '', 'empty'],
    ['only spaces', '   \n\t ', 'empty'],
    ['1 character', 'a', null],
    ['1,000 characters', 'a'.repeat(PROPOSAL_TEXT_MAX), null],
    ['1,000 characters plus surrounding spaces', `  ${'a'.repeat(PROPOSAL_TEXT_MAX)}  `, null],
    ['1,001 characters', 'a'.repeat(PROPOSAL_TEXT_MAX + 1), 'too-long'],
    ['1,000 emoji', '😀'.repeat(PROPOSAL_TEXT_MAX), null],
  ];
  for (const [name, text, expected] of problems) {
    it(`${name}: ${expected ?? 'fits'}`, () => expect(textProblem(text, PROPOSAL_TEXT_MAX)).to.equal(expected));
  }
});
