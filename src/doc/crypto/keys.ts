import { PUBLIC_KEY_PATTERN, SIGNATURE_PATTERN, type ActorId, type PublicKeyText } from '../../domain/records.ts';
import { SECRET_PATTERN } from '../link-patterns.ts';
import { base64url, fromBase64url } from './base64url.ts';
import { hasWebCrypto, loadCurve } from './pure-js-loader.ts';
import { sha256 } from './sha256.ts';

/** Ed25519 where the browser has it (small keys, fast), ECDSA P-256 everywhere else. */
export type SigningAlgorithm = 'Ed25519' | 'ECDSA-P256';

/**
 * A key held as bytes by the pure-JS path, on a page without WebCrypto (plain HTTP on a LAN address). Such a
 * page can keep a private key only as bytes, so it is extractable by necessity.
 */
export interface ByteKey {
  readonly scheme: SigningAlgorithm;
  /** Ed25519: the 32-byte seed or public key; P-256: the 32-byte scalar or the 65-byte uncompressed point. */
  readonly bytes: Uint8Array;
  readonly extractable: true;
}

/** A WebCrypto key, or the bytes of one where the page has no WebCrypto. */
export type SigningKey = CryptoKey | ByteKey;

export interface SigningKeyPair {
  publicKey: SigningKey;
  privateKey: SigningKey;
}

// Not `instanceof CryptoKey`: outside secure contexts that global does not exist.
const isByteKey = (key: SigningKey): key is ByteKey => 'bytes' in key;
const byteKey = (scheme: SigningAlgorithm, bytes: Uint8Array): ByteKey => ({ scheme, bytes, extractable: true });

const ED25519 = { name: 'Ed25519' } as const;
const P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const P256_SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

const importParams = (algorithm: SigningAlgorithm) => (algorithm === 'Ed25519' ? ED25519 : P256);

let preferred: Promise<SigningAlgorithm> | null = null;

/** Detected once: a browser that can generate an Ed25519 key can sign and verify with it; the pure-JS path always can. */
export function preferredAlgorithm(): Promise<SigningAlgorithm> {
  preferred ??= Promise.resolve()
    .then(() => (hasWebCrypto() ? crypto.subtle.generateKey(ED25519, false, ['sign', 'verify']) : null))
    .then((): SigningAlgorithm => 'Ed25519')
    .catch((): SigningAlgorithm => 'ECDSA-P256');
  return preferred;
}

/**
 * The first 22 characters of the base64url SHA-256 of the key text: an id nobody can claim without the key.
 * `pureJs` forces the path of pages without WebCrypto (tests); the digest is the same.
 */
export async function actorIdFor(publicKey: PublicKeyText, pureJs?: boolean): Promise<ActorId> {
  return base64url(await sha256(new TextEncoder().encode(publicKey), pureJs)).slice(0, 22);
}

/** Signs records as one actor; `sign` returns a 64-byte signature as 86 base64url characters. */
export interface Signer {
  actor: ActorId;
  publicKey: PublicKeyText;
  sign(payload: Uint8Array): Promise<string>;
}

/**
 * A new key pair. Groups keep theirs non-extractable (the default); the facilitator's is extractable
 * because its link carries it to other devices. The public half is always exportable. Without WebCrypto
 * (or with `pureJs`, for tests) it is an Ed25519 pair of bytes, extractable whatever is asked.
 */
export async function createKeyPair(
  options: { algorithm?: SigningAlgorithm; extractable?: boolean; pureJs?: boolean } = {},
): Promise<SigningKeyPair> {
  if (options.pureJs ?? !hasWebCrypto()) {
    const scheme = options.algorithm ?? 'Ed25519';
    const { secretKey, publicKey } = (await loadCurve(scheme)).keyPair();
    return { privateKey: byteKey(scheme, secretKey), publicKey: byteKey(scheme, publicKey) };
  }
  const algorithm = options.algorithm ?? (await preferredAlgorithm());
  const extractable = options.extractable ?? false;
  return algorithm === 'Ed25519'
    ? crypto.subtle.generateKey(ED25519, extractable, ['sign', 'verify'])
    : crypto.subtle.generateKey(P256, extractable, ['sign', 'verify']);
}

/** Which of the two algorithms a key belongs to; null for any other key. */
export function algorithmOf(key: SigningKey): SigningAlgorithm | null {
  if (isByteKey(key)) return key.scheme;
  const { name } = key.algorithm;
  if (name === 'Ed25519') return 'Ed25519';
  if (name === 'ECDSA' && (key.algorithm as EcKeyAlgorithm).namedCurve === 'P-256') return 'ECDSA-P256';
  return null;
}

