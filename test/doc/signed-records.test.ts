import { expect } from 'chai';
import * as Y from 'yjs';
import { MAX_COUNTER } from '../../src/domain/hlc.ts';
import { RECORD_VERSION, type WorkshopRecord } from '../../src/domain/records.ts';
import { signingPayload } from '../../src/domain/signing.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import { recordsOf } from '../../src/doc/schema.ts';
import { TEST_ROOM, createReplica, newSigner, syncInto, type Replica } from '../support/replica.ts';

/**
 * Issue 6: identity is proven by signatures in the records. Each hostile record below is written into
 * one replica's document as a hostile page would (past the writer), then reaches the others in two
 * different orders; every replica must ignore it the same way and list it in its diagnostics.
 */
async function session(): Promise<{ facilitator: Replica; scribe: Replica; victim: Replica; all: Replica[] }> {
  const facilitator = await createReplica(1);
  const scribe = await createReplica(2);
  const victim = await createReplica(3);
  await facilitator.writer.createSession(facilitator.group, 'Forum');
  await syncInto(facilitator, scribe);
  await syncInto(facilitator, victim);
  await scribe.writer.join(scribe.group, 'Table 2');
  await victim.writer.join(victim.group, 'Table 3');
  const added = await victim.writer.addProposal(victim.group, 'Clean water');
  expect(added.ok).to.equal(true);
  for (const a of [scribe, victim]) for (const b of [facilitator, scribe, victim]) if (a !== b) await syncInto(a, b);
  return { facilitator, scribe, victim, all: [facilitator, scribe, victim] };
}

function insertRaw(r: Replica, record: object): void {
  const array = recordsOf(r.doc);
  r.doc.transact(() => array.insert(array.length, [record]));
}

async function signed(by: Replica, record: Record<string, unknown>, room = TEST_ROOM): Promise<Record<string, unknown>> {
  return { ...record, sig: await by.signer.sign(signingPayload(record as unknown as WorkshopRecord, room)) };
}

/** Delivers everything to a fresh replica in the reverse order of the documents, then checks all views agree. */
async function expectSameEverywhere(all: Replica[]): Promise<WorkshopView> {
  for (const a of all) for (const b of all) if (a !== b) await syncInto(a, b);
  const late = await createReplica(9);
  for (const r of [...all].reverse()) {
    for (const item of recordsOf(r.doc).toArray().reverse()) {
      const array = recordsOf(late.doc);
      if (!array.toArray().some((x) => JSON.stringify(x) === JSON.stringify(item))) late.doc.transact(() => array.insert(0, [item]));
    }
  }
  await late.store.settled();
  const [first, ...others] = all.map((r) => r.store.view);
  for (const view of others) expect(view).to.deep.equal(first);
  expect(late.store.view.proposals).to.deep.equal(first!.proposals);
  expect(late.store.view.locked).to.equal(first!.locked);
  return first!;
}

const reasonOf = (view: WorkshopView, id: string) => view.diagnostics.filter((d) => d.id === id).map((d) => d.reason);
const base = (author: string, now: number, id: string) => ({ v: RECORD_VERSION, id, author, hlc: [now, 0] });

