import { expect } from 'chai';
import { PUBLIC_KEY_PATTERN, SIGNATURE_PATTERN, type WorkshopRecord } from '../../src/domain/records.ts';
import { signingPayload } from '../../src/domain/signing.ts';
import { base64url, fromBase64url } from '../../src/doc/crypto/base64url.ts';
import { listActors, loadKeyPair, saveKeyPair } from '../../src/doc/crypto/key-store.ts';
import {
  SECRET_PATTERN,
  actorIdFor,
  createKeyPair,
  exportSecret,
  importPublicKey,
  importSecret,
  preferredAlgorithm,
  signerFor,
  verifySignature,
  type SigningAlgorithm,
} from '../../src/doc/crypto/keys.ts';
import { randomBase64url } from '../../src/doc/random-ids.ts';

const ROOM = 'ungWv48Bz-pBQUDeXa4iI7';
const OTHER_ROOM = 'AAAAAAAAAAAAAAAAAAAAAA';

const add = (author: string, text: string): WorkshopRecord => ({
  v: 1,
  id: 'abcdefghijklmnop',
  author,
  hlc: [1_700_000_000_000, 0],
  kind: 'add',
  text,
});

describe('base64url decoding', () => {
  it('round-trips every length and refuses what is not canonical unpadded base64url', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(n));
      expect(fromBase64url(base64url(bytes))).to.deep.equal(bytes);
    }
    for (const bad of ['a', 'ab=', 'a+b/', 'ab cd', 'AB==', 'AB', 'é']) {
      // 'AB' is not canonical: its last character carries stray low bits ('AA' is the canonical form).
      expect(fromBase64url(bad), bad).to.equal(null);
    }
    expect(fromBase64url('AA')).to.deep.equal(new Uint8Array([0]));
  });

  it('gives every byte string exactly one text: of all 2- and 3-character texts, one per 1- and 2-byte string decodes', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const decoded = [0, 0, 0];
    for (const a of alphabet) {
      for (const b of alphabet) {
        const pairs = [a + b, ...[...alphabet].map((c) => a + b + c)];
        for (const text of pairs) {
          const bytes = fromBase64url(text);
          if (bytes === null) continue;
          expect(base64url(bytes), text).to.equal(text);
          decoded[bytes.length] = (decoded[bytes.length] ?? 0) + 1;
        }
      }
    }
    expect(decoded).to.deep.equal([0, 256, 65536]);
  });
});

describe('signing keys', () => {
  it('prefers Ed25519 where the browser has it, and says so once', async () => {
    const first = await preferredAlgorithm();
    expect(first).to.be.oneOf(['Ed25519', 'ECDSA-P256']);
    expect(await preferredAlgorithm()).to.equal(first);
    // The Chromium this project tests with has Ed25519.
    expect(first).to.equal('Ed25519');
  });

  it('binds the actor id to the key text: the first 22 characters of its base64url SHA-256', async () => {
    // sha256("abc") = ba7816bf…, as for room ids.
    expect(await actorIdFor('abc')).to.equal('ungWv48Bz-pBQUDeXa4iI7');
  });

  for (const algorithm of ['Ed25519', 'ECDSA-P256'] as SigningAlgorithm[]) {
    describe(algorithm, () => {
      it('signs a record and verifies it for its room only, and not once altered', async () => {
        const signer = await signerFor(await createKeyPair({ algorithm }));
        expect(signer.publicKey).to.match(PUBLIC_KEY_PATTERN);
        expect(signer.publicKey.startsWith(algorithm === 'Ed25519' ? 'ed25519.' : 'p256.')).to.equal(true);
        expect(signer.actor).to.equal(await actorIdFor(signer.publicKey));
        const record = add(signer.actor, 'Free public transport');
        const sig = await signer.sign(signingPayload(record, ROOM));
        expect(sig).to.match(SIGNATURE_PATTERN);

        const key = await importPublicKey(signer.publicKey);
        expect(key).to.not.equal(null);
        expect(await verifySignature(key!, sig, signingPayload(record, ROOM))).to.equal(true);
        expect(await verifySignature(key!, sig, signingPayload(record, OTHER_ROOM))).to.equal(false);
        const altered = add(signer.actor, 'Free public transport!');
        expect(await verifySignature(key!, sig, signingPayload(altered, ROOM))).to.equal(false);
        const stranger = await importPublicKey((await signerFor(await createKeyPair({ algorithm }))).publicKey);
        expect(await verifySignature(stranger!, sig, signingPayload(record, ROOM))).to.equal(false);
      });

      it('keeps a group key non-extractable by default, the facilitator key extractable on request', async () => {
        const group = await createKeyPair({ algorithm });
        expect(group.privateKey.extractable).to.equal(false);
        expect(group.publicKey.extractable).to.equal(true);
        expect((await createKeyPair({ algorithm, extractable: true })).privateKey.extractable).to.equal(true);
      });

      it('carries the facilitator key in a link secret and brings back the same actor, able to sign', async () => {
        const keyPair = await createKeyPair({ algorithm, extractable: true });
        const original = await signerFor(keyPair);
        const secret = await exportSecret(keyPair);
        expect(secret).to.match(SECRET_PATTERN);
        expect(secret).to.match(/^[A-Za-z0-9_.-]+$/);
        expect(secret.startsWith(algorithm === 'Ed25519' ? 'e.' : 'p.')).to.equal(true);

        const imported = await importSecret(secret);
        expect(imported).to.not.equal(null);
        expect(imported!.privateKey.extractable).to.equal(false);
        const again = await signerFor(imported!);
        expect(again.actor).to.equal(original.actor);
        expect(again.publicKey).to.equal(original.publicKey);
        const record = add(again.actor, 'Signed on the second device');
        const sig = await again.sign(signingPayload(record, ROOM));
        const key = await importPublicKey(original.publicKey);
        expect(await verifySignature(key!, sig, signingPayload(record, ROOM))).to.equal(true);
      });

      it('refuses a secret whose private key does not match its public key', async () => {
        const [mine, theirs] = await Promise.all([
          exportSecret(await createKeyPair({ algorithm, extractable: true })),
          exportSecret(await createKeyPair({ algorithm, extractable: true })),
        ]);
        const [tag, d] = mine.split('.');
        const mixed = [tag, d, ...theirs.split('.').slice(2)].join('.');
        expect(mixed).to.match(SECRET_PATTERN);
        expect(await importSecret(mixed)).to.equal(null);
      });
    });
  }

  it('gives null or false for malformed keys, secrets and signatures, and never throws', async () => {
    const signer = await signerFor(await createKeyPair());
    const p256 = await signerFor(await createKeyPair({ algorithm: 'ECDSA-P256' }));
    const payload = signingPayload(add(signer.actor, 'x'), ROOM);
    const sig = await signer.sign(payload);
    const offCurve = `p256.${base64url(new Uint8Array([4, ...new Uint8Array(64).fill(1)]))}`;
    const compressedTag = `p256.${base64url(new Uint8Array([2, ...crypto.getRandomValues(new Uint8Array(64))]))}`;
    for (const bad of [
      '',
      'ed25519.',
      `rsa.${randomBase64url(32)}`,
      `ed25519.${randomBase64url(31)}`,
      signer.publicKey.slice(0, -1) + '=',
      offCurve,
      compressedTag,
      `${signer.publicKey} `,
      42 as unknown as string,
    ]) {
      expect(await importPublicKey(bad), String(bad)).to.equal(null);
    }
    const key = (await importPublicKey(signer.publicKey))!;
    const p256Key = (await importPublicKey(p256.publicKey))!;
    for (const bad of ['', sig.slice(1), `${sig}A`, `${sig.slice(0, -1)}+`, 'A'.repeat(86), null as unknown as string]) {
      expect(await verifySignature(key, bad, payload)).to.equal(false);
      expect(await verifySignature(p256Key, bad, payload)).to.equal(false);
    }
    // A signature made with one algorithm checked under the other's key.
    expect(await verifySignature(p256Key, sig, payload)).to.equal(false);

    const secret = await exportSecret(await createKeyPair({ extractable: true }));
    for (const bad of [
      '',
      'e.',
      secret.slice(0, -1),
      `${secret}.`,
      secret.replace(/^e\./, 'p.'),
      `x${secret.slice(1)}`,
      `e.${'A'.repeat(43)}.${'A'.repeat(43)}`,
      `p.${'_'.repeat(43)}.${'_'.repeat(43)}.${'_'.repeat(43)}`,
      undefined as unknown as string,
    ]) {
      expect(await importSecret(bad), String(bad)).to.equal(null);
    }
  });
});

