import { expect } from 'chai';
import fc from 'fast-check';
import { deriveView } from '../../src/domain/derive.ts';
import { PROPOSAL_CAP } from '../../src/domain/reducer.ts';
import { RECORD_VERSION, type WorkshopRecord } from '../../src/domain/records.ts';
import { signingPayload } from '../../src/domain/signing.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import { recordsOf } from '../../src/doc/schema.ts';
import type { ActionResult } from '../../src/doc/writer.ts';
import { numberFromEnv } from '../support/env.ts';
import { TestNetwork } from '../support/network.ts';
import { TEST_ROOM, createReplica, type Replica, type ReplicaOptions } from '../support/replica.ts';

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
  | { type: 'tick'; replica: number; ms: number }
  /** The facilitator (replica 0) locks, unlocks, or hides a revision. */
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'hide'; pick: number; revision: number }
  /** A scribe forges: a lock signed with its group key, a record in another group's name, an altered copy. */
  | { type: 'forge'; replica: number; how: 'lock' | 'impersonate' | 'alter' | 'replay-elsewhere'; pick: number };

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
  { weight: 1, arbitrary: fc.record({ type: fc.constant('lock' as const) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('unlock' as const) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('hide' as const), pick: fc.nat(), revision: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('forge' as const),
      // Replica 0 holds the facilitator's key; the forgers are the other scribes.
      replica: fc.integer({ min: 1, max: REPLICAS - 1 }),
      how: fc.constantFrom('lock' as const, 'impersonate' as const, 'alter' as const, 'replay-elsewhere' as const),
      pick: fc.nat(),
    }),
  },
);
const skews = fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: REPLICAS, maxLength: REPLICAS });

/** What the fuzzer produced over all runs, so the test can show it exercised every rule. */
const coverage = {
  runs: 0,
  actions: 0,
  notAdmitted: 0,
  superseded: 0,
  discounted: 0,
  replays: 0,
  withdrawals: 0,
  outdatedTranslations: 0,
  lockedOut: 0,
  hidden: 0,
  forgeries: 0,
};

let forgeCounter = 0;
const forgedId = (): string => `forged${(forgeCounter++).toString().padStart(10, '0')}`;

/** Writes a record straight into the replica's document, past the writer's courtesy checks, as a hostile page could. */
/** The id of the forged record, and whether it copies a genuine record's id (an altered copy). */
async function forge(
  r: Replica,
  step: Extract<Action, { type: 'forge' }>,
  others: readonly Replica[],
  written: ReadonlyMap<string, WorkshopRecord>,
): Promise<{ id: string; altered: boolean } | null> {
  const base = { v: RECORD_VERSION, id: forgedId(), hlc: [r.now, 0] as const };
  let record: Record<string, unknown>;
  if (step.how === 'lock') {
    // A facilitator record signed with a group key.
    record = { ...base, author: r.group, kind: 'lock' };
    record.sig = await r.signer.sign(signingPayload(record as unknown as WorkshopRecord, TEST_ROOM));
  } else if (step.how === 'impersonate') {
    // Claims another group's id, signed with this group's key.
    const victim = others[step.pick % others.length]!;
    record = { ...base, author: victim.group, kind: 'add', text: 'said by an impostor' };
    record.sig = await r.signer.sign(signingPayload(record as unknown as WorkshopRecord, TEST_ROOM));
  } else {
    const genuine = [...written.values()].filter((w) => w.kind === 'add' || w.kind === 'revise');
    const original = genuine[step.pick % Math.max(1, genuine.length)];
    if (!original) return null;
    if (step.how === 'alter') {
      // Same id, clock and signature, other text: the signature no longer holds.
      record = { ...original, text: `${'text' in original ? original.text : ''} (altered)` };
    } else {
      // A genuine record of this group, signed for another session, copied in under a fresh id.
      const elsewhere = { ...base, author: r.group, kind: 'add', text: 'from another session' };
      record = { ...elsewhere, sig: await r.signer.sign(signingPayload(elsewhere as unknown as WorkshopRecord, 'another-room-bbbbbbbbbb')) };
    }
  }
  const array = recordsOf(r.doc);
  r.doc.transact(() => array.insert(array.length, [record]));
  await r.store.settled();
  return { id: record.id as string, altered: step.how === 'alter' };
}