/** The public key as records carry it: `ed25519.<32 bytes>` or `p256.<65-byte uncompressed point>`. */
export async function publicKeyText(publicKey: SigningKey): Promise<PublicKeyText> {
  const algorithm = algorithmOf(publicKey);
  if (algorithm === null) throw new TypeError('not a signing key');
  const raw = isByteKey(publicKey) ? publicKey.bytes : new Uint8Array(await crypto.subtle.exportKey('raw', publicKey));
  return `${algorithm === 'Ed25519' ? 'ed25519' : 'p256'}.${base64url(raw)}`;
}

/** The actor a key pair speaks for; a pair of bytes is hashed on the pure-JS path too. */
export async function actorOfKeyPair(keyPair: SigningKeyPair): Promise<ActorId> {
  return actorIdFor(await publicKeyText(keyPair.publicKey), isByteKey(keyPair.publicKey) || undefined);
}

// WebCrypto wants bytes over a plain ArrayBuffer; copies only in the rare case of a shared one.
const plainBytes = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);

const signParams = (algorithm: SigningAlgorithm) => (algorithm === 'Ed25519' ? ED25519 : P256_SIGN);

export async function signerFor(keyPair: SigningKeyPair): Promise<Signer> {
  const algorithm = algorithmOf(keyPair.privateKey);
  if (algorithm === null || algorithmOf(keyPair.publicKey) !== algorithm) throw new TypeError('not a signing key pair');
  const publicKey = await publicKeyText(keyPair.publicKey);
  const actor = await actorOfKeyPair(keyPair);
  const privateKey = keyPair.privateKey;
  if (isByteKey(privateKey)) {
    const sign = async (payload: Uint8Array) => base64url((await loadCurve(algorithm)).sign(payload, privateKey.bytes));
    return { actor, publicKey, sign };
  }
  const params = signParams(algorithm);
  return {
    actor,
    publicKey,
    // ECDSA in WebCrypto gives IEEE P1363 r‖s, 64 bytes like Ed25519.
    sign: async (payload) => base64url(new Uint8Array(await crypto.subtle.sign(params, privateKey, plainBytes(payload)))),
  };
}

/**
 * A key ready to verify with: a WebCrypto key, or raw bytes for the pure-JS verifier, on a page without
 * WebCrypto or, for an Ed25519 key, on a browser whose WebCrypto lacks Ed25519 (Chrome before 137, Safari
 * before 17), so every replica reaches the same verdicts whatever browser a borrowed laptop runs.
 */
export type VerifyingKey = SigningKey;

/**
 * The key a record carries, ready to verify with; null for malformed text or a point off the curve. Never throws.
 * `pureJs` forces the path of pages without WebCrypto (tests).
 */
export async function importPublicKey(text: PublicKeyText, pureJs = !hasWebCrypto()): Promise<VerifyingKey | null> {
  if (typeof text !== 'string' || !PUBLIC_KEY_PATTERN.test(text)) return null;
  const dot = text.indexOf('.');
  const algorithm: SigningAlgorithm = text.slice(0, dot) === 'ed25519' ? 'Ed25519' : 'ECDSA-P256';
  const raw = fromBase64url(text.slice(dot + 1));
  if (raw === null || raw.length !== (algorithm === 'Ed25519' ? 32 : 65)) return null;
  try {
    if (pureJs) return (await loadCurve(algorithm)).importable(raw) ? byteKey(algorithm, raw) : null;
    return await crypto.subtle.importKey('raw', raw, importParams(algorithm), true, ['verify']);
  } catch {
    // A browser without Ed25519 in WebCrypto checks these with the pure-JS verifier instead.
    if (algorithm === 'Ed25519' && (await preferredAlgorithm()) !== 'Ed25519') return byteKey(algorithm, raw);
    return null;
  }
}

/** Whether `signature` (86 base64url characters) holds over `payload`; false for anything malformed. Never throws. */
export async function verifySignature(publicKey: VerifyingKey, signature: string, payload: Uint8Array): Promise<boolean> {
  if (typeof signature !== 'string' || !SIGNATURE_PATTERN.test(signature)) return false;
  const bytes = fromBase64url(signature);
  if (bytes === null) return false;
  try {
    if (isByteKey(publicKey)) return (await loadCurve(publicKey.scheme)).verify(bytes, payload, publicKey.bytes);
    const algorithm = algorithmOf(publicKey);
    if (algorithm === null) return false;
    return await crypto.subtle.verify(signParams(algorithm), publicKey, bytes, plainBytes(payload));
  } catch {
    return false;
  }
}

