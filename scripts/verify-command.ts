// `npm run verify -- export.json [view link]`: exit 0 when the result verifies, 1 when anything is altered or
// inauthentic or a candidate's provenance does not verify, 2 when the input cannot be read.
import { readFile } from 'node:fs/promises';
import { verifyResult, type VerifyProblem } from '../src/doc/verify-result.ts';
import { sourceLines, type SourceFile } from './verify-sources.ts';
import { reportLines } from './verify-words.ts';

const USAGE = 'Usage: npm run verify -- export.json ["https://…/#/v/<room>.<facilitator>"] [--source source-export.json]…';

const PROBLEMS: Record<VerifyProblem, string> = {
  'not-json': 'The file is not JSON.',
  'not-an-export': 'The file is not a JSON export of this app.',
  'unknown-version': 'The file is an export of a version this verifier does not know.',
  'no-records': 'The file carries no records: there is nothing to verify.',
  'bad-link': 'This is not a view link. Give the session’s view link in full (…#/v/…), or none.',
};

/** Runs the check; returns the exit code and the lines to print, so tests need no process. */
export async function verifyCommand(args: readonly string[]): Promise<{ code: 0 | 1 | 2; lines: string[] }> {
  const { positional, sources } = splitArgs(args);
  const [file, link, ...rest] = positional;
  if (!file || rest.length || sources === null) return { code: 2, lines: [USAGE] };
  const read = await readAll([file, ...sources]);
  if (typeof read === 'string') return { code: 2, lines: [read] };
  const [text, ...sourceTexts] = read;
  const outcome = await verifyResult(text!, link ?? null);
  if (!outcome.ok) return { code: 2, lines: [`${file}: ${PROBLEMS[outcome.problem]}`] };
  const given: SourceFile[] = sources.map((name, i) => ({ name, text: sourceTexts[i]! }));
  const checked = given.length ? await sourceLines(text!, given) : { ok: true, lines: [] };
  const lines = [`Verifying ${file}.`, ...reportLines(outcome.report), ...checked.lines];
  // A script reading only the exit code must not take a forged provenance for a verified one.
  const provenanceHolds = outcome.report.provenance.notVerified.length === 0;
  return { code: outcome.report.verified && checked.ok && provenanceHolds ? 0 : 1, lines };
}

/** `--source <file>` may come anywhere, any number of times; null when one names no file. */
function splitArgs(args: readonly string[]): { positional: string[]; sources: string[] | null } {
  const positional: string[] = [];
  const sources: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--source') positional.push(args[i]!);
    else if (args[i + 1] === undefined) return { positional, sources: null };
    else sources.push(args[++i]!);
  }
  return { positional, sources };
}

/** Every file's text, or the line saying which one cannot be read. */
async function readAll(files: readonly string[]): Promise<string[] | string> {
  const texts: string[] = [];
  for (const name of files) {
    try {
      texts.push(await readFile(name, 'utf8'));
    } catch (error) {
      return `Cannot read ${name}: ${(error as Error).message}`;
    }
  }
  return texts;
}
