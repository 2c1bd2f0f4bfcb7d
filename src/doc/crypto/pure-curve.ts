/** One signature scheme in pure JS, with WebCrypto's conventions: raw public keys, 64-byte signatures. */
export interface PureCurve {
  /** A new key: random bytes (crypto.getRandomValues exists outside secure contexts too) and its public key. */
  keyPair(): { secretKey: Uint8Array; publicKey: Uint8Array };
  /** Throws for bytes that are no private key. */
  publicKeyOf(secretKey: Uint8Array): Uint8Array;
  sign(payload: Uint8Array, secretKey: Uint8Array): Uint8Array;
  /** False for anything malformed; never throws. */
  verify(signature: Uint8Array, payload: Uint8Array, publicKey: Uint8Array): boolean;
  /** Whether WebCrypto would import these bytes as a public key of this scheme. */
  importable(raw: Uint8Array): boolean;
}