describe('key store (IndexedDB)', () => {
  it('saves, lists and loads key pairs per room; a loaded non-extractable key still signs', async () => {
    const room = randomBase64url(16);
    const keyPair = await createKeyPair();
    const actor = await saveKeyPair(room, keyPair);
    const signer = await signerFor(keyPair);
    expect(actor).to.equal(signer.actor);
    const second = await saveKeyPair(room, await createKeyPair({ algorithm: 'ECDSA-P256' }));
    await saveKeyPair(randomBase64url(16), await createKeyPair());

    expect((await listActors(room)).sort()).to.deep.equal([actor, second].sort());
    expect(await listActors(randomBase64url(16))).to.deep.equal([]);
    expect(await loadKeyPair(room, 'nobody-here-at-all')).to.equal(null);

    const loaded = await loadKeyPair(room, actor);
    expect(loaded).to.not.equal(null);
    expect(loaded!.privateKey.extractable).to.equal(false);
    const again = await signerFor(loaded!);
    expect(again.actor).to.equal(actor);
    const record = add(actor, 'After a reload');
    const sig = await again.sign(signingPayload(record, room));
    expect(await verifySignature((await importPublicKey(signer.publicKey))!, sig, signingPayload(record, room))).to.equal(
      true,
    );
  });
});

describe('Ed25519 without WebCrypto (browsers before Chrome 137 / Safari 17)', () => {
  it('the pure-JS verifier agrees with WebCrypto on genuine, altered and foreign signatures', async () => {
    const { createKeyPair: create, signerFor: signer } = await import('../../src/doc/crypto/keys.ts');
    const { verifyEd25519WithoutWebCrypto } = await import('../../src/doc/crypto/keys.ts');
    const mine = await signer(await create({ algorithm: 'Ed25519' }));
    const other = await signer(await create({ algorithm: 'Ed25519' }));
    const raw = (s: { publicKey: string }) => fromBase64url(s.publicKey.slice('ed25519.'.length))!;
    for (let i = 0; i < 20; i++) {
      const payload = new TextEncoder().encode(`record ${i} ${randomBase64url(8)}`);
      const sig = fromBase64url(await mine.sign(payload))!;
      expect(await verifyEd25519WithoutWebCrypto(raw(mine), sig, payload)).to.equal(true);
      const altered = new TextEncoder().encode(`record ${i} altered`);
      expect(await verifyEd25519WithoutWebCrypto(raw(mine), sig, altered)).to.equal(false);
      expect(await verifyEd25519WithoutWebCrypto(raw(other), sig, payload)).to.equal(false);
    }
  });
});
