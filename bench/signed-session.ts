import type { WorkshopRecord } from '../src/domain/records.ts';
import { signingPayload } from '../src/domain/signing.ts';
import { createKeyPair, signerFor, type Signer } from '../src/doc/crypto/keys.ts';

export interface SignedSession {
  records: WorkshopRecord[];
  /** The facilitator the links name: the session record's author. */
  anchor: string;
}

/**
 * Gives every author of a generated session a real key (Ed25519, as the app makes them), puts the keys in
 * the join and session records and signs every record for `roomId`: what a real session's document holds.
 */
export async function signSession(records: readonly WorkshopRecord[], roomId: string): Promise<SignedSession> {
  // Promises, not signers: records are signed in parallel and each author must get exactly one key.
  const signers = new Map<string, Promise<Signer>>();
  const signerOf = (author: string): Promise<Signer> => {
    let signer = signers.get(author);
    if (!signer) signers.set(author, (signer = createKeyPair({ algorithm: 'Ed25519' }).then(signerFor)));
    return signer;
  };
  // The session's creator facilitates; it is a different key from the group it also plays in the generator.
  const facilitator = await signerFor(await createKeyPair({ algorithm: 'Ed25519' }));
  const signed = await Promise.all(
    records.map(async (record): Promise<WorkshopRecord> => {
      const signer = record.kind === 'session' ? facilitator : await signerOf(record.author);
      const unsigned = {
        ...record,
        author: signer.actor,
        ...(record.kind === 'join' || record.kind === 'session' ? { key: signer.publicKey } : {}),
      } as WorkshopRecord;
      return { ...unsigned, sig: await signer.sign(signingPayload(unsigned, roomId)) };
    }),
  );
  return { records: signed, anchor: facilitator.actor };
}
