import { expect } from 'chai';
import fc from 'fast-check';
import { deriveView } from '../../src/domain/derive.ts';
import { PROPOSAL_CAP } from '../../src/domain/reducer.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import { recordsOf } from '../../src/doc/schema.ts';
import type { ActionResult } from '../../src/doc/writer.ts';
import { numberFromEnv } from '../support/env.ts';
import { TestNetwork } from '../support/network.ts';
import { createReplica, type Replica } from '../support/replica.ts';

const REPLICAS = 4;

type Action =
  | { type: 'add'; replica: number; text: string }
  | { type: 'edit'; replica: number; pick: number; text: string }
  | { type: 'endorse'; replica: number; pick: number }
  | { type: 'withdraw'; replica: number; pick: number }
  | { type: 'use-as-edit'; replica: number; pick: number }
  | { type: 'translate'; replica: number; pick: number; lang: string; text: string }
  | { type: 'deliver'; from: number; to: number; count: number; order: number }
  | { type: 'partition'; replica: number; cut: boolean }
  | { type: 'tick'; replica: number; ms: number };

const replicaIndex = fc.nat(REPLICAS - 1);
const text = fc.string({ minLength: 1, maxLength: 12 }).map((s) => `t${s}`);
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('add' as const), replica: replicaIndex, text }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('edit' as const), replica: replicaIndex, pick: fc.nat(), text }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('endorse' as const), replica: replicaIndex, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('withdraw' as const), replica: replicaIndex, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('use-as-edit' as const), replica: replicaIndex, pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('translate' as const),
      replica: replicaIndex,
      pick: fc.nat(),
      lang: fc.constantFrom('en', 'fr'),
      text,
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('deliver' as const),
      from: replicaIndex,
      to: replicaIndex,
      count: fc.integer({ min: 1, max: 6 }),
      order: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('partition' as const), replica: replicaIndex, cut: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('tick' as const), replica: replicaIndex, ms: fc.nat(3000) }) },
);
const skews = fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: REPLICAS, maxLength: REPLICAS });

/** What the fuzzer produced over all runs, so the test can show it exercised every rule. */
const coverage = { runs: 0, actions: 0, notAdmitted: 0, superseded: 0, discounted: 0, replays: 0, withdrawals: 0, outdatedTranslations: 0 };

function perform(replicas: Replica[], network: TestNetwork, step: Action, written: Map<string, WorkshopRecord>): void {
  const pickFrom = <T>(list: readonly T[], pick: number): T | undefined => list[pick % Math.max(1, list.length)];
  const keep = (result: ActionResult) => {
    if (result.ok) written.set(result.record.id, result.record);
  };
  if (step.type === 'deliver') {
    let order = step.order;
    return network.deliver(step.from, step.to, step.count, (length) => (order = (order * 31 + 7) >>> 0) % length);
  }
  if (step.type === 'partition') return network.setPartitioned(step.replica, step.cut);
  const r = replicas[step.replica]!;
  r.now += 1;
  const view = r.store.view;
  switch (step.type) {
    case 'tick':
      r.now += step.ms;
      return;
    case 'add':
      return keep(r.writer.addProposal(r.group, step.text));
    case 'edit': {
      const proposal = pickFrom(view.proposals, step.pick);
      if (proposal) keep(r.writer.editProposal(r.group, proposal.id, proposal.current.id, step.text));
      return;
    }
    case 'endorse': {
      const proposal = pickFrom(view.proposals, step.pick);
      if (proposal) keep(r.writer.endorse(r.group, proposal.current.id));
      return;
    }
    case 'withdraw': {
      const proposal = pickFrom(view.proposals.filter((p) => p.current.endorsers.includes(r.group)), step.pick);
      if (proposal) keep(r.writer.withdrawEndorsement(r.group, proposal.current.id));
      return;
    }
    case 'translate': {
      const proposal = pickFrom(view.proposals, step.pick);
      if (proposal) keep(r.writer.translate(r.group, proposal.current.id, step.lang, step.text));
      return;
    }
    case 'use-as-edit': {
      const mine = view.notAdmitted.filter((a) => a.author === r.group && a.convertedTo === null);
      const add = pickFrom(mine, step.pick);
      const proposal = pickFrom(view.proposals, step.pick);
      if (add && proposal) keep(r.writer.useAsEdit(r.group, add.id, proposal.id));
      return;
    }
  }
}

/** R3–R8 as properties of one converged view, checked against the records that were written. */
function checkRules(view: WorkshopView, records: readonly WorkshopRecord[]): void {
  expect(view.proposals.length).to.be.at.most(PROPOSAL_CAP);
  const byId = new Map(records.map((r) => [r.id, r]));
  const withdrew = (group: string, revision: string) =>
    records.some((r) => r.kind === 'withdraw' && r.author === group && r.revision === revision);
  for (const proposal of view.proposals) {
    const { current } = proposal;
    expect(proposal.endorsements).to.equal(current.endorsers.length);
    for (const group of current.endorsers) {
      const endorsedIt = records.some((r) => r.kind === 'endorse' && r.author === group && r.revision === current.id);
      expect(group === current.author || endorsedIt, 'only endorsements of the current revision count').to.equal(true);
    }
    for (const revision of proposal.revisions) {
      const wrote = byId.get(revision.id);
      expect(wrote && 'text' in wrote && wrote.text).to.equal(revision.text);
      if (!withdrew(revision.author, revision.id)) {
        expect(revision.endorsers, 'every editor endorses its revision').to.include(revision.author);
      }
    }
  }
  for (const proposal of view.proposals) {
    for (const translation of proposal.translations) {
      const ofCurrent = translation.history.filter((t) => t.revision === proposal.current.id);
      expect(translation.outdated, 'outdated exactly when no translation of the current revision exists').to.equal(ofCurrent.length === 0);
      expect(translation.current).to.equal(ofCurrent.at(-1) ?? translation.history.at(-1));
    }
  }
  const current = new Set(view.proposals.map((p) => p.current.id));
  for (const discounted of view.discountedEndorsements) expect(current.has(discounted.revision)).to.equal(false);
  for (const add of view.notAdmitted) expect(byId.get(add.id)).to.include({ kind: 'add', text: add.text });
  const admittedOrRefused = view.proposals.length + view.notAdmitted.length;
  expect(admittedOrRefused).to.equal(records.filter((r) => r.kind === 'add').length);
}

