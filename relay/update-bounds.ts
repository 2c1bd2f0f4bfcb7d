import type * as Y from 'yjs';
import type { Deletions } from './append-only.ts';

/** Yjs draws client ids as random unsigned 32-bit integers. */
export const MAX_CLIENT_ID = 0xffff_ffff;
/**
 * A clock counts the characters a client ever inserted: 2^40 is far past any honest document and far
 * below 2^53, where Yjs's own clock arithmetic would lose precision and re-encode what no client can read.
 */
export const MAX_CLOCK = 2 ** 40;

type Struct = ReturnType<typeof Y.decodeUpdate>['structs'][number];
type Id = { client: number; clock: number };

/** Why an update names a client id or clock out of range, or null when everything is in range. */
export function outOfBounds(structs: Struct[], deletions: Deletions): string | null {
  for (const struct of structs) {
    if (!idInRange(struct.id, struct.length)) return `struct ${struct.id.client}:${struct.id.clock}+${struct.length} out of range`;
    const { origin, rightOrigin, parent } = struct as Partial<Record<'origin' | 'rightOrigin' | 'parent', unknown>>;
    for (const id of [origin, rightOrigin, parent]) if (isId(id) && !idInRange(id, 1)) return `reference ${id.client}:${id.clock} out of range`;
  }
  for (const [client, ranges] of deletions.clients) {
    for (const { clock, len } of ranges) if (!idInRange({ client, clock }, len)) return `deletion ${client}:${clock}+${len} out of range`;
  }
  return null;
}

const idInRange = ({ client, clock }: Id, length: number): boolean => client <= MAX_CLIENT_ID && clock + length <= MAX_CLOCK;

const isId = (value: unknown): value is Id =>
  typeof value === 'object' && value !== null && typeof (value as Id).client === 'number' && typeof (value as Id).clock === 'number';
