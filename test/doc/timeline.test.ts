import { expect } from 'chai';
import fc from 'fast-check';
import { deriveView } from '../../src/domain/derive.ts';
import { TimelinePlayer } from '../../src/domain/timeline.ts';
import { createReplica, syncAll } from '../support/replica.ts';
import { TRUST_ALL } from '../support/trust.ts';

type Step = { replica: number; kind: 'add' | 'edit' | 'endorse' | 'withdraw' | 'sync'; pick: number; ms: number };

const step: fc.Arbitrary<Step> = fc.record({
  replica: fc.nat(2),
  kind: fc.constantFrom('add', 'add', 'edit', 'endorse', 'endorse', 'withdraw', 'sync'),
  pick: fc.nat(),
  ms: fc.nat(5000),
});

/**
 * A random session written by three replicas with skewed clocks (real signatures); returns its records in
 * the total order and the trust of the replica they were read from, as the projector's replay gets them.
 */
async function randomSession(skews: number[], steps: Step[]) {
  const replicas = await Promise.all(skews.map((skew, i) => createReplica(i + 1, { now: 1_700_000_000_000 + skew })));
  for (const r of replicas) await r.writer.join(r.group, `Group ${r.doc.clientID}`);
  await syncAll(replicas);
  for (const { replica, kind, pick, ms } of steps) {
    const r = replicas[replica]!;
    r.now += ms;
    const proposals = r.store.view.proposals;
    const target = proposals[pick % Math.max(1, proposals.length)];
    if (kind === 'sync') await syncAll(replicas);
    else if (kind === 'add') await r.writer.addProposal(r.group, `idea ${pick}`);
    else if (target && kind === 'edit') await r.writer.editProposal(r.group, target.id, target.current.id, `edit ${pick}`);
    else if (target && kind === 'endorse') await r.writer.endorse(r.group, target.current.id);
    else if (target && kind === 'withdraw') await r.writer.withdrawEndorsement(r.group, target.current.id);
  }
  await syncAll(replicas);
  const { store } = replicas[0]!;
  // Every record counted: nothing refused, so the timeline's last stop is the whole session.
  expect(store.view.diagnostics).to.deep.equal([]);
  return { records: store.records, trust: store.trust };
}

describe('timeline replay (projector)', () => {
  it('the document at time t equals deriving from the records up to t, in any order of seeking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: -3000, max: 3000 }), { minLength: 3, maxLength: 3 }),
        fc.array(step, { minLength: 1, maxLength: 60 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        async (skews, steps, positions) => {
          const { records, trust } = await randomSession(skews, steps);
          const player = new TimelinePlayer(records, trust);
          const span = player.span!;
          for (const position of positions) {
            const time = Math.round(span.start - 10 + position * (span.end - span.start + 20));
            const expected = deriveView(records.filter((r) => r.hlc[0] <= time), trust);
            expect(player.viewAt(time)).to.deep.equal(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('offers one stop per distinct moment, oldest first, ending with the whole document', async () => {
    const { records, trust } = await randomSession([0, 100, -100], [
      { replica: 0, kind: 'add', pick: 1, ms: 10 },
      { replica: 1, kind: 'add', pick: 2, ms: 10 },
      { replica: 2, kind: 'sync', pick: 0, ms: 0 },
      { replica: 2, kind: 'endorse', pick: 0, ms: 10 },
    ]);
    const player = new TimelinePlayer(records, trust);
    const moments = player.moments();
    expect(moments).to.deep.equal([...new Set(records.map((r) => r.hlc[0]))].sort((a, b) => a - b));
    const whole = player.viewAt(moments[moments.length - 1]!);
    expect(whole).to.deep.equal(deriveView(records, trust));
    expect(whole.appliedRecords).to.equal(records.length);
    expect(player.viewAt(moments[0]! - 1).appliedRecords).to.equal(0);
    // The records are signed: a trust that knows no signature shows nothing at any moment.
    const unverified = new TimelinePlayer(records, { anchor: null, authenticity: () => 'unknown-signer' });
    expect(unverified.viewAt(moments[moments.length - 1]!).appliedRecords).to.equal(0);
    // TRUST_ALL, as the rule tests use it, agrees with the real verdicts on honest records.
    expect(new TimelinePlayer(records, TRUST_ALL).viewAt(moments[moments.length - 1]!)).to.deep.equal(whole);
  });
});
