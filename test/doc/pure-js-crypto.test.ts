import { expect } from 'chai';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { signingPayload } from '../../src/domain/signing.ts';
import { newWriteKey, roomIdFor } from '../../src/doc/capabilities.ts';
import { base64url } from '../../src/doc/crypto/base64url.ts';
import { loadKeyPair, saveKeyPair } from '../../src/doc/crypto/key-store.ts';
import {
  actorIdFor,
  createKeyPair,
  exportSecret,
  importPublicKey,
  importSecret,
  signerFor,
  verifySignature,
  type Signer,
  type SigningAlgorithm,
} from '../../src/doc/crypto/keys.ts';
import { SignatureVerifier } from '../../src/doc/crypto/verifier.ts';
import { randomBase64url } from '../../src/doc/random-ids.ts';

// A page served over plain HTTP from a LAN address (a venue relay) has no crypto.subtle: it hashes, signs and
// verifies with pure JS. Every result must be the one WebCrypto gives, or replicas would disagree.

const ROOM = 'ungWv48Bz-pBQUDeXa4iI7';
const ALGORITHMS: SigningAlgorithm[] = ['Ed25519', 'ECDSA-P256'];

const add = (author: string, text: string): WorkshopRecord => ({
  v: 1,
  id: randomBase64url(12),
  author,
  hlc: [1_700_000_000_000, 0],
  kind: 'add',
  text,
});

const pureSigner = async (algorithm: SigningAlgorithm): Promise<Signer> =>
  signerFor(await createKeyPair({ algorithm, pureJs: true }));
const webSigner = async (algorithm: SigningAlgorithm): Promise<Signer> =>
  signerFor(await createKeyPair({ algorithm, pureJs: false }));

