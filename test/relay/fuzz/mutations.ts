// Damage to a valid update as a bad network, a buggy client or an attacker would do it.
import type { Random } from '../../integration/seeded-random.ts';
import { someBytes } from './random-values.ts';

export function mutate(random: Random, valid: Uint8Array, other: Uint8Array | undefined): Uint8Array {
  const bytes = valid.slice();
  switch (random.below(5)) {
    case 0:
      return bytes.subarray(0, random.below(bytes.length));
    case 1: {
      for (let flips = 1 + random.below(8); flips > 0 && bytes.length > 0; flips--) bytes[random.below(bytes.length)]! ^= 1 << random.below(8);
      return bytes;
    }
    case 2: {
      const at = random.below(bytes.length + 1);
      return concat(bytes.subarray(0, at), someBytes(random, 16), bytes.subarray(at));
    }
    case 3:
      // Two updates glued together: the second is trailing bytes to a v1 decoder.
      return concat(bytes, other ?? bytes);
    default: {
      // A varint rewritten as its maximum: counts and lengths claim far more than follows.
      const at = random.below(Math.max(1, bytes.length));
      return concat(bytes.subarray(0, at), Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f), bytes.subarray(at + 1));
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
