import { expect } from 'chai';
import { ENGLISH_EXPORT_LABELS } from '../../src/domain/export/labels.ts';
import { toHtml } from '../../src/domain/export/html.ts';
import { toMarkdown } from '../../src/domain/export/markdown.ts';
import { verifyResult } from '../../src/doc/verify-result.ts';
import type { VerificationReport } from '../../src/domain/verification.ts';
import { convergenceExport, type ConvergenceExport } from '../support/convergence-export.ts';
import { EXPORTED_AT, signedExport, tampered } from '../support/signed-export.ts';

async function verified(text: string): Promise<VerificationReport> {
  const outcome = await verifyResult(text);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.report;
}

describe('a convergence session’s exports and their provenance', () => {
  let session: ConvergenceExport;
  before(async () => {
    session = await convergenceExport();
  });

  it('the JSON export says where each proposal comes from, and verifies with every candidate’s proof', async () => {
    const data = JSON.parse(session.text);
    expect(data.proposals[0].from.map((f: { title: string; places: string[]; rank: number; count: number }) => [f.title, f.places, f.rank, f.count])).to.deep.equal([
      ['Paris–Dakar 2026', ['Paris', 'Dakar'], 1, 2],
      ['Paris–Dakar 2026', ['Dakar'], 2, 1],
    ]);
    expect(Object.keys(data.proposals[0].from[0])).to.deep.equal(['candidate', 'title', 'places', 'room', 'facilitator', 'digest', 'rank', 'count']);
    const report = await verified(session.text);
    expect(report.verified).to.equal(true);
    expect(report.provenance).to.deep.equal({ candidates: 2, verified: 2, countAsClaimed: [], notVerified: [] });
  });

  it('a provenance removed from the summary is a difference', async () => {
    const report = await verified(tampered(session.text, (data) => void delete data.proposals[0]!.from));
    expect(report.verified).to.equal(false);
    expect(report.differences.map((d) => d.field)).to.include('from');
  });

  it('Markdown and HTML add a small “from” line, candidates joined as the projector joins them (none without candidates)', () => {
    expect(toMarkdown(session.view, EXPORTED_AT, ENGLISH_EXPORT_LABELS)).to.contain('*from Paris · Dakar + Dakar*');
    expect(toHtml(session.view, EXPORTED_AT, ENGLISH_EXPORT_LABELS)).to.contain('<span class="from">from Paris · Dakar + Dakar</span>');
    const plain = { ...session.view, proposals: session.view.proposals.map((p) => ({ ...p, from: [] })) };
    expect(toMarkdown(plain, EXPORTED_AT, ENGLISH_EXPORT_LABELS)).to.not.contain('from Paris');
  });

  it('a candidate the facilitator signed but its source does not give is reported, the export itself still authentic', async () => {
    const bad = await convergenceExport({ bad: true });
    const report = await verified(bad.text);
    expect(report.verified).to.equal(true);
    expect(report.provenance.candidates).to.equal(3);
    expect(report.provenance.notVerified.map((n) => n.problem)).to.deep.equal(['text-differs']);
  });

  it('exports made before convergence sessions, without `from`, still verify; a session without candidates reports none', async () => {
    const old = tampered((await signedExport()).text, (data) => data.proposals.forEach((p) => delete p.from));
    const report = await verified(old);
    expect(report.verified).to.equal(true);
    expect(report.provenance).to.deep.equal({ candidates: 0, verified: 0, countAsClaimed: [], notVerified: [] });
  });
});