async function perform(
  replicas: Replica[],
  network: TestNetwork,
  step: Action,
  written: Map<string, WorkshopRecord>,
  forged: Set<string>,
  altered: Set<string>,
): Promise<void> {
  const pickFrom = <T>(list: readonly T[], pick: number): T | undefined => list[pick % Math.max(1, list.length)];
  const keep = async (pending: Promise<ActionResult>) => {
    const result = await pending;
    if (result.ok) written.set(result.record.id, result.record);
  };
  if (step.type === 'deliver') {
    let order = step.order;
    network.deliver(step.from, step.to, step.count, (length) => (order = (order * 31 + 7) >>> 0) % length);
    // Verification is asynchronous: wait for it so a seed replays the same way every time.
    return replicas[step.to]!.store.settled();
  }
  if (step.type === 'partition') return network.setPartitioned(step.replica, step.cut);
  const facilitator = replicas[0]!;
  if (step.type === 'lock') return keep(facilitator.writer.lock(facilitator.group));
  if (step.type === 'unlock') return keep(facilitator.writer.unlock(facilitator.group));
  if (step.type === 'hide') {
    const proposal = pickFrom(facilitator.store.view.proposals, step.pick);
    const revision = proposal && pickFrom(proposal.revisions, step.revision);
    if (revision) await keep(facilitator.writer.hide(facilitator.group, revision.id));
    return;
  }
  const r = replicas[step.replica]!;
  r.now += 1;
  const view = r.store.view;
  switch (step.type) {
    case 'forge': {
      const made = await forge(r, step, replicas.filter((o) => o !== r), written);
      // An altered copy shares its original's id: checkRules shows the original text won.
      if (made) (made.altered ? altered : forged).add(made.id);
      return;
    }
    case 'tick':
      r.now += step.ms;
      return;
    case 'add':
      return keep(r.writer.addProposal(r.group, step.text));
    case 'edit': {
      const proposal = pickFrom(view.proposals, step.pick);
      if (proposal) await keep(r.writer.editProposal(r.group, proposal.id, proposal.current.id, step.text));
      return;
    }
    case 'endorse': {
      const proposal = pickFrom(view.proposals, step.pick);
      if (proposal) await keep(r.writer.endorse(r.group, proposal.current.id));
      return;
    }
    case 'withdraw': {
      const proposal = pickFrom(view.proposals.filter((p) => p.current.endorsers.includes(r.group)), step.pick);
      if (proposal) await keep(r.writer.withdrawEndorsement(r.group, proposal.current.id));
      return;
    }
    case 'translate': {
      const proposal = pickFrom(view.proposals, step.pick);
      if (proposal) await keep(r.writer.translate(r.group, proposal.current.id, step.lang, step.text));
      return;
    }
    case 'use-as-edit': {
      const mine = view.notAdmitted.filter((a) => a.author === r.group && a.convertedTo === null);
      const add = pickFrom(mine, step.pick);
      const proposal = pickFrom(view.proposals, step.pick);
      if (add && proposal) await keep(r.writer.useAsEdit(r.group, add.id, proposal.id));
      return;
    }
  }
}

