import { parseJsonExport } from '../domain/export/json.ts';
import { candidateBodies } from '../domain/proof-selection.ts';
import type { ActorId, CandidateRecord, LanguageTag, RecordBody } from '../domain/records.ts';
import type { VerificationReport } from '../domain/verification.ts';
import type { ActionResult } from './action-problems.ts';
import { base64url } from './crypto/base64url.ts';
import { sha256 } from './crypto/sha256.ts';
import { checkSignatures, placeRecords, replayNoting } from './verify-records.ts';
import { verifyResult, type VerifyProblem } from './verify-result.ts';
import type { WorkshopWriter } from './writer.ts';

/** An earlier session read from its JSON export, ready to give the convergence session its candidates. */
export interface SourceSession {
  title: string;
  room: string;
  facilitator: ActorId;
  /** SHA-256 of the export's bytes (UTF-8), base64url: every candidate names the file it came from. */
  digest: string;
  /** How many candidates it gives: one per final proposal. */
  candidates: number;
  /** The result verifier's verdict on the whole export, and its report. */
  verified: boolean;
  report: VerificationReport;
  /** The candidate records to write, proofs included. */
  bodies: RecordBody<CandidateRecord>[];
}

/** `unsigned`: an export made before records were signed names no room, so nothing in it can be proven. */
export type SourceProblem = VerifyProblem | 'unsigned';
export type SourceOutcome = { ok: true; source: SourceSession } | { ok: false; problem: SourceProblem };

/** The export's SHA-256, as the verifier's `--source` recomputes it from the file. */
export async function exportDigest(text: string, pureJs?: boolean): Promise<string> {
  return base64url(await sha256(new TextEncoder().encode(text), pureJs));
}

/**
 * Reads a source session's export: verifies it as the verify page does, then makes one candidate per final
 * proposal from its authentic records, in its order, with the proof a convergence session's readers check.
 */
export async function readSource(text: string, options: { pureJs?: boolean } = {}): Promise<SourceOutcome> {
  const verified = await verifyResult(text, null, options);
  if (!verified.ok) return verified;
  const parsed = parseJsonExport(text);
  if (!parsed.ok) return parsed;
  const facilitator = parsed.facilitator ?? verified.report.origin.facilitator;
  if (parsed.room === null || facilitator === null) return { ok: false, problem: 'unsigned' };
  const { valid } = placeRecords((JSON.parse(text) as { records: unknown[] }).records);
  const checked = await checkSignatures(valid.map((p) => p.record), parsed.room, facilitator, options.pureJs);
  const authentic = valid.filter((p) => checked.trust.authenticity(p.record) === 'authentic');
  const { view } = replayNoting(authentic, checked);
  const title = view.title ?? parsed.room;
  const digest = await exportDigest(text, options.pureJs);
  const records = authentic.map((p) => p.record);
  const bodies = candidateBodies(records, view, checked.authority, { room: parsed.room, facilitator, title, digest });
  const source = { title, room: parsed.room, facilitator, digest, candidates: bodies.length, verified: verified.report.verified, report: verified.report, bodies };
  return { ok: true, source };
}

/**
 * Starts a convergence session in a document just opened for it (as the start page's create flow opens one):
 * the session record, then one candidate record per final proposal of each source, each source once. One
 * record per transaction, so no update outgrows what the relay takes in one message.
 */
export async function startConvergence(
  writer: WorkshopWriter,
  facilitator: ActorId,
  title: string,
  sources: readonly SourceSession[],
  languages?: readonly LanguageTag[],
): Promise<ActionResult> {
  const created = await writer.createSession(facilitator, title, languages);
  if (!created.ok) return created;
  const seen = new Set<string>();
  for (const source of sources) {
    if (seen.has(source.digest)) continue;
    seen.add(source.digest);
    for (const body of source.bodies) {
      const written = await writer.addCandidate(facilitator, body);
      if (!written.ok) return written;
    }
  }
  return created;
}
