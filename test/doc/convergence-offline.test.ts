import { expect } from 'chai';
import { readSource, startConvergence, type SourceSession } from '../../src/doc/convergence-setup.ts';
import { verifyResult } from '../../src/doc/verify-result.ts';
import { toJsonExport } from '../../src/domain/export/json.ts';
import { createReplica, newSigner, syncAll } from '../support/replica.ts';
import { EXPORTED_AT, signedExport } from '../support/signed-export.ts';

const must = async (action: Promise<{ ok: boolean }>) => expect((await action).ok).to.equal(true);

describe('convergence: three sources, merged while a venue is offline', () => {
  it('both venues end with the same document; its export verifies, every candidate’s proof with it', async () => {
    const sources: SourceSession[] = [];
    for (let i = 0; i < 3; i++) {
      const read = await readSource((await signedExport()).text);
      if (!read.ok) throw new Error(read.problem);
      sources.push(read.source);
    }
    const facilitator = await newSigner();
    const lyon = await createReplica(51, { anchor: facilitator.actor });
    const recife = await createReplica(52, { anchor: facilitator.actor, now: 1_700_000_000_300 });
    lyon.writer.adopt(facilitator);
    await must(startConvergence(lyon.writer, facilitator.actor, 'One document', sources));
    await must(lyon.writer.join(lyon.group, 'Table 1', 'Lyon'));
    await syncAll([lyon, recife]);
    await must(recife.writer.join(recife.group, 'Table 2', 'Recife'));
    const candidates = lyon.store.view.candidates;
    expect(candidates).to.have.length(6);
    // Offline from each other: Lyon merges the first two sources' transit proposals, Recife brings the third's in.
    await must(lyon.writer.bringIn(lyon.group, [candidates[0]!.id, candidates[2]!.id], 'Free public transit everywhere', 'en'));
    await must(recife.writer.bringIn(recife.group, [candidates[4]!.id], candidates[4]!.text));
    await syncAll([lyon, recife]);
    expect(JSON.stringify(recife.store.view)).to.equal(JSON.stringify(lyon.store.view));
    const view = lyon.store.view;
    expect(view.proposals.map((p) => p.from.map((c) => c.id))).to.have.deep.members([[candidates[0]!.id, candidates[2]!.id], [candidates[4]!.id]]);
    expect(view.candidates.map((c) => c.usedBy.length)).to.deep.equal([1, 0, 1, 0, 1, 0]);
    const outcome = await verifyResult(toJsonExport(lyon.store.records, view, EXPORTED_AT, lyon.store.roomId));
    expect(outcome.ok && outcome.report.verified).to.equal(true);
    expect(outcome.ok && outcome.report.provenance).to.deep.equal({ candidates: 6, verified: 6, countAsClaimed: [], notVerified: [] });
  });
});
