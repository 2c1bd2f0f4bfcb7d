import { expect } from 'chai';
import fc from 'fast-check';
import * as Y from 'yjs';
import { deriveView } from '../../src/domain/derive.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import { recordsOf } from '../../src/doc/schema.ts';
import { WorkshopStore } from '../../src/doc/store.ts';
import { numberFromEnv } from '../support/env.ts';
import { hostileValues } from '../support/hostile-arbitraries.ts';
import { hostileCases, junkNumbers } from '../support/hostile-values.ts';
import { updateAppending } from '../support/hostile-update.ts';
import { TEST_ROOM, createReplica, newSigner, syncAll, syncInto } from '../support/replica.ts';
import { TRUST_ALL } from '../support/trust.ts';

/** The bound on examples per reason that the view promises (DIAGNOSTIC_EXAMPLES). */
const EXAMPLES_PER_REASON = 20;
const JUNK = 500_000;

/** An honest signed session: two groups, two proposals, one endorsement; the links name `facilitator`. */
async function honestSession() {
  const facilitator = await newSigner();
  const a = await createReplica(1, { anchor: facilitator.actor });
  const b = await createReplica(2, { anchor: facilitator.actor });
  a.writer.adopt(facilitator);
  await a.writer.createSession(facilitator.actor, 'Forum');
  await a.writer.join(a.group, 'Table 1', 'Paris');
  await syncInto(a, b);
  b.now += 10;
  await b.writer.join(b.group, 'Table 2', 'Dakar');
  a.now += 20;
  await a.writer.addProposal(a.group, 'Free transit');
  a.now += 1;
  await a.writer.addProposal(a.group, 'Open assemblies');
  await syncAll([a, b]);
  b.now += 30;
  await b.writer.endorse(b.group, b.store.view.proposals.find((p) => p.current.text === 'Free transit')!.current.id);
  await syncAll([a, b]);
  const update = Y.encodeStateAsUpdate(b.doc);
  for (const r of [a, b]) r.store.destroy();
  return { update, anchor: facilitator.actor, group: a.group, now: b.now };
}

/** Values pushed through Yjs's own API by another client, in one transaction. */
function updatePushing(values: unknown[], clientId: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  recordsOf(doc).push(values);
  return Y.encodeStateAsUpdate(doc);
}

/** A page opened afterwards: a new document, a new store, every update applied. */
async function openedAfterwards(updates: readonly Uint8Array[], anchor: string): Promise<WorkshopStore> {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  const store = new WorkshopStore(doc, { roomId: TEST_ROOM, anchor });
  await store.settled();
  return store;
}

/** A page that was open all along: updates arrive one by one, in the order given. */
async function openAllAlong(updates: readonly Uint8Array[], anchor: string): Promise<WorkshopStore> {
  const doc = new Y.Doc();
  const store = new WorkshopStore(doc, { roomId: TEST_ROOM, anchor });
  for (const update of updates) {
    Y.applyUpdate(doc, update);
    await store.settled();
  }
  return store;
}

const shown = (view: WorkshopView) => view.proposals.map((p) => [p.current.text, p.endorsements]);
const countsOf = (view: WorkshopView) => Object.fromEntries(view.diagnosticCounts.map((c) => [c.reason, c.count]));

describe('hostile records in the document: a page opened afterwards still works', () => {
  it('shows every honest proposal with its count, and each hostile record only as a diagnostic', async () => {
    const honest = await honestSession();
    // 2,000 levels: lib0's recursive decoder itself gives up past about 4,000 (the relay must refuse those).
    const cases = hostileCases(honest.group, [honest.now + 1_000, 0], 2_000);
    const hostile = updateAppending(cases.map((c) => c.value));
    const junk = updatePushing(junkNumbers(JUNK), 902);
    const types = updatePushing([new Y.Map(), new Y.Text('not a record'), new Y.Array()], 903);

    const store = await openedAfterwards([honest.update, hostile, junk, types], honest.anchor);
    const view = store.view;
    expect(view.title).to.equal('Forum');
    expect(shown(view)).to.deep.equal([['Free transit', 2], ['Open assemblies', 1]]);
    expect(view.groups.map((g) => g.name)).to.deep.equal(['Table 1', 'Table 2']);

    const expected: Record<string, number> = { 'not-an-object': JUNK, 'unknown-version': 3 };
    // A record that passes validation still carries no signature: replay ignores it.
    for (const c of cases) {
      const reason = c.expected === 'valid' ? 'bad-signature' : c.expected;
      expected[reason] = (expected[reason] ?? 0) + 1;
    }
    expect(countsOf(view)).to.deep.equal(expected);
    for (const { reason } of view.diagnosticCounts) {
      expect(view.diagnostics.filter((d) => d.reason === reason).length, reason).to.be.within(1, EXAMPLES_PER_REASON);
    }

    // The same document received in another order, in several transactions, by a page open all along.
    const junkInParts = [0, 1, 2, 3, 4].map((part) => updatePushing(junkNumbers(JUNK / 5), 910 + part));
    const live = await openAllAlong([hostile, ...junkInParts, types, honest.update], honest.anchor);
    expect(shown(live.view)).to.deep.equal(shown(view));
    expect(live.view.diagnostics).to.deep.equal(view.diagnostics);
    expect(countsOf(live.view)).to.deep.equal({ ...expected });
    store.destroy();
    live.destroy();
  });
});

describe('hostile records through Yjs: what one peer decodes, another re-encodes, and both derive the same', () => {
  const numRuns = numberFromEnv('HOSTILE_RUNS', 300);

  it(`a value and its re-encoded copy give the same view (${numRuns} runs)`, () => {
    const A = 'group-a_';
    fc.assert(
      fc.property(hostileValues([A]), (values) => {
        const received = new Y.Doc();
        Y.applyUpdate(received, updateAppending(values));
        let again: Uint8Array;
        try {
          again = Y.encodeStateAsUpdate(received);
        } catch {
          // A `__proto__` holding bytes stops Yjs's own encoder (the relay must refuse it): nothing to relay.
          received.destroy();
          return fc.pre(false);
        }
        const relayed = new Y.Doc();
        Y.applyUpdate(relayed, again);
        const direct = deriveView(recordsOf(received).toArray(), TRUST_ALL);
        expect(deriveView(recordsOf(relayed).toArray(), TRUST_ALL)).to.deep.equal(direct);
        received.destroy();
        relayed.destroy();
      }),
      { numRuns },
    );
  });
});
