import { compareSummary } from '../domain/export/compare-summary.ts';
import { exportSummary, parseJsonExport, type ImportProblem } from '../domain/export/json.ts';
import { missingReferences } from '../domain/references.ts';
import { authorityOf } from '../domain/trust.ts';
import { inauthentic, originHolds, tallyAuthentic, undetectable, type OriginCheck, type VerificationReport } from '../domain/verification.ts';
import { checkSignatures, placeRecords, replayNoting, type CheckedRecords } from './verify-records.ts';
import { parseViewLink, type ViewLink } from './view-link.ts';
import type { CandidateRecord, WorkshopRecord } from '../domain/records.ts';
import type { ProvenanceCheck } from '../domain/verification.ts';
import type { WorkshopView } from '../domain/view.ts';
import { checkCandidate } from './candidate-proof.ts';

export type VerifyProblem = ImportProblem | 'bad-link';
export type VerifyOutcome = { ok: true; report: VerificationReport } | { ok: false; problem: VerifyProblem };

/**
 * Checks an exported result: every signature against the room (the view link's, else the file's own), the
 * session record against the facilitator the link names, then replays the authentic records under the same
 * rules and compares what they give with the file's summary, field by field. Needs no network and no store.
 * `pureJs` checks with the pure-JS code, as a page without WebCrypto does (tests).
 */
export async function verifyResult(text: string, link: string | null = null, options: { pureJs?: boolean } = {}): Promise<VerifyOutcome> {
  const named = link === null ? null : parseViewLink(link);
  if (link !== null && named === null) return { ok: false, problem: 'bad-link' };
  const parsed = parseJsonExport(text);
  if (!parsed.ok) return parsed;
  // parseJsonExport has checked it is an object with a non-empty `records` array.
  const data = JSON.parse(text) as Record<string, unknown> & { records: unknown[] };
  const { valid, rejected } = placeRecords(data.records);
  const records = valid.map((p) => p.record);
  const room = named ? named.room : parsed.room;
  const checked = await checkSignatures(records, room, named ? named.facilitator : parsed.facilitator, options.pureJs);
  const replayed = replayNoting(valid, checked);
  const authentic = records.filter((r) => checked.trust.authenticity(r) === 'authentic');
  const origin = originOf(named, parsed.room, records, checked);
  const ignored = [...rejected, ...replayed.ignored];
  const differences = compareSummary(data, exportSummary(replayed.view));
  const missing = missingReferences(authentic);
  const report: VerificationReport = {
    origin,
    records: { total: data.records.length, authentic: authentic.length },
    ...tallyAuthentic(authentic, replayed.view, checked.authority.facilitators),
    ignored,
    differences,
    missing,
    undetectable: undetectable(origin),
    verified: differences.length === 0 && missing.length === 0 && inauthentic(ignored) === 0 && originHolds(origin),
    provenance: await provenanceOf(replayed.view, authentic, options.pureJs),
  };
  return { ok: true, report };
}

/** The link's room and facilitator against the file's, or, without a link, what the file says of itself. */
function originOf(named: ViewLink | null, exportedRoom: string | null, records: readonly WorkshopRecord[], checked: CheckedRecords): OriginCheck {
  const ruling = checked.authority.session?.author ?? null;
  if (named === null) return { kind: 'self-consistency', room: exportedRoom, facilitator: ruling };
  // When the link's facilitator has no session here, say whose session the records do hold.
  const recordsFacilitator = ruling ?? authorityOf(records, { ...checked.trust, anchor: null }).session?.author ?? null;
  return {
    kind: 'link',
    room: named.room,
    facilitator: named.facilitator,
    exportedRoom,
    recordsFacilitator,
    roomMatches: exportedRoom === named.room,
    facilitatorMatches: named.facilitator === null ? null : ruling === named.facilitator,
  };
}

/** Every candidate the session holds, checked against its proof; the export's own verdict does not depend on them. */
async function provenanceOf(view: WorkshopView, authentic: readonly WorkshopRecord[], pureJs?: boolean): Promise<ProvenanceCheck> {
  const byId = new Map<string, CandidateRecord>();
  for (const r of authentic) if (r.kind === 'candidate' && !byId.has(r.id)) byId.set(r.id, r);
  const candidates = view.candidates.map((c) => byId.get(c.id)!);
  const check: ProvenanceCheck = { candidates: view.candidates.length, verified: 0, countAsClaimed: [], notVerified: [] };
  for (const record of candidates) {
    const verdict = await checkCandidate(record, { pureJs });
    if (verdict.holds) check.verified++;
    else check.notVerified.push({ candidate: record.id, problem: verdict.problem ?? 'unknown' });
    if (verdict.holds && !verdict.countProven) check.countAsClaimed.push(record.id);
  }
  return check;
}
