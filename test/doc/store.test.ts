import { expect } from 'chai';
import * as Y from 'yjs';
import { deriveView } from '../../src/domain/derive.ts';
import type { Hlc } from '../../src/domain/hlc.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { signingPayload } from '../../src/domain/signing.ts';
import type { Signer } from '../../src/doc/crypto/keys.ts';
import { recordsOf } from '../../src/doc/schema.ts';
import { WorkshopStore } from '../../src/doc/store.ts';
import { TEST_ROOM, createReplica, newSigner, syncInto, type Replica } from '../support/replica.ts';

/** The view a fresh derivation gives, with the verdicts the replica's own verifier reached. */
const fromScratch = (r: Replica) => deriveView(recordsOf(r.doc).toArray(), r.store.trust);

/** A record signed by hand, as a second device of the group (or a hostile client) would put it in the document. */
async function signedBy(signer: Signer, hlc: Hlc, id: string, body: Record<string, unknown>, room = TEST_ROOM) {
  const unsigned = { v: 1, id, author: signer.actor, hlc, ...body };
  const sig = await signer.sign(signingPayload(unsigned as WorkshopRecord, room));
  return { ...unsigned, sig };
}

/** Delivers values to `r` as another replica's update would: a separate Yjs client, not this tab's writer. */
function receive(r: Replica, values: unknown[], clientId = 900): void {
  const source = new Y.Doc();
  source.clientID = clientId;
  recordsOf(source).push(values);
  Y.applyUpdate(r.doc, Y.encodeStateAsUpdate(source));
}

