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

/** A random session written by three replicas with skewed clocks; returns its records in the total order. */
function randomSession(skews: number[], steps: Step[]) {
  const replicas = skews.map((skew, i) => createReplica(i + 1, 1_700_000_000_000 + skew));
  for (const r of replicas) r.writer.join(r.group, `Group ${r.doc.clientID}`);
  syncAll(replicas);
  for (const { replica, kind, pick, ms } of steps) {
    const r = replicas[replica]!;
    r.now += ms;
    const proposals = r.store.view.proposals;
    const target = proposals[pick % Math.max(1, proposals.length)];
    if (kind === 'sync') syncAll(replicas);
    else if (kind === 'add') r.writer.addProposal(r.group, `idea ${pick}`);
    else if (target && kind === 'edit') r.writer.editProposal(r.group, target.id, target.current.id, `edit ${pick}`);
    else if (target && kind === 'endorse') r.writer.endorse(r.group, target.current.id);
    else if (target && kind === 'withdraw') r.writer.withdrawEndorsement(r.group, target.current.id);
  }
  syncAll(replicas);
  return replicas[0]!.store.records;
}

describe('timeline replay (projector)', () => {
  it('the document at time t equals deriving from the records up to t, in any order of seeking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -3000, max: 3000 }), { minLength: 3, maxLength: 3 }),
        fc.array(step, { minLength: 1, maxLength: 60 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (skews, steps, positions) => {
          const records = randomSession(skews, steps);
          const player = new TimelinePlayer(records, TRUST_ALL);
          const span = player.span!;
          for (const position of positions) {
            const time = Math.round(span.start - 10 + position * (span.end - span.start + 20));
            const expected = deriveView(records.filter((r) => r.hlc[0] <= time), TRUST_ALL);
            expect(player.viewAt(time)).to.deep.equal(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('offers one stop per distinct moment, oldest first, ending with the whole document', () => {
    const records = randomSession([0, 100, -100], [
      { replica: 0, kind: 'add', pick: 1, ms: 10 },
      { replica: 1, kind: 'add', pick: 2, ms: 10 },
      { replica: 2, kind: 'sync', pick: 0, ms: 0 },
      { replica: 2, kind: 'endorse', pick: 0, ms: 10 },
    ]);
    const player = new TimelinePlayer(records, TRUST_ALL);
    const moments = player.moments();
    expect(moments).to.deep.equal([...new Set(records.map((r) => r.hlc[0]))].sort((a, b) => a - b));
    expect(player.viewAt(moments[moments.length - 1]!)).to.deep.equal(deriveView(records, TRUST_ALL));
    expect(player.viewAt(moments[0]! - 1).appliedRecords).to.equal(0);
  });
});
