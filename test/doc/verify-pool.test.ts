import { expect } from 'chai';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { signingPayload } from '../../src/domain/signing.ts';
import { createKeyPair, importPublicKey, signerFor, type SigningAlgorithm } from '../../src/doc/crypto/keys.ts';
import { VerifyPool, checkHere, type SignatureJob } from '../../src/doc/crypto/verify-pool.ts';

const ROOM = 'ungWv48Bz-pBQUDeXa4iI7';
const EARLIER_ROOM = 'AAAAAAAAAAAAAAAAAAAAAA';
const ROOMS = [ROOM, EARLIER_ROOM];

const workerUrl = new URL('../../src/doc/crypto/verify-worker.ts', import.meta.url);
const realWorkers = () => new Worker(workerUrl, { type: 'module' });

/** `count` records by one author: most signed for the room, some for the earlier room, some altered after signing. */
async function jobs(count: number, algorithm: SigningAlgorithm = 'Ed25519'): Promise<SignatureJob[]> {
  const signer = await signerFor(await createKeyPair({ algorithm }));
  const key = (await importPublicKey(signer.publicKey))!;
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const unsigned = { v: 1, id: `record-${String(i).padStart(8, '0')}`, author: signer.actor, hlc: [1_700_000_000_000 + i, 0], kind: 'add', text: `Proposal ${i}` };
      const room = i % 7 === 3 ? EARLIER_ROOM : ROOM;
      const sig = await signer.sign(signingPayload(unsigned as unknown as WorkshopRecord, room));
      const record = { ...unsigned, sig, ...(i % 11 === 5 ? { text: `Altered ${i}` } : {}) } as unknown as WorkshopRecord;
      return { key, keyText: signer.publicKey, sig, record, rooms: ROOMS };
    }),
  );
}

describe('VerifyPool', () => {
  for (const algorithm of ['Ed25519', 'ECDSA-P256'] as SigningAlgorithm[]) {
    it(`checks a large ${algorithm} batch in workers, with the verdicts the page reaches`, async () => {
      const batch = await jobs(600, algorithm);
      const pool = new VerifyPool(realWorkers, 2);
      const inWorkers = await Promise.all(batch.map(pool.check));
      const inPage = await Promise.all(batch.map(checkHere));
      expect(inWorkers).to.deep.equal(inPage);
      expect(pool.checkedInWorkers).to.equal(600);
      // Each kind of verdict is there: the room, the earlier room, and altered records matching neither.
      expect(new Set(inPage)).to.deep.equal(new Set([0, 1, -1]));
    });
  }

  it('checks a small batch in the page, where a live record does not wait for a round trip', async () => {
    const batch = await jobs(20);
    const pool = new VerifyPool(realWorkers, 2);
    expect(await Promise.all(batch.map(pool.check))).to.deep.equal(await Promise.all(batch.map(checkHere)));
    expect(pool.checkedInWorkers).to.equal(0);
  });

  it('checks in the page what a broken worker held, and everything after', async () => {
    const broken = URL.createObjectURL(new Blob(['throw new Error("broken worker")'], { type: 'text/javascript' }));
    const batch = await jobs(300);
    const pool = new VerifyPool(() => new Worker(broken), 2);
    expect(await Promise.all(batch.map(pool.check))).to.deep.equal(await Promise.all(batch.map(checkHere)));
    expect(await Promise.all(batch.map(pool.check))).to.deep.equal(await Promise.all(batch.map(checkHere)));
    expect(pool.checkedInWorkers).to.equal(0);
  });
});
