// Values a hostile scribe might put in a document: odd strings, deep or wide JSON, every lib0 `any` type.
import type { Random } from '../../integration/seeded-random.ts';

const awkwardStrings = ['', '\u0000', '\ud800', '\udfff\ud800', '💥', 'a\u0301', '\u202e', '<script>alert(1)</script>', '__proto__', 'constructor', 'records'];

/** A length drawn mostly small, sometimes large, rarely near `max`. */
export function someLength(random: Random, max: number): number {
  const roll = random.next();
  if (roll < 0.7) return random.below(Math.min(max, 16) + 1);
  if (roll < 0.95) return random.below(Math.min(max, 4096) + 1);
  return max - random.below(Math.min(max, 64) + 1);
}

export function someString(random: Random, maxLength = 200_000): string {
  if (random.chance(0.3)) return random.pick(awkwardStrings)!;
  const length = someLength(random, maxLength);
  if (length > 256) return random.pick(['x', '€', '\ud83d\udca5', '\ud800'])!.repeat(Math.ceil(length / 2));
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(random.chance(0.8) ? 0x20 + random.below(0x5f) : random.below(0x10000));
  return text;
}

export function someNumber(random: Random): number {
  return random.pick([0, -0, 1, -1, 2 ** 31, 2 ** 53 - 1, -(2 ** 53), 1e308, -1e-308, 0.1, Number.MAX_SAFE_INTEGER, 4294967295, random.next() * 1e6])!;
}

/** A JSON value nested up to `depth`; deep chains are what a depth bound has to stop. */
export function someJson(random: Random, depth = 3): unknown {
  const roll = random.below(depth > 0 ? 8 : 5);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return someNumber(random);
    case 3:
    case 4:
      return someString(random, 2000);
    case 5:
      return Array.from({ length: random.below(5) }, () => someJson(random, depth - 1));
    case 6: {
      const object: Record<string, unknown> = {};
      // defineProperty: a key `__proto__` must become an own property, as JSON.parse makes it.
      for (let i = random.below(5); i > 0; i--) {
        Object.defineProperty(object, someString(random, 20), { value: someJson(random, depth - 1), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    default:
      return deepChain(random.chance(0.5) ? 20 + random.below(50) : 500 + random.below(1000));
  }
}

/** `[[[…]]]` or `{"a":{"a":…}}` `depth` levels deep: cheap to send, costly to walk recursively. */
export function deepChain(depth: number): unknown {
  let value: unknown = 0;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Everything lib0's writeAny can encode: also undefined, bigint and binary, which JSON cannot say. */
export function someAny(random: Random, depth = 3): unknown {
  const roll = random.below(10);
  if (roll === 0) return undefined;
  if (roll === 1) return BigInt(random.pick([0, 1, -1, 2 ** 53])!) * 1_000_000_007n;
  if (roll === 2) return someBytes(random, 4096);
  if (roll === 3 && depth > 0) return { nested: someAny(random, depth - 1), list: [someAny(random, depth - 1)] };
  return someJson(random, depth);
}

export function someBytes(random: Random, maxLength: number): Uint8Array {
  const bytes = new Uint8Array(someLength(random, maxLength));
  for (let i = 0; i < bytes.length; i++) bytes[i] = random.below(256);
  return bytes;
}

/** A JSON text, or occasionally text that only looks like JSON. */
export function someJsonText(random: Random): string {
  if (random.chance(0.1)) return random.pick(['{', 'undefined', 'NaN', '[1,]', "{'a':1}", ''])!;
  return JSON.stringify(someJson(random)) ?? 'null';
}

/** Clocks and lengths from ordinary to absurd; the last ones exceed what lib0 reads as a safe integer. */
export function someHugeNumber(random: Random): number {
  return random.pick([2 ** 31 - 1, 2 ** 32, 2 ** 40, 2 ** 52, Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 60])!;
}
