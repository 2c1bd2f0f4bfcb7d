import type { Signer } from '../../src/doc/crypto/keys.ts';
import type { ActorId, WorkshopRecord } from '../../src/domain/records.ts';
import { signingPayload } from '../../src/domain/signing.ts';
import { newSigner } from '../support/replica.ts';

/** Fixture records as real browsers would have written them into `roomId`, and each author's key. */
export interface SignedFixture {
  records: WorkshopRecord[];
  /** By the fixture's own author id (A, B, C…): the key that now stands for it. */
  signers: Map<ActorId, Signer>;
  /** The fixture's author id → the actor id it became (the hash of its key). */
  actor(author: ActorId): ActorId;
}

/**
 * Signs the table-driven fixtures (unsigned, with readable author ids) for a room, as the app writes them:
 * each author gets a key, its id becomes the key's, joins and the session record carry the key.
 */
export async function signFixture(records: readonly WorkshopRecord[], roomId: string): Promise<SignedFixture> {
  const signers = new Map<ActorId, Signer>();
  for (const record of records) if (!signers.has(record.author)) signers.set(record.author, await newSigner());
  const actor = (author: ActorId): ActorId => signers.get(author)?.actor ?? author;
  const signed: WorkshopRecord[] = [];
  for (const record of records) signed.push(await signAs(signers.get(record.author)!, roomId, record, actor));
  return { records: signed, signers, actor };
}

/** One more record of the same fixture, signed by its author's key. */
export async function signAs(
  signer: Signer,
  roomId: string,
  record: WorkshopRecord,
  actor: (author: ActorId) => ActorId = (author) => author,
): Promise<WorkshopRecord> {
  const { sig: _sig, ...rest } = record;
  const unsigned = { ...rest, author: signer.actor } as WorkshopRecord;
  if (unsigned.kind === 'join' || unsigned.kind === 'session') unsigned.key = signer.publicKey;
  if (unsigned.kind === 'rename' || unsigned.kind === 'remove') unsigned.group = actor(unsigned.group);
  return { ...unsigned, sig: await signer.sign(signingPayload(unsigned, roomId)) };
}