/** For tests: verifies an Ed25519 signature with the pure-JS path, as a browser without WebCrypto Ed25519 does. */
export const verifyEd25519WithoutWebCrypto = async (publicKey: Uint8Array, signature: Uint8Array, payload: Uint8Array) =>
  (await loadCurve('Ed25519')).verify(signature, payload, publicKey);

export { SECRET_PATTERN };

/** The private key as compact URL-safe text for the facilitator link; needs an extractable private key. */
export async function exportSecret(keyPair: SigningKeyPair): Promise<string> {
  const algorithm = algorithmOf(keyPair.privateKey);
  if (algorithm === null) throw new TypeError('not a signing key pair');
  const parts = isByteKey(keyPair.privateKey) ? secretParts(keyPair, algorithm) : await jwkParts(keyPair, algorithm);
  const secret = parts.join('.');
  if (!SECRET_PATTERN.test(secret)) throw new TypeError('unexpected key export');
  return secret;
}

async function jwkParts(keyPair: SigningKeyPair, algorithm: SigningAlgorithm): Promise<unknown[]> {
  const jwk = await crypto.subtle.exportKey('jwk', keyPair.privateKey as CryptoKey);
  return algorithm === 'Ed25519' ? ['e', jwk.d, jwk.x] : ['p', jwk.d, jwk.x, jwk.y];
}

/** The same fields as WebCrypto's JWK: the seed or scalar, then the public key (P-256: its x and y). */
function secretParts(keyPair: SigningKeyPair, algorithm: SigningAlgorithm): string[] {
  const d = base64url((keyPair.privateKey as ByteKey).bytes);
  const point = (keyPair.publicKey as ByteKey).bytes;
  return algorithm === 'Ed25519' ? ['e', d, base64url(point)] : ['p', d, base64url(point.subarray(1, 33)), base64url(point.subarray(33))];
}

const PROBE = new TextEncoder().encode('cdw-secret-probe');

/**
 * The key pair a facilitator link carries; the private half is not extractable on this device (unless it has
 * no WebCrypto). Null for anything malformed, or a private key that does not match its public key. Never throws.
 * `pureJs` forces the path of pages without WebCrypto (tests).
 */
export async function importSecret(text: string, pureJs = !hasWebCrypto()): Promise<SigningKeyPair | null> {
  if (typeof text !== 'string' || !SECRET_PATTERN.test(text)) return null;
  const [tag, d, x, y] = text.split('.') as [string, string, string, string | undefined];
  if ([d, x, y].some((part) => part !== undefined && fromBase64url(part) === null)) return null;
  const algorithm: SigningAlgorithm = tag === 'e' ? 'Ed25519' : 'ECDSA-P256';
  if (pureJs) return byteKeyPairFromSecret(algorithm, d, x, y);
  const publicJwk: JsonWebKey =
    algorithm === 'Ed25519' ? { kty: 'OKP', crv: 'Ed25519', x } : { kty: 'EC', crv: 'P-256', x, y };
  try {
    const params = importParams(algorithm);
    const privateKey = await crypto.subtle.importKey('jwk', { ...publicJwk, d }, params, false, ['sign']);
    const publicKey = await crypto.subtle.importKey('jwk', publicJwk, params, true, ['verify']);
    // Some engines do not check that d and x belong together; one signature settles it.
    const probe = await crypto.subtle.sign(signParams(algorithm), privateKey, PROBE);
    if (!(await crypto.subtle.verify(signParams(algorithm), publicKey, probe, PROBE))) return null;
    return { privateKey, publicKey };
  } catch {
    return null;
  }
}

/** Without WebCrypto: the public key is derived from the private one and must be the one the link states. */
async function byteKeyPairFromSecret(algorithm: SigningAlgorithm, d: string, x: string, y?: string): Promise<SigningKeyPair | null> {
  try {
    const secretKey = fromBase64url(d)!;
    const derived = (await loadCurve(algorithm)).publicKeyOf(secretKey);
    const pair = { privateKey: byteKey(algorithm, secretKey), publicKey: byteKey(algorithm, derived) };
    const stated = [d, x, y].filter((part) => part !== undefined).join('.');
    return secretParts(pair, algorithm).slice(1).join('.') === stated ? pair : null;
  } catch {
    return null;
  }
}
