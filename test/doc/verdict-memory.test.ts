import { expect } from 'chai';
import * as Y from 'yjs';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { signingPayload } from '../../src/domain/signing.ts';
import { createKeyPair, signerFor, type Signer } from '../../src/doc/crypto/keys.ts';
import { openVerdictMemory, type VerdictMemory } from '../../src/doc/crypto/verdict-memory.ts';
import { randomBase64url } from '../../src/doc/random-ids.ts';
import { recordsOf } from '../../src/doc/schema.ts';
import { WorkshopStore } from '../../src/doc/store.ts';

let wall = 1_700_000_000_000;
async function signed(signer: Signer, room: string, body: Record<string, unknown>): Promise<WorkshopRecord> {
  const record = { v: 1, id: randomBase64url(12), author: signer.actor, hlc: [wall++, 0], ...body } as unknown as WorkshopRecord;
  return { ...record, sig: await signer.sign(signingPayload(record, room)) };
}

/** A group's join, one proposal and another group's endorsement of it, signed for `room`. */
async function sessionFor(room: string) {
  const [first, second] = await Promise.all([createKeyPair(), createKeyPair()].map(async (pair) => signerFor(await pair)));
  const records = [
    await signed(first!, room, { kind: 'join', name: 'Table 1', venue: 'Dakar', key: first!.publicKey }),
    await signed(second!, room, { kind: 'join', name: 'Table 2', venue: 'Detroit', key: second!.publicKey }),
  ];
  const add = await signed(first!, room, { kind: 'add', text: 'Free public transport' });
  records.push(add, await signed(second!, room, { kind: 'endorse', revision: add.id }));
  return { records, add, first: first!, second: second! };
}

/** A page opening the room: a fresh document holding fresh copies of the records, as a reload reads them. */
async function openPage(room: string, records: readonly WorkshopRecord[], memory: VerdictMemory | null) {
  const doc = new Y.Doc();
  recordsOf(doc).insert(0, JSON.parse(JSON.stringify(records)) as WorkshopRecord[]);
  const store = new WorkshopStore(doc, { roomId: room, anchor: null, verdicts: memory });
  await store.settled();
  return { doc, store };
}

const shown = (store: WorkshopStore) => store.view.proposals.map((p) => [p.current.text, p.endorsements]);

describe('verdicts kept across reloads', () => {
  it('a reopened session checks no signature it found authentic before, and shows the same proposals', async () => {
    const room = randomBase64url(16);
    const { records } = await sessionFor(room);
    const first = openVerdictMemory(room)!;
    const before = await openPage(room, records, first);
    expect(before.store.verifier.verifications).to.equal(4);
    await first.whenWritten();

    const after = await openPage(room, records, openVerdictMemory(room));
    expect(after.store.verifier.verifications).to.equal(0);
    expect(shown(after.store)).to.deep.equal([['Free public transport', 2]]);
    expect(shown(after.store)).to.deep.equal(shown(before.store));
  });

  it('never reuses a verdict for different content: an altered copy keeping the signature is checked and refused', async () => {
    const room = randomBase64url(16);
    const { records, add } = await sessionFor(room);
    const memory = openVerdictMemory(room)!;
    await openPage(room, records, memory);
    await memory.whenWritten();

    const altered = { ...add, text: 'Free parking' } as WorkshopRecord;
    const { store } = await openPage(room, records.map((r) => (r === add ? altered : r)), openVerdictMemory(room));
    expect(store.verifier.verifications).to.equal(1);
    expect(store.view.proposals).to.have.length(0);
    expect(store.view.diagnostics.map((d) => [d.reason, d.id])).to.deep.include(['bad-signature', add.id]);
  });

  it('keeps nothing for another room: the same records opened under a different room are checked', async () => {
    const room = randomBase64url(16);
    const { records } = await sessionFor(room);
    const memory = openVerdictMemory(room)!;
    await openPage(room, records, memory);
    await memory.whenWritten();

    const other = randomBase64url(16);
    const { store } = await openPage(other, records, openVerdictMemory(other));
    expect(store.verifier.verifications).to.equal(4);
    expect(store.view.proposals).to.have.length(0);
  });

  it("checks a group's new record against the key of a join it remembered", async () => {
    const room = randomBase64url(16);
    const { records, add, second } = await sessionFor(room);
    const memory = openVerdictMemory(room)!;
    await openPage(room, records, memory);
    await memory.whenWritten();

    const { doc, store } = await openPage(room, records, openVerdictMemory(room));
    expect(store.verifier.verifications).to.equal(0);
    const withdraw = await signed(second, room, { kind: 'withdraw', revision: add.id });
    recordsOf(doc).insert(records.length, [withdraw]);
    await store.settled();
    expect(store.verifier.verdict(withdraw)).to.equal('authentic');
    expect(store.verifier.verifications).to.equal(1);
    expect(shown(store)).to.deep.equal([['Free public transport', 1]]);
  });
});