/** Whether the 64-byte r‖s signature has s above n/2: WebCrypto makes and accepts those, bitcoin-style checks refuse them. */
const P256_HALF_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n / 2n;
const hasHighS = (sig: string): boolean => {
  const bytes = Uint8Array.from(atob(sig.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const s = BigInt(`0x${[...bytes.subarray(32)].map((b) => b.toString(16).padStart(2, '0')).join('')}`);
  return s > P256_HALF_ORDER;
};

describe('pure-JS crypto, for pages without WebCrypto', () => {
  it('this test page has WebCrypto, so both paths can be compared', () => {
    expect(globalThis.crypto.subtle).to.not.equal(undefined);
  });

  it('derives the same room ids and actor ids as WebCrypto (DESIGN.md §3)', async () => {
    expect(await roomIdFor('abc', true)).to.equal('ungWv48Bz-pBQUDeXa4iI7');
    expect(await actorIdFor('abc', true)).to.equal('ungWv48Bz-pBQUDeXa4iI7');
    for (let i = 0; i < 50; i++) {
      const writeKey = newWriteKey();
      expect(await roomIdFor(writeKey, true), writeKey).to.equal(await roomIdFor(writeKey, false));
    }
    // Any length, not only 22-character keys: actor ids hash whole key texts.
    for (const text of ['', 'é', 'ed25519.' + randomBase64url(32), 'x'.repeat(1000)]) {
      expect(await actorIdFor(text, true)).to.equal(await actorIdFor(text, false));
    }
  });

  for (const algorithm of ALGORITHMS) {
    describe(algorithm, () => {
      it('makes key pairs of bytes, extractable by necessity, named by the same actor id', async () => {
        const pair = await createKeyPair({ algorithm, pureJs: true });
        expect(pair.privateKey.extractable).to.equal(true);
        expect('bytes' in pair.privateKey).to.equal(true);
        const signer = await signerFor(pair);
        expect(signer.publicKey.startsWith(algorithm === 'Ed25519' ? 'ed25519.' : 'p256.')).to.equal(true);
        expect(signer.actor).to.equal(await actorIdFor(signer.publicKey, false));
      });

      it('signatures verify across paths: pure-JS signed, WebCrypto checked, and the other way round', async () => {
        const [pure, web] = await Promise.all([pureSigner(algorithm), webSigner(algorithm)]);
        for (const [signer, from] of [[pure, 'pure JS'], [web, 'WebCrypto']] as const) {
          const record = add(signer.actor, `Signed with ${from}`);
          const sig = await signer.sign(signingPayload(record, ROOM));
          for (const pureJs of [false, true]) {
            const key = await importPublicKey(signer.publicKey, pureJs);
            expect(key, `${from} key imported ${pureJs ? 'in pure JS' : 'by WebCrypto'}`).to.not.equal(null);
            expect(await verifySignature(key!, sig, signingPayload(record, ROOM)), `${from} → ${pureJs}`).to.equal(true);
            expect(await verifySignature(key!, sig, signingPayload(record, 'AAAAAAAAAAAAAAAAAAAAAA'))).to.equal(false);
            expect(await verifySignature(key!, sig, signingPayload(add(signer.actor, 'altered'), ROOM))).to.equal(false);
          }
        }
      });

      it('a facilitator link secret made on one path opens on the other, as the same actor', async () => {
        for (const [made, opened] of [[true, false], [false, true], [true, true]] as const) {
          const pair = await createKeyPair({ algorithm, extractable: true, pureJs: made });
          const original = await signerFor(pair);
          const secret = await exportSecret(pair);
          const imported = await importSecret(secret, opened);
          expect(imported, `made ${made ? 'in pure JS' : 'by WebCrypto'}, opened ${opened ? 'in pure JS' : 'by WebCrypto'}`).to.not.equal(null);
          const again = await signerFor(imported!);
          expect(again.actor).to.equal(original.actor);
          expect(again.publicKey).to.equal(original.publicKey);
          const record = add(again.actor, 'From the second device');
          const sig = await again.sign(signingPayload(record, ROOM));
          expect(await verifySignature((await importPublicKey(original.publicKey, !opened))!, sig, signingPayload(record, ROOM))).to.equal(true);
        }
      });

      it('refuses a secret whose private key does not match its public key', async () => {
        const [mine, theirs] = await Promise.all([
          exportSecret(await createKeyPair({ algorithm, extractable: true })),
          exportSecret(await createKeyPair({ algorithm, extractable: true })),
        ]);
        const [tag, d] = mine.split('.');
        const mixed = [tag, d, ...theirs.split('.').slice(2)].join('.');
        expect(await importSecret(mixed, true)).to.equal(null);
        expect(await importSecret(mine, true)).to.not.equal(null);
      });
    });
  }

  it('Ed25519 signatures are byte for byte those WebCrypto makes with the same key', async () => {
    const pair = await createKeyPair({ algorithm: 'Ed25519', extractable: true, pureJs: true });
    const pure = await signerFor(pair);
    const web = await signerFor((await importSecret(await exportSecret(pair), false))!);
    for (let i = 0; i < 10; i++) {
      const payload = signingPayload(add(pure.actor, `record ${i}`), ROOM);
      expect(await pure.sign(payload)).to.equal(await web.sign(payload));
    }
  });

  it('accepts P-256 signatures with a high S, as WebCrypto does (about half of those it makes)', async () => {
    const web = await webSigner('ECDSA-P256');
    const key = (await importPublicKey(web.publicKey, true))!;
    let highS = 0;
    for (let i = 0; i < 40; i++) {
      const payload = signingPayload(add(web.actor, `record ${i}`), ROOM);
      const sig = await web.sign(payload);
      if (hasHighS(sig)) highS++;
      expect(await verifySignature(key, sig, payload), `signature ${i}`).to.equal(true);
    }
    expect(highS, 'high-S signatures among 40').to.be.greaterThan(0);
  });

  it('refuses exactly the malformed keys WebCrypto refuses', async () => {
    const offCurve = `p256.${base64url(new Uint8Array([4, ...new Uint8Array(64).fill(1)]))}`;
    const compressedTag = `p256.${base64url(new Uint8Array([2, ...crypto.getRandomValues(new Uint8Array(64))]))}`;
    const genuine = [(await webSigner('Ed25519')).publicKey, (await webSigner('ECDSA-P256')).publicKey];
    for (const text of ['', 'ed25519.', `ed25519.${randomBase64url(31)}`, `ed25519.${randomBase64url(32)}`, offCurve, compressedTag, ...genuine]) {
      const [web, pure] = await Promise.all([importPublicKey(text, false), importPublicKey(text, true)]);
      expect(pure === null, text).to.equal(web === null);
    }
  });

  it('a verifier without WebCrypto reaches the same verdicts as one with it', async () => {
    const groups = await Promise.all([pureSigner('Ed25519'), webSigner('Ed25519'), webSigner('ECDSA-P256'), pureSigner('ECDSA-P256')]);
    const stranger = await pureSigner('Ed25519');
    const records: WorkshopRecord[] = [];
    for (const group of groups) {
      const { text: _text, ...base } = add(group.actor, '') as WorkshopRecord & { text: string };
      const join = { ...base, kind: 'join', name: 'Table', venue: 'Paris', key: group.publicKey } as unknown as WorkshopRecord;
      records.push({ ...join, sig: await group.sign(signingPayload(join, ROOM)) });
      const genuine = add(group.actor, 'genuine');
      const sig = await group.sign(signingPayload(genuine, ROOM));
      records.push({ ...genuine, sig }, { ...genuine, text: 'altered', sig } as WorkshopRecord);
      const elsewhere = add(group.actor, 'for another room');
      records.push({ ...elsewhere, sig: await group.sign(signingPayload(elsewhere, 'AAAAAAAAAAAAAAAAAAAAAA')) });
    }
    const unknown = add(stranger.actor, 'no join');
    records.push({ ...unknown, sig: await stranger.sign(signingPayload(unknown, ROOM)) });
    const verdicts = async (pureJs: boolean) => {
      const verifier = new SignatureVerifier(() => [ROOM], { pureJs });
      await verifier.verify(records);
      return records.map((record) => verifier.verdict(record));
    };
    const [web, pure] = [await verdicts(false), await verdicts(true)];
    expect(pure).to.deep.equal(web);
    expect(new Set(web)).to.deep.equal(new Set(['authentic', 'bad-signature', 'unknown-signer']));
  });

  it('keeps a pair of bytes in IndexedDB; loaded again it signs as the same group', async () => {
    const room = randomBase64url(16);
    const pair = await createKeyPair({ pureJs: true });
    const actor = await saveKeyPair(room, pair);
    const loaded = await loadKeyPair(room, actor);
    const signer = await signerFor(loaded!);
    expect(signer.actor).to.equal(actor);
    const record = add(actor, 'After a reload');
    const sig = await signer.sign(signingPayload(record, room));
    expect(await verifySignature((await importPublicKey(signer.publicKey, false))!, sig, signingPayload(record, room))).to.equal(true);
  });
});
