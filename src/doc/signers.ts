import type { ActorId } from '../domain/records.ts';
import { loadKeyPair, saveKeyPair } from './crypto/key-store.ts';
import { createKeyPair, exportSecret, importSecret, signerFor, type Signer } from './crypto/keys.ts';
import { during } from './setup-failure.ts';

/**
 * A new group's key, kept in this browser only (IndexedDB, private half non-extractable where the page has
 * WebCrypto): whoever holds the scribe link can join, but only this browser can speak for the group it created.
 */
export async function newGroupSigner(roomId: string): Promise<Signer> {
  const keyPair = await during('keys', () => createKeyPair({ extractable: false }));
  await during('storage', () => saveKeyPair(roomId, keyPair));
  return during('keys', () => signerFor(keyPair));
}

/** The key this browser saved for the group, or null when it has none (another browser, storage cleared). */
export async function savedGroupSigner(roomId: string, group: ActorId): Promise<Signer | null> {
  const keyPair = await loadKeyPair(roomId, group).catch(() => null);
  return keyPair ? signerFor(keyPair) : null;
}

export interface Facilitator {
  signer: Signer;
  /** The private key in a link-safe form: the facilitator link carries it to another device. */
  secret: string;
}

/** The facilitator's key is extractable on purpose: its link is how a second device becomes facilitator. */
export function newFacilitator(): Promise<Facilitator> {
  return during('keys', async () => {
    const keyPair = await createKeyPair({ extractable: true });
    return { signer: await signerFor(keyPair), secret: await exportSecret(keyPair) };
  });
}

/** The facilitator named by a facilitator link's secret; null when the secret is malformed. */
export async function facilitatorFromSecret(secret: string): Promise<Facilitator | null> {
  const keyPair = await importSecret(secret);
  return keyPair ? { signer: await signerFor(keyPair), secret } : null;
}
