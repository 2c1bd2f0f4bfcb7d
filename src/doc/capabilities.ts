import { sha256 } from './crypto/sha256.ts';
import { base64url, randomBase64url } from './random-ids.ts';

/** DESIGN.md §3: the write key is 128 random bits, 22 base64url characters. */
export const newWriteKey = (): string => randomBase64url(16);

export { ROOM_ID_PATTERN } from './link-patterns.ts';

/**
 * The room id is the first 22 characters of the base64url SHA-256 of the write key, so the relay needs no registry.
 * `pureJs` forces the path of pages without WebCrypto (tests); the id is the same.
 */
export async function roomIdFor(writeKey: string, pureJs?: boolean): Promise<string> {
  return base64url(await sha256(new TextEncoder().encode(writeKey), pureJs)).slice(0, 22);
}
