// `npm run verify -- export.json [view link]`: exit 0 when the result verifies, 1 when anything is altered or
// inauthentic, 2 when the input cannot be read.
import { readFile } from 'node:fs/promises';
import { verifyResult, type VerifyProblem } from '../src/doc/verify-result.ts';
import { reportLines } from './verify-words.ts';

const USAGE = 'Usage: npm run verify -- export.json ["https://…/#/v/<room>.<facilitator>"]';

const PROBLEMS: Record<VerifyProblem, string> = {
  'not-json': 'The file is not JSON.',
  'not-an-export': 'The file is not a JSON export of this app.',
  'unknown-version': 'The file is an export of a version this verifier does not know.',
  'no-records': 'The file carries no records: there is nothing to verify.',
  'bad-link': 'This is not a view link. Give the session’s view link in full (…#/v/…), or none.',
};

/** Runs the check; returns the exit code and the lines to print, so tests need no process. */
export async function verifyCommand(args: readonly string[]): Promise<{ code: 0 | 1 | 2; lines: string[] }> {
  const [file, link, ...rest] = args;
  if (!file || rest.length) return { code: 2, lines: [USAGE] };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { code: 2, lines: [`Cannot read ${file}: ${(error as Error).message}`] };
  }
  const outcome = await verifyResult(text, link ?? null);
  if (!outcome.ok) return { code: 2, lines: [`${file}: ${PROBLEMS[outcome.problem]}`] };
  return { code: outcome.report.verified ? 0 : 1, lines: [`Verifying ${file}.`, ...reportLines(outcome.report)] };
}