describe('signed records (issue 6)', () => {
  it('a record claiming another group\'s id is ignored on every replica', async () => {
    const { scribe, victim, all } = await session();
    insertRaw(scribe, await signed(scribe, { ...base(victim.group, scribe.now + 5, 'impostor-0001'), kind: 'add', text: 'Said by an impostor' }));
    const view = await expectSameEverywhere(all);
    expect(view.proposals.map((p) => p.current.text)).to.deep.equal(['Clean water']);
    expect(reasonOf(view, 'impostor-0001')).to.deep.equal(['bad-signature']);
  });

  it('a join claiming an id that is not the hash of its key cannot take over a group', async () => {
    const { scribe, victim, all } = await session();
    const join = { ...base(victim.group, 1, 'takeover-0001'), kind: 'join', name: 'Stolen', venue: '', key: scribe.signer.publicKey };
    insertRaw(scribe, await signed(scribe, join));
    const view = await expectSameEverywhere(all);
    expect(view.groups.map((g) => g.name)).to.have.members(['Table 2', 'Table 3']);
    expect(reasonOf(view, 'takeover-0001')).to.deep.equal(['bad-signature']);
  });

  it('a replayed record counts once, and a genuine record copied from another session is ignored', async () => {
    const { scribe, victim, all } = await session();
    const genuine = recordsOf(victim.doc).toArray().find((r) => (r as WorkshopRecord).kind === 'add') as WorkshopRecord;
    insertRaw(scribe, { ...genuine });
    const elsewhere = { ...base(scribe.group, scribe.now + 5, 'elsewhere-001'), kind: 'add', text: 'From another session' };
    insertRaw(scribe, await signed(scribe, elsewhere, 'another-room-bbbbbbbbbb'));
    const view = await expectSameEverywhere(all);
    expect(view.proposals.map((p) => p.current.text)).to.deep.equal(['Clean water']);
    expect(reasonOf(view, genuine.id)).to.deep.equal(['duplicate-id']);
    expect(reasonOf(view, 'elsewhere-001')).to.deep.equal(['bad-signature']);
  });

  it('a signature over altered text does not hold, and the genuine text stays', async () => {
    const { scribe, victim, all } = await session();
    const genuine = recordsOf(victim.doc).toArray().find((r) => (r as WorkshopRecord).kind === 'add') as WorkshopRecord;
    insertRaw(scribe, { ...genuine, text: 'Dirty water' });
    const view = await expectSameEverywhere(all);
    expect(view.proposals.map((p) => p.current.text)).to.deep.equal(['Clean water']);
    expect(reasonOf(view, genuine.id)).to.deep.equal(['bad-signature']);
  });

  it('a facilitator record signed by a group key is ignored', async () => {
    const { facilitator, scribe, victim, all } = await session();
    insertRaw(scribe, await signed(scribe, { ...base(scribe.group, scribe.now + 5, 'scribelock01'), kind: 'lock' }));
    const proposal = victim.store.view.proposals[0]!;
    insertRaw(scribe, await signed(scribe, { ...base(facilitator.group, scribe.now + 6, 'scribehide01'), kind: 'hide', revision: proposal.current.id }));
    expect((await scribe.writer.lock(scribe.group)).ok, 'the writer refuses politely too').to.equal(false);
    const view = await expectSameEverywhere(all);
    expect(view.locked).to.equal(false);
    expect(view.proposals.map((p) => p.current.text)).to.deep.equal(['Clean water']);
    expect(reasonOf(view, 'scribelock01')).to.deep.equal(['not-facilitator']);
    expect(reasonOf(view, 'scribehide01')).to.deep.equal(['bad-signature']);
  });

  it('with the facilitator named by the link, an earlier session record by a scribe takes nothing', async () => {
    const facilitatorSigner = await newSigner();
    const facilitator = await createReplica(1, { signer: facilitatorSigner, anchor: facilitatorSigner.actor });
    const scribe = await createReplica(2, { anchor: facilitatorSigner.actor });
    await facilitator.writer.createSession(facilitator.group, 'Forum');
    await syncInto(facilitator, scribe);
    const coup = { ...base(scribe.group, 1, 'coup-session1'), kind: 'session', title: 'Mine now', key: scribe.signer.publicKey };
    insertRaw(scribe, await signed(scribe, coup));
    insertRaw(scribe, await signed(scribe, { ...base(scribe.group, 2, 'coup-lock-001'), kind: 'lock' }));
    await scribe.store.settled();
    await syncInto(scribe, facilitator);
    for (const r of [facilitator, scribe]) {
      expect(r.store.view.title).to.equal('Forum');
      expect(r.store.view.facilitator).to.equal(facilitatorSigner.actor);
      expect(r.store.view.locked).to.equal(false);
    }
    expect(scribe.store.view).to.deep.equal(facilitator.store.view);
    expect(reasonOf(scribe.store.view, 'coup-session1')).to.deep.equal(['other-session']);
  });

  it('the facilitator acting from two devices, concurrently, converges on the order of the records', async () => {
    const { facilitator, scribe, victim } = await session();
    const second = await createReplica(4, { signer: facilitator.signer, now: facilitator.now });
    await syncInto(facilitator, second);
    // Both devices act while partitioned: one locks, the other unlocks a moment later, then locks again.
    facilitator.now += 10;
    second.now += 20;
    await facilitator.writer.lock(facilitator.group);
    await second.writer.unlock(second.group);
    second.now += 1;
    await scribe.writer.addProposal(scribe.group, 'Written during the confusion');
    const all = [facilitator, second, scribe, victim];
    const view = await expectSameEverywhere(all);
    // The unlock sorts after the lock, so the session ends open; the scribe's add sorts after the lock…
    expect(view.locked).to.equal(false);
    const add = recordsOf(scribe.doc).toArray().find((r) => (r as WorkshopRecord).kind === 'add' && (r as { text: string }).text.startsWith('Written')) as WorkshopRecord;
    const lockAt = facilitator.now;
    const unlockAt = second.now - 1;
    const shouldBeOut = add.hlc[0] > lockAt && add.hlc[0] < unlockAt;
    expect(view.lockedOut.some((r) => r.id === add.id)).to.equal(shouldBeOut);
  });

  it('a record dated as far ahead as a reading goes neither blocks anyone nor drags the clock along', async () => {
    const { facilitator, scribe, victim, all } = await session();
    const last = { v: RECORD_VERSION, author: scribe.group, hlc: [Number.MAX_SAFE_INTEGER, MAX_COUNTER] };
    // One signed by the scribe's own group, one forged by anybody: both at the last reading there is.
    insertRaw(scribe, await signed(scribe, { ...last, id: 'far-future-01', kind: 'add', text: 'Always last' }));
    insertRaw(scribe, { ...last, author: victim.group, id: 'far-future-02', kind: 'add', text: 'Forged', sig: 'A'.repeat(86) });
    for (const r of all) if (r !== scribe) await syncInto(scribe, r);
    await victim.store.settled();

    const proposal = victim.store.view.proposals.find((p) => p.current.text === 'Clean water')!;
    expect((await victim.writer.withdrawEndorsement(victim.group, proposal.current.id)).ok).to.equal(true);
    expect((await victim.writer.addProposal(victim.group, 'Shade trees')).ok).to.equal(true);
    const written = recordsOf(victim.doc).toArray().slice(-2) as WorkshopRecord[];
    for (const record of written) expect(record.hlc[0], 'dated by the clock, not by the far-future record').to.equal(victim.now);

    await syncInto(victim, facilitator);
    expect((await facilitator.writer.removeGroup(facilitator.group, scribe.group)).ok).to.equal(true);
    const view = await expectSameEverywhere(all);
    expect(view.proposals.map((p) => p.current.text)).to.have.members(['Clean water', 'Shade trees']);
    expect(reasonOf(view, 'far-future-01')).to.deep.equal(['group-removed']);
    expect(reasonOf(view, 'far-future-02')).to.deep.equal(['bad-signature']);
  });

  it('verifies each record once, however often it is delivered', async () => {
    const { facilitator, victim } = await session();
    const fresh = await createReplica(5);
    Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(victim.doc));
    await fresh.store.settled();
    const once = fresh.store.verifier.verifications;
    expect(once).to.be.greaterThan(0);
    Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(facilitator.doc));
    await fresh.store.settled();
    expect(fresh.store.verifier.verifications).to.equal(once);
    expect(fresh.store.view).to.deep.equal(victim.store.view);
  });
});
