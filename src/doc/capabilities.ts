import { base64url, randomBase64url } from './random-ids.ts';

/** DESIGN.md §3: the write key is 128 random bits, 22 base64url characters. */
export const newWriteKey = (): string => randomBase64url(16);

export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** The room id is the first 22 characters of the base64url SHA-256 of the write key, so the relay needs no registry. */
export async function roomIdFor(writeKey: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(writeKey));
  return base64url(new Uint8Array(digest)).slice(0, 22);
}
