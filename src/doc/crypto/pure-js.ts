import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';

/*
 * The audited pure-JS code a page uses where WebCrypto is missing: a page served over plain HTTP from a LAN
 * address (a venue relay) is not a secure context, so it has no crypto.subtle. Loaded only there.
 */

// @noble/ed25519 hashes with WebCrypto unless told otherwise, and there is none here.
ed.hashes.sha512 = sha512;

export { sha256 };

/** A new Ed25519 key: a 32-byte seed (crypto.getRandomValues exists outside secure contexts too) and its public key. */
export function ed25519KeyPair(): { secretKey: Uint8Array; publicKey: Uint8Array } {
  return ed.keygen();
}

export const ed25519PublicKey = (secretKey: Uint8Array): Uint8Array => ed.getPublicKey(secretKey);

/** Deterministic (RFC 8032): the same key signs the same bytes exactly as WebCrypto does. */
export const ed25519Sign = (payload: Uint8Array, secretKey: Uint8Array): Uint8Array => ed.sign(payload, secretKey);

/** RFC 8032 strict (not ZIP215), the closest to what WebCrypto engines accept. */
export function ed25519Verify(signature: Uint8Array, payload: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed.verify(signature, payload, publicKey, { zip215: false });
  } catch {
    return false;
  }
}
