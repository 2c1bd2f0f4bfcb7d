import type { TextProblem } from './text.ts';

/** How a refused text is named among an action's problems: the one vocabulary the writer and the forms share. */
export type TextRefusal = 'text-empty' | 'text-too-long';

export function textRefusal(problem: TextProblem): TextRefusal {
  return problem === 'empty' ? 'text-empty' : 'text-too-long';
}
