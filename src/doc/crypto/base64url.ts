import { base64url } from '../random-ids.ts';

export { base64url };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Each ASCII code's 6-bit value, -1 outside the alphabet. */
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

/**
 * Decodes unpadded base64url; null for anything else (other characters, padding, an impossible length,
 * or a non-canonical last character), so every byte string has exactly one text and untrusted input
 * never throws. Decoded by table, not atob and a re-encoding: it runs for every signature a page checks.
 */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string' || text.length % 4 === 1) return null;
  const bytes = new Uint8Array((text.length * 3) >> 2);
  let bits = 0;
  let buffer = 0;
  let out = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? VALUES[code]! : -1;
    if (value < 0) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = buffer >> bits;
      buffer &= (1 << bits) - 1;
    }
  }
  // The last character's unused low bits must be zero: otherwise two texts would give the same bytes.
  return buffer === 0 ? bytes : null;
}
