import type { WorkshopRecord } from '../domain/records.ts';
import { textProblem } from '../domain/text.ts';
import { textRefusal, type TextRefusal } from '../domain/text-refusal.ts';

/** Why an action was refused before anything was written; the UI turns each into a message. */
export type ActionProblem =
  | TextRefusal
  | 'document-full'
  | 'not-joined'
  | 'already-joined'
  | 'unknown-proposal'
  | 'unknown-revision'
  | 'not-current'
  | 'already-endorsed'
  | 'not-endorsed'
  | 'invalid-record'
  /** This tab holds no key for the group (or facilitator) it tried to speak for. */
  | 'no-key'
  | 'session-locked'
  | 'not-facilitator'
  | 'unknown-group';

export type ActionResult = { ok: true; record: WorkshopRecord } | { ok: false; problem: ActionProblem };
export type PendingAction = Promise<ActionResult>;

export const refuse = (problem: ActionProblem): ActionResult => ({ ok: false, problem });

/** What is wrong with a text an action writes, against its limits; null when it fits. */
export function textActionProblem(text: string, max: number, min?: number): ActionProblem | null {
  const problem = textProblem(text, max, min);
  return problem ? textRefusal(problem) : null;
}
