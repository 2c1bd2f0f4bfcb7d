import { expect } from 'chai';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { signingPayload } from '../../src/domain/signing.ts';
import { createKeyPair, signerFor, type Signer, type SigningAlgorithm } from '../../src/doc/crypto/keys.ts';
import { SignatureVerifier } from '../../src/doc/crypto/verifier.ts';
import { randomBase64url } from '../../src/doc/random-ids.ts';

const ROOM = 'ungWv48Bz-pBQUDeXa4iI7';
const EARLIER_ROOM = 'AAAAAAAAAAAAAAAAAAAAAA';

let wall = 1_700_000_000_000;
/** A record by hand, as the document holds it: every field, then the signature. */
function draft(author: string, body: Record<string, unknown>): WorkshopRecord {
  return { v: 1, id: randomBase64url(12), author, hlc: [wall++, 0], ...body } as unknown as WorkshopRecord;
}

async function signed(signer: Signer, body: Record<string, unknown>, room = ROOM): Promise<WorkshopRecord> {
  const record = draft(signer.actor, body);
  return { ...record, sig: await signer.sign(signingPayload(record, room)) };
}

const joinOf = (signer: Signer, name = 'Table 1') =>
  signed(signer, { kind: 'join', name, venue: 'Paris', key: signer.publicKey });

/** What another replica reads: the same record as a fresh object. */
const reparsed = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function resign(signer: Signer, record: WorkshopRecord, room = ROOM): Promise<WorkshopRecord> {
  const { sig: _sig, ...unsigned } = record;
  return { ...unsigned, sig: await signer.sign(signingPayload(unsigned as WorkshopRecord, room)) } as WorkshopRecord;
}