/** `prefill` proposals written and shared before the random part, so runs reach the cap of ten often. */
function runScenario(skew: readonly number[], actions: readonly Action[], prefill = 0): void {
  const replicas = skew.map((ms, i) => createReplica(i + 1, 1_700_000_000_000 + ms));
  const network = new TestNetwork(replicas);
  const written = new Map<string, WorkshopRecord>();
  for (const r of replicas) {
    const joined = r.writer.join(r.group, `Group ${r.doc.clientID}`);
    if (joined.ok) written.set(joined.record.id, joined.record);
  }
  for (let i = 0; i < prefill; i++) perform(replicas, network, { type: 'add', replica: i % REPLICAS, text: `p${i}` }, written);
  network.healAndSync();
  for (const step of actions) perform(replicas, network, step, written);
  network.healAndSync();

  const [first, ...others] = replicas.map((r) => r.store.view);
  for (const view of others) expect(view).to.deep.equal(first);
  for (const r of replicas) {
    expect(r.store.view, 'incremental view equals a derivation from scratch').to.deep.equal(
      deriveView(recordsOf(r.doc).toArray()),
    );
    const ids = new Set(recordsOf(r.doc).map((record) => (record as WorkshopRecord).id));
    for (const id of written.keys()) expect(ids.has(id), `record ${id} survived the merge`).to.equal(true);
  }
  checkRules(first!, [...written.values()]);

  coverage.runs++;
  coverage.actions += actions.length;
  coverage.notAdmitted += first!.notAdmitted.length;
  coverage.superseded += first!.superseded.length;
  coverage.discounted += first!.discountedEndorsements.length;
  coverage.withdrawals += [...written.values()].filter((r) => r.kind === 'withdraw').length;
  coverage.outdatedTranslations += first!.proposals.flatMap((p) => p.translations).filter((t) => t.outdated).length;
  coverage.replays += replicas.reduce((sum, r) => sum + r.store.replays, 0);
  for (const r of replicas) r.doc.destroy();
}

/** Failing cases found by the fuzzer, pinned by name so they run on every test run. */
const regressions: Array<{ name: string; skew: number[]; actions: Action[] }> = [
  {
    name: 'a partitioned venue edits the proposal another venue is editing, then fills the last slot',
    skew: [0, -4000, 3000, 0],
    actions: [
      ...Array.from({ length: 9 }, (_, i): Action => ({ type: 'add', replica: 0, text: `idea ${i}` })),
      { type: 'deliver', from: 0, to: 1, count: 6, order: 0 },
      { type: 'deliver', from: 0, to: 1, count: 6, order: 0 },
      { type: 'partition', replica: 1, cut: true },
      { type: 'edit', replica: 1, pick: 0, text: 'offline edit' },
      { type: 'edit', replica: 0, pick: 0, text: 'online edit' },
      { type: 'add', replica: 1, text: 'offline tenth' },
      { type: 'add', replica: 0, text: 'online tenth' },
      { type: 'endorse', replica: 1, pick: 0 },
      { type: 'partition', replica: 1, cut: false },
      { type: 'use-as-edit', replica: 1, pick: 0 },
    ],
  },
];

describe('convergence (property-based, R3–R8)', function () {
  const numRuns = numberFromEnv('CONVERGENCE_RUNS', 300);
  this.timeout(Math.max(60_000, numRuns * 200));

  for (const { name, skew, actions } of regressions) {
    it(`regression: ${name}`, () => runScenario(skew, actions));
  }

  it(`${numRuns} random sessions on ${REPLICAS} replicas converge to one view that keeps the rules`, () => {
    const started = performance.now();
    fc.assert(
      fc.property(
        skews,
        fc.array(action, { minLength: 10, maxLength: 150, size: 'medium' }),
        fc.nat(10),
        (skew, actions, prefill) => runScenario(skew, actions, prefill),
      ),
      { numRuns },
    );
    console.log(`convergence: ${JSON.stringify({ ...coverage, ms: Math.round(performance.now() - started) })}`);
  });

  it('the fuzzer exercised every rule outcome', () => {
    expect(coverage.runs).to.be.greaterThan(0);
    expect(coverage.notAdmitted, 'adds not admitted').to.be.greaterThan(0);
    expect(coverage.superseded, 'concurrent edits').to.be.greaterThan(0);
    expect(coverage.discounted, 'endorsements of replaced revisions').to.be.greaterThan(0);
    expect(coverage.withdrawals, 'withdrawals').to.be.greaterThan(0);
    expect(coverage.replays, 'late records replayed').to.be.greaterThan(0);
    expect(coverage.outdatedTranslations, 'translations outdated by an edit').to.be.greaterThan(0);
  });
});
