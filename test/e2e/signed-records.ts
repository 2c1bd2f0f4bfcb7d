import { createHash, createPrivateKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/**
 * Issue 6's record signatures, made here with Node's own crypto and not with src/: what any other client
 * would have to do to write records the app accepts. A record is signed over
 * canonical JSON of ["cdw-record-v1", <roomId>, <the record without sig>] (object keys sorted); a join or
 * session record carries its author's public key as `ed25519.<32 bytes, base64url>`, and the author's id
 * is the first 22 characters of base64url(SHA-256(that key text)).
 */
export interface RecordSigner {
  /** The author id every record of this key carries. */
  actor: string;
  /** The key text a join (or session) record carries. */
  publicKey: string;
  /** The key pair as a facilitator link carries it after the write key: `e.<d>.<x>` (JWK fields). */
  secret: string;
  /** The record with its `author` (and, for join and session, its `key`) filled in, and signed for `roomId`. */
  sign(roomId: string, fields: Record<string, unknown>): Record<string, unknown>;
}

/** Object keys sorted, undefined members left out, everything else as JSON.stringify writes it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A fresh Ed25519 key, as a group's browser makes on join (or a facilitator's, on "Create session"). */
export function newRecordSigner(): RecordSigner {
  const { d, x } = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  return recordSignerFrom(`e.${d!}.${x!}`);
}

/** The signer a facilitator link's Ed25519 key pair (`e.<d>.<x>`) makes: whoever holds the link signs as the facilitator. */
export function recordSignerFrom(secret: string): RecordSigner {
  const [kind, d, x] = secret.split('.');
  if (kind !== 'e' || !d || !x) throw new Error(`not an Ed25519 key pair as a facilitator link carries it: ${secret.slice(0, 2)}…`);
  const privateKey = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d, x }, format: 'jwk' });
  const keyText = `ed25519.${x}`;
  const actor = createHash('sha256').update(keyText, 'utf8').digest('base64url').slice(0, 22);
  return { actor, publicKey: keyText, secret, sign: (roomId, fields) => signRecord(privateKey, keyText, actor, roomId, fields) };
}

function signRecord(
  privateKey: KeyObject,
  keyText: string,
  actor: string,
  roomId: string,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const { sig: _sig, ...rest } = fields;
  const unsigned: Record<string, unknown> = { ...rest, author: actor };
  if (unsigned.kind === 'join' || unsigned.kind === 'session') unsigned.key = keyText;
  const payload = Buffer.from(canonicalJson(['cdw-record-v1', roomId, unsigned]), 'utf8');
  return { ...unsigned, sig: sign(null, payload, privateKey).toString('base64url') };
}

/** A record id as the app makes them: 96 random bits, base64url. */
export const newRecordId = (): string => randomBytes(12).toString('base64url');