describe('SignatureVerifier', () => {
  for (const algorithm of ['Ed25519', 'ECDSA-P256'] as SigningAlgorithm[]) {
    it(`finds a ${algorithm} group's join and records authentic, in one batch, once each`, async () => {
      const group = await signerFor(await createKeyPair({ algorithm }));
      const join = await joinOf(group);
      const add = await signed(group, { kind: 'add', text: 'Free public transport' });
      const endorse = await signed(group, { kind: 'endorse', revision: add.id });
      const verifier = new SignatureVerifier(() => [ROOM]);
      expect(verifier.verdict(add)).to.equal(undefined);

      // The join comes last in the batch; it is still checked first.
      await verifier.verify([add, endorse, join]);
      expect([join, add, endorse].map((r) => verifier.verdict(r))).to.deep.equal(['authentic', 'authentic', 'authentic']);
      expect(verifier.verifications).to.equal(3);

      // Neither the same objects nor re-parsed copies are checked again.
      await verifier.verify([add, endorse, join]);
      const copies = reparsed([join, add, endorse]);
      expect(copies.map((r) => verifier.verdict(r))).to.deep.equal(['authentic', 'authentic', 'authentic']);
      await verifier.verify(reparsed([join, add, endorse]));
      expect(verifier.verifications).to.equal(3);
    });
  }

  it('refuses altered text, another room, and a missing or malformed signature', async () => {
    const group = await signerFor(await createKeyPair());
    const join = await joinOf(group);
    const add = await signed(group, { kind: 'add', text: 'Original' });
    const altered = { ...add, text: 'Altered' } as WorkshopRecord;
    const otherRoom = await signed(group, { kind: 'add', text: 'For another session' }, EARLIER_ROOM);
    const { sig: _sig, ...unsigned } = await signed(group, { kind: 'add', text: 'Unsigned' });
    const garbled = { ...(await signed(group, { kind: 'add', text: 'Garbled' })), sig: 'not a signature' } as WorkshopRecord;
    const verifier = new SignatureVerifier(() => [ROOM]);
    await verifier.verify([join, altered, otherRoom, unsigned as WorkshopRecord, garbled]);
    expect(verifier.verdict(join)).to.equal('authentic');
    expect(verifier.verdict(altered)).to.equal('bad-signature');
    expect(verifier.verdict(otherRoom)).to.equal('bad-signature');
    expect(verifier.verdict(unsigned as WorkshopRecord)).to.equal('bad-signature');
    expect(verifier.verdict(garbled)).to.equal('bad-signature');
  });

  it('accepts a record signed for a room the session continues', async () => {
    const group = await signerFor(await createKeyPair());
    const join = await joinOf(group);
    const earlier = await signed(group, { kind: 'add', text: 'Written in the earlier session' }, EARLIER_ROOM);
    const rooms = [ROOM];
    const verifier = new SignatureVerifier(() => rooms);
    await verifier.verify([join, earlier]);
    expect(verifier.verdict(earlier)).to.equal('bad-signature');
    // The import adds the earlier room: every verdict is reached again under the new rooms.
    rooms.push(EARLIER_ROOM);
    expect(verifier.verdict(earlier)).to.equal(undefined);
    await verifier.verify([earlier]);
    expect(verifier.verdict(earlier)).to.equal('authentic');
  });

  it('binds the author to the key: a join whose author is not the hash of its key is a bad signature', async () => {
    const victim = await signerFor(await createKeyPair());
    const forger = await signerFor(await createKeyPair());
    // The forger claims the victim's id, carrying and signing with its own key.
    const stolen = { ...draft(victim.actor, { kind: 'join', name: 'Table 1', venue: '', key: forger.publicKey }) };
    const stolenJoin = await resign(forger, stolen);
    const stolenAdd = await resign(forger, draft(victim.actor, { kind: 'add', text: 'In your name' }));
    // A join without its key is refused too.
    const keyless = await signed(forger, { kind: 'join', name: 'No key', venue: '' });
    const verifier = new SignatureVerifier(() => [ROOM]);
    await verifier.verify([stolenJoin, stolenAdd, keyless]);
    expect(verifier.verdict(stolenJoin)).to.equal('bad-signature');
    expect(verifier.verdict(stolenAdd)).to.equal('unknown-signer');
    expect(verifier.verdict(keyless)).to.equal('bad-signature');
    expect(await verifier.learnKey(victim.actor, forger.publicKey)).to.equal(false);
    expect(verifier.verdict(stolenAdd)).to.equal('unknown-signer');
    // The victim's real join teaches the verifier its key; the forger's add still fails under it.
    await verifier.verify([await joinOf(victim)]);
    expect(verifier.verdict(stolenAdd)).to.equal(undefined);
    await verifier.verify([stolenAdd]);
    expect(verifier.verdict(stolenAdd)).to.equal('bad-signature');
  });

  it('calls a record of an author with no known key an unknown signer, until its join arrives', async () => {
    const group = await signerFor(await createKeyPair());
    const join = await joinOf(group);
    const add = await signed(group, { kind: 'add', text: 'Arrived before the join' });
    const verifier = new SignatureVerifier(() => [ROOM]);
    await verifier.verify([add]);
    expect(verifier.verdict(add)).to.equal('unknown-signer');
    expect(verifier.verifications).to.equal(0);
    // Not kept under its content: a copy is still to be checked.
    expect(verifier.verdict(reparsed(add))).to.equal(undefined);
    await verifier.verify([add]);
    expect(verifier.verdict(add)).to.equal('unknown-signer');

    await verifier.verify([join]);
    expect(verifier.verdict(add)).to.equal(undefined);
    await verifier.verify([add, join]);
    expect(verifier.verdict(add)).to.equal('authentic');
    expect(verifier.verifications).to.equal(2);
  });

  it('does not let a forged copy with the same id and signature ride on the genuine verdict', async () => {
    const group = await signerFor(await createKeyPair());
    const join = await joinOf(group);
    const add = await signed(group, { kind: 'add', text: 'Genuine' });
    const verifier = new SignatureVerifier(() => [ROOM]);
    await verifier.verify([join, add]);
    expect(verifier.verdict(add)).to.equal('authentic');
    for (const forged of [
      { ...add, text: 'Forged' },
      { ...add, hlc: [add.hlc[0] + 1, 0] },
      { ...add, lang: 'es' },
      { ...join, name: 'Renamed' },
      { ...join, key: undefined },
    ] as WorkshopRecord[]) {
      expect(verifier.verdict(forged)).to.equal(undefined);
      await verifier.verify([forged]);
      expect(verifier.verdict(forged), JSON.stringify(forged)).to.equal('bad-signature');
    }
    expect(verifier.verdict(reparsed(add))).to.equal('authentic');
  });

  it('takes a record this tab signed on its word, and learns the key it carries', async () => {
    const facilitator = await signerFor(await createKeyPair({ extractable: true }));
    const session = await signed(facilitator, { kind: 'session', title: 'Forum', key: facilitator.publicKey });
    const lock = await signed(facilitator, { kind: 'lock' });
    const verifier = new SignatureVerifier(() => [ROOM]);
    verifier.vouch(session);
    expect(verifier.verdict(session)).to.equal('authentic');
    expect(verifier.verdict(reparsed(session))).to.equal('authentic');
    expect(await verifier.learnKey(facilitator.actor, facilitator.publicKey)).to.equal(true);
    await verifier.verify([lock]);
    expect(verifier.verdict(lock)).to.equal('authentic');
    expect(verifier.verifications).to.equal(1);
  });

  it('checks a record arriving twice in one batch once, and never throws', async () => {
    const group = await signerFor(await createKeyPair());
    const join = await joinOf(group);
    const add = await signed(group, { kind: 'add', text: 'Twice' });
    const verifier = new SignatureVerifier(() => [ROOM]);
    await Promise.all([verifier.verify([join, add, reparsed(add)]), verifier.verify([reparsed(join), add])]);
    expect(verifier.verifications).to.equal(2);
    // A group's join and its record in two batches at once: the record does not stay an unknown signer.
    const other = await signerFor(await createKeyPair({ algorithm: 'ECDSA-P256' }));
    const [otherJoin, otherAdd] = [await joinOf(other), await signed(other, { kind: 'add', text: 'Meanwhile' })];
    await Promise.all([verifier.verify([otherAdd]), verifier.verify([otherJoin])]);
    expect(verifier.verdict(otherAdd)).to.equal('authentic');
    const junk = [null, 42, { kind: 'join', key: 'ed25519.x', sig: 'y' }] as unknown as WorkshopRecord[];
    await verifier.verify(junk);
  });

  it('reports how long one signature check takes (no assertion)', async () => {
    for (const algorithm of ['Ed25519', 'ECDSA-P256'] as SigningAlgorithm[]) {
      const group = await signerFor(await createKeyPair({ algorithm }));
      const join = await joinOf(group);
      const records = [join];
      for (let i = 0; i < 200; i++) records.push(await signed(group, { kind: 'add', text: `Proposal ${i}` }));
      const verifier = new SignatureVerifier(() => [ROOM]);
      const started = performance.now();
      await verifier.verify(records);
      const elapsed = performance.now() - started;
      expect(records.every((r) => verifier.verdict(r) === 'authentic')).to.equal(true);
      console.log(`${algorithm}: ${(elapsed / records.length).toFixed(3)} ms per record (${records.length} in a batch)`);
    }
  });
});
