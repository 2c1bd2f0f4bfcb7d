import { MalformedUpdate } from './update-values.ts';

/** Yjs draws client ids as random unsigned 32-bit integers. */
export const MAX_CLIENT_ID = 0xffff_ffff;
/**
 * A clock counts the characters a client ever inserted: 2^40 is far past any honest document and far
 * below 2^53, where Yjs's own clock arithmetic would lose precision and re-encode what no client can read.
 */
export const MAX_CLOCK = 2 ** 40;

/** Throws MalformedUpdate when a client id, or a clock range (a struct, a reference, a deletion), is out of range. */
export function checkIdRange(what: 'struct' | 'reference' | 'deletion', client: number, clock: number, length: number): void {
  if (client > MAX_CLIENT_ID || clock + length > MAX_CLOCK) throw new MalformedUpdate(`${what} ${client}:${clock}+${length} out of range`);
}