describe('WorkshopStore', () => {
  it('keeps the view equal to a derivation from scratch while records are appended live', async () => {
    const r = await createReplica(1);
    const facilitator = await newSigner();
    r.writer.adopt(facilitator);
    const fac = facilitator.actor;
    const step = async (write: Promise<unknown>) => {
      r.now += 1;
      await write;
      expect(r.store.view).to.deep.equal(fromScratch(r));
    };
    await step(r.writer.createSession(fac, 'Forum'));
    // The session record names who facilitates: the store replays once (over that one record).
    expect(r.store.replays).to.equal(1);
    await step(r.writer.join(r.group, 'Table 1', 'Paris'));
    for (let i = 0; i < 12; i++) await step(r.writer.addProposal(r.group, `Idea ${i}`));
    await step(r.writer.setAgenda(fac, [{ phase: 'writing', minutes: 45 }], r.now));
    await step(r.writer.hide(fac, r.store.view.proposals[3]!.current.id));
    await step(r.writer.lock(fac));
    await step(r.writer.unlock(fac));
    await step(r.writer.renameGroup(fac, r.group, 'Table One', 'Paris'));
    // Ten admitted (the writer refuses the last two adds), one hidden: it leaves the document.
    expect(r.store.view.proposals).to.have.length(9);
    expect(r.store.view.diagnostics).to.deep.equal([]);
    expect(r.store.replays).to.equal(1);
  });

  it('replays when a venue comes back with records that sort earlier, and still matches', async () => {
    const early = await createReplica(1, { now: 1000 });
    const late = await createReplica(2, { now: 5000 });
    await early.writer.join(early.group, 'Offline venue');
    await late.writer.join(late.group, 'Online venue');
    await early.writer.addProposal(early.group, 'Written offline, earlier');
    await late.writer.addProposal(late.group, 'Written online, later');
    await syncInto(early, late);
    expect(late.store.replays).to.equal(1);
    expect(late.store.view).to.deep.equal(fromScratch(late));
    expect(late.store.view.proposals.map((p) => p.current.text)).to.deep.equal([
      'Written offline, earlier',
      'Written online, later',
    ]);
  });

  it('applies records from another replica only once they are verified', async () => {
    const a = await createReplica(1);
    const b = await createReplica(2);
    await a.writer.join(a.group, 'Table 1');
    await a.writer.addProposal(a.group, 'Water');
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    expect(b.store.view.appliedRecords).to.equal(0);
    await b.store.settled();
    expect(b.store.view.proposals.map((p) => p.current.text)).to.deep.equal(['Water']);
    expect(b.store.view).to.deep.equal(a.store.view);
  });

  it('applies a record whose join arrives later, once the join is there', async () => {
    const g = await createReplica(1);
    const r = await createReplica(2);
    await g.writer.join(g.group, 'Table 1');
    await r.writer.join(r.group, 'Table 2');
    await r.writer.addProposal(r.group, 'From the receiver');
    // The group's second device wrote these without the join in its document (a reload, another laptop).
    const [t] = g.store.view.lastHlc!;
    const add = await signedBy(g.signer, [t + 10, 0], 'late-add-0001', { kind: 'add', text: 'Written before the join reached us' });
    const endorse = await signedBy(g.signer, [t + 11, 0], 'late-endorse-01', {
      kind: 'endorse',
      revision: r.store.view.proposals[0]!.current.id,
    });
    receive(r, [add, endorse]);
    await r.store.settled();
    expect(r.store.view.proposals.map((p) => p.current.text)).to.deep.equal(['From the receiver']);
    expect(r.store.view.diagnostics).to.deep.equal([
      { reason: 'unknown-author', id: add.id, detail: null },
      { reason: 'unknown-author', id: endorse.id, detail: null },
    ]);
    expect(r.store.view).to.deep.equal(fromScratch(r));

    await syncInto(g, r);
    const view = r.store.view;
    expect(view.diagnostics).to.deep.equal([]);
    expect(view.groups.map((group) => group.name)).to.have.members(['Table 1', 'Table 2']);
    expect(view.proposals.map((p) => [p.current.text, p.endorsements])).to.deep.equal([
      ['From the receiver', 2],
      ['Written before the join reached us', 1],
    ]);
    expect(view).to.deep.equal(fromScratch(r));
    // The group's own device, once it has everything, shows the same.
    await syncInto(r, g);
    expect(g.store.view).to.deep.equal(view);
  });

  it("verifies a remote replica's records once: not again for the same update, copies of them, or a rebuild", async () => {
    const a = await createReplica(1);
    const b = await createReplica(2);
    await b.writer.join(b.group, 'Table 2');
    await a.writer.join(a.group, 'Table 1');
    for (const text of ['One', 'Two', 'Three']) await a.writer.addProposal(a.group, text);
    const first = a.store.view.proposals[0]!.current.id;
    expect((await a.writer.withdrawEndorsement(a.group, first)).ok).to.equal(true);
    expect((await a.writer.endorse(a.group, first)).ok).to.equal(true);
    const update = Y.encodeStateAsUpdate(a.doc);
    Y.applyUpdate(b.doc, update);
    await b.store.settled();
    // Each of a's records checked once; b's own record never (its writer vouched for it).
    const verified = b.store.verifier.verifications;
    expect(verified).to.equal(recordsOf(a.doc).length);
    const before = b.store.view;
    expect(before.appliedRecords).to.equal(recordsOf(b.doc).length);

    Y.applyUpdate(b.doc, update);
    await b.store.settled();
    expect(b.store.verifier.verifications).to.equal(verified);
    expect(b.store.view).to.equal(before);

    // A hostile client inserts copies of a's records (new objects, same content): known, not checked again.
    receive(b, recordsOf(a.doc).toArray().map((value) => JSON.parse(JSON.stringify(value)) as unknown));
    await b.store.settled();
    expect(b.store.verifier.verifications).to.equal(verified);
    expect(b.store.view.diagnostics.map((d) => d.reason)).to.deep.equal(Array<string>(recordsOf(a.doc).length).fill('duplicate-id'));

    // …then deletes some: the store rebuilds from the array, from verdicts it already holds.
    recordsOf(b.doc).delete(0, recordsOf(b.doc).length - recordsOf(a.doc).length);
    await b.store.settled();
    expect(b.store.verifier.verifications).to.equal(verified);
    expect(b.store.view.diagnostics).to.deep.equal([]);
    expect(b.store.view.groups.map((g) => g.name)).to.deep.equal(['Table 1']);
    expect(b.store.view.proposals.map((p) => p.current.text)).to.deep.equal(['One', 'Two', 'Three']);
    expect(b.store.view).to.deep.equal(fromScratch(b));
  });

  it('notifies subscribers on every change and stops after unsubscribe', async () => {
    const r = await createReplica(1);
    const seen: number[] = [];
    const unsubscribe = r.store.subscribe((view) => seen.push(view.appliedRecords));
    await r.writer.join(r.group, 'Table 1');
    await r.writer.addProposal(r.group, 'One');
    unsubscribe();
    await r.writer.addProposal(r.group, 'Two');
    expect(seen).to.deep.equal([1, 2]);
  });

  it('counts invalid and forged records written by a hostile client, and the view still matches', async () => {
    const r = await createReplica(1);
    await r.writer.join(r.group, 'Table 1');
    const written = await r.writer.addProposal(r.group, 'Genuine');
    const genuine = written.ok ? written.record : null!;
    const hostile = await newSigner();
    const [t] = r.store.view.lastHlc!;
    const hlc = (n: number): Hlc => [t + n, 0];
    const values: unknown[] = [
      // Malformed: shape validation reports them first, whatever their signature.
      { v: 1, kind: 'add', text: 'no id' },
      'garbage',
      { v: 9 },
      { v: 1, id: 'short-sig-01', author: r.group, hlc: hlc(1), kind: 'add', text: 'Bad sig field', sig: 'abc' },
      // Well-formed but not signed by the author they name.
      { v: 1, id: 'unsigned-add-01', author: r.group, hlc: hlc(2), kind: 'add', text: 'Unsigned, in our name' },
      { ...genuine, id: 'copied-sig-001', text: 'A signature copied from another record' },
      await signedBy(hostile, hlc(3), 'forged-add-001', { kind: 'add', text: 'Hostile key, our name' }).then((f) => ({ ...f, author: r.group })),
      // A join naming our group with the hostile key: the key does not hash to the author.
      await signedBy(hostile, hlc(4), 'forged-join-01', { kind: 'join', name: 'Impostor', venue: '', key: hostile.publicKey }).then((f) => ({
        ...f,
        author: r.group,
      })),
      // Genuinely signed, by a key no join in the document names.
      await signedBy(hostile, hlc(5), 'stranger-add-1', { kind: 'add', text: 'Nobody joined as me' }),
    ];
    receive(r, values);
    await r.store.settled();
    expect(r.store.view.diagnostics.map((d) => [d.reason, d.id, d.detail])).to.deep.equal([
      ['bad-field', null, 'id'],
      ['bad-field', 'short-sig-01', 'sig'],
      ['not-an-object', null, null],
      ['unknown-version', null, '9'],
      // Replayed in the total order: the copy keeps the genuine record's clock, so it comes first.
      ['bad-signature', 'copied-sig-001', null],
      ['bad-signature', 'unsigned-add-01', null],
      ['bad-signature', 'forged-add-001', null],
      ['bad-signature', 'forged-join-01', null],
      ['unknown-author', 'stranger-add-1', null],
    ]);
    expect(r.store.view.groups.map((g) => g.name)).to.deep.equal(['Table 1']);
    expect(r.store.view.proposals.map((p) => p.current.text)).to.deep.equal(['Genuine']);
    expect(r.store.view).to.deep.equal(fromScratch(r));
  });

  it('a far-future record, unsigned or by a stranger, makes no later record late: no replay, the same view', async () => {
    const r = await createReplica(1);
    await r.writer.join(r.group, 'Table 1');
    await r.writer.addProposal(r.group, 'Before the junk');
    const stranger = await newSigner();
    receive(r, [
      { v: 1, id: 'far-unsigned-1', author: 'nobody-at-all', hlc: [Number.MAX_SAFE_INTEGER, 0], kind: 'add', text: 'Unsigned, far ahead' },
      await signedBy(stranger, [Number.MAX_SAFE_INTEGER - 1, 0], 'far-stranger-1', { kind: 'add', text: 'By no group, far ahead' }),
    ]);
    await r.store.settled();
    const replays = r.store.replays;
    for (let i = 0; i < 12; i++) {
      r.now += 1;
      const written = await r.writer.addProposal(r.group, `After the junk ${i}`);
      if (i < 9) expect(written.ok).to.equal(true);
      const endorsed = r.store.view.proposals[0]!;
      await r.writer.withdrawEndorsement(r.group, endorsed.current.id);
    }
    await r.store.settled();
    expect(r.store.replays).to.equal(replays);
    expect(r.store.view.proposals).to.have.length(10);
    expect(r.store.view.diagnostics.map((d) => d.reason)).to.deep.equal(['unknown-author', 'bad-signature']);
    expect(r.store.view).to.deep.equal(fromScratch(r));
  });

  it('rebuilds from the array when a hostile client deletes records', async () => {
    const r = await createReplica(1);
    await r.writer.join(r.group, 'Table 1');
    await r.writer.addProposal(r.group, 'One');
    await r.writer.addProposal(r.group, 'Two');
    recordsOf(r.doc).delete(1, 1);
    await r.store.settled();
    expect(r.store.view.proposals.map((p) => p.current.text)).to.deep.equal(['Two']);
    expect(r.store.view).to.deep.equal(fromScratch(r));
  });

  it('loads a document that already holds records', async () => {
    const r = await createReplica(1);
    await r.writer.join(r.group, 'Table 1');
    await r.writer.addProposal(r.group, 'One');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(r.doc));
    const store = new WorkshopStore(copy, { roomId: TEST_ROOM, anchor: null });
    expect(store.view.appliedRecords).to.equal(0);
    await store.settled();
    expect(store.view).to.deep.equal(r.store.view);
  });

  it('refuses every record of a document signed for another room', async () => {
    const r = await createReplica(1);
    await r.writer.join(r.group, 'Table 1');
    await r.writer.addProposal(r.group, 'One');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(r.doc));
    const store = new WorkshopStore(copy, { roomId: 'another-room-bbbbbbbbb', anchor: null });
    await store.settled();
    expect(store.view.groups).to.deep.equal([]);
    expect(store.view.proposals).to.deep.equal([]);
    // The join's key is still the group's (its id is the key's hash), so the add is checked, and fails too.
    expect(store.view.diagnostics.map((d) => d.reason)).to.deep.equal(['bad-signature', 'bad-signature']);
  });

  it('gives unchanged parts of the view the same identity, so the UI can skip them', async () => {
    const r = await createReplica(1);
    const second = await newSigner();
    r.writer.adopt(second);
    await r.writer.join(r.group, 'Table 1');
    await r.writer.join(second.actor, 'Table 2');
    await r.writer.addProposal(r.group, 'One');
    await r.writer.addProposal(r.group, 'Two');
    const before = r.store.view;
    expect((await r.writer.endorse(second.actor, before.proposals[1]!.current.id)).ok).to.equal(true);
    const after = r.store.view;
    expect(after.proposals.map((p) => p.current.text)).to.deep.equal(['Two', 'One']);
    expect(after.groups).to.equal(before.groups);
    expect(after.diagnostics).to.equal(before.diagnostics);
    expect(after.proposals[1]!.revisions).to.equal(before.proposals[0]!.revisions);
  });
});
