import { base64url } from '../random-ids.ts';

export { base64url };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Decodes unpadded base64url; null for anything else (other characters, padding, an impossible length,
 * or a non-canonical last character), so every byte string has exactly one text and untrusted input
 * never throws.
 */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  // atob ignores stray low bits in the last character; refusing them keeps one text per key and signature.
  return base64url(bytes) === text ? bytes : null;
}
