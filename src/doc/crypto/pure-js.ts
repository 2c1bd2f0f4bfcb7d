import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import type { PureCurve } from './pure-curve.ts';

/*
 * The audited pure-JS code a page uses where WebCrypto is missing: a page served over plain HTTP from a LAN
 * address (a venue relay) is not a secure context, so it has no crypto.subtle. Loaded only there, and by
 * browsers whose WebCrypto lacks Ed25519, to verify.
 */

// @noble/ed25519 hashes with WebCrypto unless told otherwise, and there may be none.
ed.hashes.sha512 = sha512;

export { sha256 };

export const ed25519: PureCurve = {
  keyPair: () => ed.keygen(),
  publicKeyOf: (secretKey) => ed.getPublicKey(secretKey),
  // Deterministic (RFC 8032): the same key signs the same bytes exactly as WebCrypto does.
  sign: (payload, secretKey) => ed.sign(payload, secretKey),
  verify(signature, payload, publicKey) {
    try {
      // RFC 8032 strict (not ZIP215), the closest to what WebCrypto engines accept.
      return ed.verify(signature, payload, publicKey, { zip215: false });
    } catch {
      return false;
    }
  },
  // WebCrypto imports any 32 bytes as an Ed25519 key; one off the curve fails when verifying.
  importable: (raw) => raw.length === 32,
};
