// `--source file.json`: the source sessions' own exports, to check the digests, ranks and texts their candidates claim.
import { exportDigest } from '../src/doc/convergence-setup.ts';
import { verifyResult } from '../src/doc/verify-result.ts';
import type { CandidateRecord } from '../src/domain/records.ts';
import { parseRecord } from '../src/domain/validate.ts';

export interface SourceFile {
  name: string;
  text: string;
}

/** The convergence export's candidates, as its records hold them (their signatures are the report's business). */
function candidatesOf(exportText: string): CandidateRecord[] {
  const records = (JSON.parse(exportText) as { records: unknown[] }).records;
  const parsed = records.map((r) => parseRecord(r));
  return parsed.flatMap((p) => (p.ok && p.record.kind === 'candidate' ? [p.record] : []));
}

/** Lines about each source file, and whether every one of them backs what its candidates claim. */
export async function sourceLines(exportText: string, sources: readonly SourceFile[]): Promise<{ ok: boolean; lines: string[] }> {
  const candidates = candidatesOf(exportText);
  const lines = ['', 'Source exports given:'];
  let ok = true;
  const named = new Set<string>();
  for (const source of sources) {
    const digest = await exportDigest(source.text);
    const citing = candidates.filter((c) => c.source.digest === digest);
    citing.forEach((c) => named.add(c.id));
    if (citing.length === 0) {
      lines.push(`  ${source.name}: no candidate names this file (SHA-256 ${digest}).`);
      ok = false;
      continue;
    }
    const outcome = await verifyResult(source.text);
    const proposals = outcome.ok ? ((JSON.parse(source.text) as { proposals?: { id: string; rank: number; text: string }[] }).proposals ?? []) : [];
    const wrong = citing.filter((c) => {
      const there = proposals.find((p) => p.id === c.source.proposal);
      return !there || there.rank !== c.rank || there.text !== c.text;
    });
    const verdict = !outcome.ok || !outcome.report.verified ? 'the file itself does not verify' : wrong.length ? `${wrong.length} claim another rank or text than the file: ${wrong.map((c) => c.id).join(', ')}` : 'ranks and texts as the file says';
    if (!outcome.ok || !outcome.report.verified || wrong.length) ok = false;
    lines.push(`  ${source.name}: named by ${citing.length} ${citing.length === 1 ? 'candidate' : 'candidates'} (same SHA-256); ${verdict}.`);
  }
  const unchecked = candidates.filter((c) => !named.has(c.id)).length;
  if (unchecked) lines.push(`  ${unchecked} ${unchecked === 1 ? 'candidate names' : 'candidates name'} a source export not given here.`);
  return { ok, lines };
}
