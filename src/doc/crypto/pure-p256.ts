import { p256 as curve } from '@noble/curves/nist.js';
import type { PureCurve } from './pure-curve.ts';

/*
 * ECDSA P-256 in pure JS, for pages without WebCrypto that meet a key made by a browser without Ed25519.
 * Its own chunk: such keys are rare, so a page fetches it only when it meets one. WebCrypto's conventions:
 * SHA-256 of the payload, signatures as r‖s (64 bytes), high S accepted, public keys as 65-byte points.
 */

const WEBCRYPTO_LIKE = { prehash: true, lowS: false } as const;

/** The uncompressed point, as WebCrypto exports it. */
const publicKeyOf = (secretKey: Uint8Array): Uint8Array => curve.getPublicKey(secretKey, false);

export const p256: PureCurve = {
  keyPair() {
    const secretKey = curve.utils.randomSecretKey();
    return { secretKey, publicKey: publicKeyOf(secretKey) };
  },
  publicKeyOf,
  sign: (payload, secretKey) => curve.sign(payload, secretKey, WEBCRYPTO_LIKE),
  verify(signature, payload, publicKey) {
    try {
      return curve.verify(signature, payload, publicKey, WEBCRYPTO_LIKE);
    } catch {
      return false;
    }
  },
  // WebCrypto refuses to import a point that is not on the curve.
  importable(raw) {
    try {
      curve.Point.fromBytes(raw).assertValidity();
      return raw.length === 65;
    } catch {
      return false;
    }
  },
};
