import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { recordsOf } from '../../src/doc/schema.ts';

const encodeAny = (value: unknown): Uint8Array => encoding.encode((encoder) => encoding.writeAny(encoder, value as never));

function indexOf(bytes: Uint8Array, part: Uint8Array, from: number): number {
  outer: for (let i = from; i + part.length <= bytes.length; i++) {
    for (let j = 0; j < part.length; j++) if (bytes[i + j] !== part[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * A Yjs update appending `values` to the records, built as a hostile peer would: Yjs's API refuses some values
 * at the top (a bigint, an object without prototype), its wire format does not. Each value takes the place of a
 * placeholder string in an honest update, so everything around it stays well-formed.
 */
export function updateAppending(values: readonly unknown[], clientId = 901): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const placeholders = values.map((_, i) => `\u0001placeholder\u0001${i}\u0001`);
  recordsOf(doc).push(placeholders);
  let update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  // The placeholders are written in order: each search starts where the previous replacement ended.
  let from = 0;
  for (const [i, value] of values.entries()) {
    const placeholder = encodeAny(placeholders[i]);
    const at = indexOf(update, placeholder, from);
    if (at < 0) throw new Error(`placeholder ${i} not found`);
    const replacement = encodeAny(value);
    const next = new Uint8Array(update.length - placeholder.length + replacement.length);
    next.set(update.subarray(0, at));
    next.set(replacement, at);
    next.set(update.subarray(at + placeholder.length), at + replacement.length);
    update = next;
    from = at + replacement.length;
  }
  return update;
}