/** Forged records are never applied: their ids appear nowhere in the view but in the diagnostics. */
function checkForgeriesIgnored(view: WorkshopView, forged: ReadonlySet<string>, altered: ReadonlySet<string>): void {
  const applied = new Set([
    ...view.proposals.flatMap((p) => p.revisions.map((r) => r.id)),
    ...view.notAdmitted.map((a) => a.id),
    ...view.lockedOut.map((l) => l.id),
  ]);
  for (const id of forged) expect(applied.has(id), `forged record ${id} was applied`).to.equal(false);
  const rejected = new Set(view.diagnostics.filter((d) => d.reason === 'bad-signature' || d.reason === 'not-facilitator' || d.reason === 'unknown-author' || d.reason === 'duplicate-id').map((d) => d.id));
  for (const id of forged) expect(rejected.has(id), `forged record ${id} is listed in the diagnostics`).to.equal(true);
  const badSignatures = new Set(view.diagnostics.filter((d) => d.reason === 'bad-signature' || d.reason === 'duplicate-id').map((d) => d.id));
  for (const id of altered) expect(badSignatures.has(id), `altered copy of ${id} is listed in the diagnostics`).to.equal(true);
}

/** R3–R8 as properties of one converged view, checked against the records that were written. */
function checkRules(view: WorkshopView, records: readonly WorkshopRecord[]): void {
  expect(view.proposals.length).to.be.at.most(PROPOSAL_CAP);
  const byId = new Map(records.map((r) => [r.id, r]));
  const withdrew = (group: string, revision: string) =>
    records.some((r) => r.kind === 'withdraw' && r.author === group && r.revision === revision);
  for (const proposal of view.proposals) {
    const { current } = proposal;
    expect(current.hidden, 'a hidden revision is never current').to.equal(false);
    expect(proposal.endorsements).to.equal(current.endorsers.length);
    for (const group of current.endorsers) {
      const endorsedIt = records.some((r) => r.kind === 'endorse' && r.author === group && r.revision === current.id);
      expect(group === current.author || endorsedIt, 'only endorsements of the current revision count').to.equal(true);
    }
    for (const revision of proposal.revisions) {
      const wrote = byId.get(revision.id);
      // A hidden revision's text is shown nowhere (R10).
      expect(revision.hidden ? '' : wrote && 'text' in wrote && wrote.text).to.equal(revision.text);
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
  // A discounted endorsement's revision is not current, unless a hide made it current again since.
  const fellBack = new Set(view.proposals.filter((p) => p.revisions.some((r) => r.hidden)).map((p) => p.id));
  for (const discounted of view.discountedEndorsements) {
    expect(current.has(discounted.revision) && !fellBack.has(discounted.proposal)).to.equal(false);
  }
  for (const add of view.notAdmitted) expect(byId.get(add.id)).to.include({ kind: 'add', text: add.text });
  // Every add is admitted, refused at the cap, refused while locked, or gone because all its revisions were hidden.
  const accounted = new Set([...view.proposals.map((p) => p.id), ...view.notAdmitted.map((a) => a.id), ...view.lockedOut.map((l) => l.id)]);
  const hiddenFirst = new Set(records.filter((r) => r.kind === 'hide').map((r) => (r.kind === 'hide' ? r.revision : '')));
  for (const add of records.filter((r) => r.kind === 'add')) {
    expect(accounted.has(add.id) || hiddenFirst.has(add.id), `add ${add.id} is accounted for`).to.equal(true);
  }
  // Nothing a group wrote while the session was locked was applied.
  for (const out of view.lockedOut) expect(current.has(out.id)).to.equal(false);
}

async function settleAll(replicas: readonly Replica[]): Promise<void> {
  await Promise.all(replicas.map((r) => r.store.settled()));
}

/** Every replica as the app runs in a secure context: WebCrypto, Ed25519. */
const ALL_WEBCRYPTO: readonly ReplicaOptions[] = [{}, {}, {}, {}];
/**
 * Pages of one session on different paths: WebCrypto (the facilitator), a venue page without WebCrypto, a browser
 * whose WebCrypto lacks Ed25519 (P-256 keys), a second venue page. Every signature is checked across paths.
 */
const MIXED_CRYPTO: readonly ReplicaOptions[] = [{}, { pureJs: true }, { algorithm: 'ECDSA-P256' }, { pureJs: true }];

/** `prefill` proposals written and shared before the random part, so runs reach the cap of ten often. */
async function runScenario(
  skew: readonly number[],
  actions: readonly Action[],
  prefill = 0,
  paths: readonly ReplicaOptions[] = ALL_WEBCRYPTO,
): Promise<void> {
  const replicas = await Promise.all(
    skew.map((ms, i) => createReplica(i + 1, { ...paths[i], now: 1_700_000_000_000 + ms })),
  );
  const network = new TestNetwork(replicas);
  const written = new Map<string, WorkshopRecord>();
  const forged = new Set<string>();
  const altered = new Set<string>();
  // Replica 0 created the session: its key is the facilitator's, and it also takes part as a group.
  const facilitator = replicas[0]!;
  const created = await facilitator.writer.createSession(facilitator.group, 'Forum');
  if (created.ok) written.set(created.record.id, created.record);
  for (const r of replicas) {
    const joined = await r.writer.join(r.group, `Group ${r.doc.clientID}`);
    if (joined.ok) written.set(joined.record.id, joined.record);
  }
  for (let i = 0; i < prefill; i++) await perform(replicas, network, { type: 'add', replica: i % REPLICAS, text: `p${i}` }, written, forged, altered);
  network.healAndSync();
  await settleAll(replicas);
  for (const step of actions) await perform(replicas, network, step, written, forged, altered);
  network.healAndSync();
  await settleAll(replicas);

  const [first, ...others] = replicas.map((r) => r.store.view);
  for (const view of others) expect(view).to.deep.equal(first);
  for (const r of replicas) {
    expect(r.store.view, 'incremental view equals a derivation from scratch').to.deep.equal(
      deriveView(recordsOf(r.doc).toArray(), r.store.trust),
    );
    const ids = new Set(recordsOf(r.doc).map((record) => (record as WorkshopRecord).id));
    for (const id of written.keys()) expect(ids.has(id), `record ${id} survived the merge`).to.equal(true);
  }
  checkRules(first!, [...written.values()]);
  checkForgeriesIgnored(first!, forged, altered);

  coverage.runs++;
  coverage.actions += actions.length;
  coverage.notAdmitted += first!.notAdmitted.length;
  coverage.superseded += first!.superseded.length;
  coverage.discounted += first!.discountedEndorsements.length;
  coverage.withdrawals += [...written.values()].filter((r) => r.kind === 'withdraw').length;
  coverage.outdatedTranslations += first!.proposals.flatMap((p) => p.translations).filter((t) => t.outdated).length;
  coverage.replays += replicas.reduce((sum, r) => sum + r.store.replays, 0);
  coverage.lockedOut += first!.lockedOut.length;
  coverage.hidden += first!.proposals.flatMap((p) => p.revisions).filter((r) => r.hidden).length;
  coverage.forgeries += forged.size + altered.size;
  for (const r of replicas) r.doc.destroy();
}

/** Failing cases found by the fuzzer, pinned by name so they run on every test run. */
const regressions: Array<{ name: string; skew: number[]; actions: Action[]; prefill?: number }> = [
  {
    name: 'an add not admitted is used as an edit after a hide freed a slot',
    skew: [5, 2460, 0, 0],
    prefill: 5,
    actions: [{"type":"add","replica":0,"text":"t "},{"type":"edit","replica":0,"pick":2147483638,"text":"t "},{"type":"translate","replica":1,"pick":1730582299,"lang":"en","text":"t "},{"type":"hide","pick":674920060,"revision":7},{"type":"use-as-edit","replica":0,"pick":0},{"type":"translate","replica":0,"pick":0,"lang":"en","text":"t "},{"type":"endorse","replica":0,"pick":0},{"type":"edit","replica":0,"pick":0,"text":"t "},{"type":"edit","replica":0,"pick":0,"text":"t "},{"type":"deliver","from":0,"to":0,"count":1,"order":0},{"type":"add","replica":0,"text":"t "},{"type":"deliver","from":0,"to":0,"count":1,"order":0},{"type":"use-as-edit","replica":0,"pick":0}],
  },
  {
    name: 'a hide, unlocks and a forged lock interleave with edits and a use-as-edit',
    skew: [0, -352, 899, 0],
    prefill: 4,
    actions: [{"type":"add","replica":0,"text":"t "},{"type":"edit","replica":0,"pick":6310286,"text":"t "},{"type":"deliver","from":0,"to":2,"count":2,"order":0},{"type":"add","replica":0,"text":"t "},{"type":"hide","pick":36063259,"revision":272656399},{"type":"add","replica":2,"text":"t "},{"type":"add","replica":2,"text":"t "},{"type":"endorse","replica":2,"pick":1024432445},{"type":"unlock"},{"type":"deliver","from":0,"to":0,"count":1,"order":0},{"type":"endorse","replica":0,"pick":0},{"type":"translate","replica":0,"pick":0,"lang":"en","text":"t "},{"type":"edit","replica":0,"pick":0,"text":"t "},{"type":"use-as-edit","replica":0,"pick":0},{"type":"forge","replica":1,"how":"lock","pick":0},{"type":"unlock"},{"type":"partition","replica":0,"cut":false},{"type":"add","replica":0,"text":"t "}],
  },
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

describe('convergence (property-based, R3–R10, signed records)', function () {
  const numRuns = numberFromEnv('CONVERGENCE_RUNS', 300);
  // Pure-JS checks cost about three times WebCrypto's: fewer runs, as many rules exercised per run.
  const mixedRuns = Math.ceil(numRuns / 6);
  // About 27 s on a quiet 2-core machine; the margin is for a shared, busy one, not for a slower property.
  this.timeout(Math.max(180_000, numRuns * 600));

  for (const { name, skew, actions, prefill } of regressions) {
    it(`regression: ${name}`, async () => runScenario(skew, actions, prefill));
    it(`regression, pages with and without WebCrypto: ${name}`, async () => runScenario(skew, actions, prefill, MIXED_CRYPTO));
  }

  it(`${numRuns} random sessions on ${REPLICAS} replicas converge to one view that keeps the rules`, async () => {
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(
        skews,
        fc.array(action, { minLength: 10, maxLength: 150, size: 'medium' }),
        fc.nat(10),
        (skew, actions, prefill) => runScenario(skew, actions, prefill),
      ),
      { numRuns },
    );
    console.log(`convergence: ${JSON.stringify({ ...coverage, ms: Math.round(performance.now() - started) })}`);
  });

  // A venue page over plain HTTP verifies with pure JS; its verdicts, hence its view, must be everyone's.
  it(`${mixedRuns} random sessions converge with pages on WebCrypto, without it, and with P-256 keys`, async () => {
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(
        skews,
        fc.array(action, { minLength: 10, maxLength: 150, size: 'medium' }),
        fc.nat(10),
        (skew, actions, prefill) => runScenario(skew, actions, prefill, MIXED_CRYPTO),
      ),
      { numRuns: mixedRuns },
    );
    console.log(`convergence, mixed crypto paths: ${JSON.stringify({ runs: mixedRuns, ms: Math.round(performance.now() - started) })}`);
  }).timeout(Math.max(120_000, mixedRuns * 2000));

  it('the fuzzer exercised every rule outcome', () => {
    expect(coverage.runs).to.be.greaterThan(0);
    expect(coverage.notAdmitted, 'adds not admitted').to.be.greaterThan(0);
    expect(coverage.superseded, 'concurrent edits').to.be.greaterThan(0);
    expect(coverage.discounted, 'endorsements of replaced revisions').to.be.greaterThan(0);
    expect(coverage.withdrawals, 'withdrawals').to.be.greaterThan(0);
    expect(coverage.replays, 'late records replayed').to.be.greaterThan(0);
    expect(coverage.outdatedTranslations, 'translations outdated by an edit').to.be.greaterThan(0);
    expect(coverage.lockedOut, 'records refused while locked').to.be.greaterThan(0);
    expect(coverage.hidden, 'hidden revisions').to.be.greaterThan(0);
    expect(coverage.forgeries, 'forged records').to.be.greaterThan(0);
  });
});
