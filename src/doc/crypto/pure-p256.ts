import { p256 } from '@noble/curves/nist.js';

/*
 * ECDSA P-256 in pure JS, for pages without WebCrypto that meet a key made by a browser without Ed25519.
 * Its own chunk: such keys are rare, so a page fetches it only when it meets one. WebCrypto's conventions:
 * SHA-256 of the payload, signatures as r‖s (64 bytes), high S accepted, public keys as 65-byte points.
 */

const WEBCRYPTO_LIKE = { prehash: true, lowS: false } as const;

export const p256KeyPair = (): { secretKey: Uint8Array; publicKey: Uint8Array } => {
  const secretKey = p256.utils.randomSecretKey();
  return { secretKey, publicKey: p256PublicKey(secretKey) };
};

/** The uncompressed point, as WebCrypto exports it; throws for a scalar that is no key. */
export const p256PublicKey = (secretKey: Uint8Array): Uint8Array => p256.getPublicKey(secretKey, false);

/** Whether the bytes are a point on the curve: WebCrypto refuses to import any other. */
export function isP256Point(raw: Uint8Array): boolean {
  try {
    p256.Point.fromBytes(raw).assertValidity();
    return true;
  } catch {
    return false;
  }
}

export const p256Sign = (payload: Uint8Array, secretKey: Uint8Array): Uint8Array => p256.sign(payload, secretKey, WEBCRYPTO_LIKE);

export function p256Verify(signature: Uint8Array, payload: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return p256.verify(signature, payload, publicKey, WEBCRYPTO_LIKE);
  } catch {
    return false;
  }
}
