import fc from 'fast-check';
import { AGENDA_PHASES } from '../../src/domain/records.ts';

/** Field names of records, and the names an object inherits: hostile keys aim at both. */
const KEYS = [
  'v', 'id', 'author', 'hlc', 'kind', 'text', 'title', 'name', 'venue', 'revision', 'proposal', 'parent', 'from', 'lang',
  'languages', 'key', 'continues', 'phases', 'start', 'group', 'sig', 'room', 'facilitator', 'phase', 'minutes',
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'toJSON', 'length',
];
const KINDS = ['session', 'join', 'add', 'revise', 'translate', 'endorse', 'withdraw', 'lock', 'unlock', 'agenda', 'hide', 'rename', 'remove'];

/** Every number Yjs can carry, and the edges of each check. */
const numbers = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 32, 2 ** 53, -(2 ** 53), 1e308, 5e-324, Number.MAX_VALUE),
  fc.double(),
  fc.integer(),
  fc.bigInt(),
);
/** Lone surrogates included: any sequence of UTF-16 units. */
const strings = fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.constantFrom(...KEYS, ...KINDS, '\ud800', '\udfff', ''));

/** Any value a hostile peer can encode, with prototype-named keys and every kind of leaf. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(fc.constantFrom(...KEYS), fc.string()),
  values: [numbers, strings, fc.boolean(), fc.constant(null), fc.constant(undefined)],
  maxDepth: 5,
  withBigInt: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
  withBoxedValues: true,
  withObjectString: true,
});

const validId = fc.stringMatching(/^[A-Za-z0-9_-]{8,24}$/);
const validHlc = fc.tuple(fc.nat(100), fc.nat(3));
const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: anyValue });

/**
 * Records close to valid, each field sometimes replaced by anything, so validation and replay both get exercised.
 * `authors` lets some of them be written by groups that joined.
 */
export function recordLike(authors: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      v: maybe(fc.constant(1)),
      id: maybe(validId),
      author: maybe(fc.oneof(fc.constantFrom(...authors), validId)),
      hlc: maybe(validHlc),
      kind: maybe(fc.constantFrom(...KINDS)),
      text: maybe(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 })),
      title: maybe(fc.string({ minLength: 1, maxLength: 10 })),
      name: maybe(fc.string({ minLength: 1, maxLength: 10 })),
      revision: maybe(validId),
      proposal: maybe(validId),
      parent: maybe(validId),
      lang: maybe(fc.constantFrom('es', 'en', 'pt-BR')),
      start: maybe(fc.nat()),
      phases: maybe(fc.array(fc.record({ phase: maybe(fc.constantFrom(...AGENDA_PHASES)), minutes: maybe(fc.integer({ min: 1, max: 240 })) }), { maxLength: 3 })),
      group: maybe(fc.constantFrom(...authors)),
    },
    { requiredKeys: ['v', 'id', 'author', 'hlc', 'kind'] },
  );
}

/** An own `__proto__` key, as JSON.parse makes one and as Yjs encodes it (its decoder makes it the prototype). */
export const withOwnProto = (own: Record<string, unknown>, proto: unknown): Record<string, unknown> =>
  Object.defineProperty({ ...own }, '__proto__', { value: proto, enumerable: true, writable: true, configurable: true });

/** A few hostile values: anything, near-records, and near-records carrying a `__proto__`. */
export const hostileValues = (authors: readonly string[]): fc.Arbitrary<unknown[]> =>
  fc.array(
    fc.oneof(
      anyValue,
      recordLike(authors),
      fc.tuple(recordLike(authors), fc.oneof(recordLike(authors), anyValue)).map(([own, proto]) => withOwnProto(own, proto)),
    ),
    { maxLength: 5 },
  );
