import type { DiagnosticReason } from '../../src/domain/view.ts';

/**
 * Values a scribe link can put in the document as records: each must become a valid record or one diagnostic,
 * never an exception. All of them survive Yjs's encoding (the sanity of that is a test of its own).
 */
export interface HostileCase {
  name: string;
  value: unknown;
  /** The diagnostic's reason, or 'valid' when the record is acceptable as it stands. */
  expected: DiagnosticReason | 'valid';
}

/** `levels` arrays and objects inside each other: no recursion may follow them. */
export function nested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = i % 2 ? { deeper: value } : [value];
  return value;
}

/** An object with its own `__proto__` key, as JSON.parse makes it; Yjs's decoder turns that key into the prototype. */
export function withProtoKey(own: object, proto: unknown): Record<string, unknown> {
  const rest = JSON.stringify(own).slice(1);
  return JSON.parse(`{"__proto__":${JSON.stringify(proto)}${rest === '}' ? '' : ','}${rest}`) as Record<string, unknown>;
}

/**
 * Hostile variations of one otherwise valid add by `author` (who must have joined for the add to count).
 * `levels` and `length` size the deep and the huge ones.
 */
export function hostileCases(author: string, hlc: readonly [number, number], levels = 5_000, length = 1_000_000): HostileCase[] {
  let n = 0;
  const base = () => ({ v: 1, id: `hostile${String(n++).padStart(9, '0')}`, author, hlc: [...hlc], kind: 'add', text: 'hostile' });
  const add = (fields: Record<string, unknown>) => ({ ...base(), ...fields });
  const agenda = (fields: Record<string, unknown>) => add({ kind: 'agenda', phases: [{ phase: 'writing', minutes: 5 }], start: 0, text: undefined, ...fields });
  const huge = new Array<number>(length).fill(7);
  return [
    { name: 'v whose toString is a number', value: add({ v: { toString: 0 } }), expected: 'unknown-version' },
    { name: 'v whose valueOf and toString are numbers', value: add({ v: { valueOf: 0, toString: 0 } }), expected: 'unknown-version' },
    { name: 'v with a null prototype', value: add({ v: Object.assign(Object.create(null) as object, { a: 1 }) }), expected: 'unknown-version' },
    { name: 'v with a __proto__ key of null', value: add({ v: withProtoKey({ a: 1 }, null) }), expected: 'unknown-version' },
    { name: 'a record with a null prototype', value: Object.assign(Object.create(null) as object, base()), expected: 'valid' },
    { name: 'v holding an array whose item has toString 0', value: add({ v: [{ toString: 0 }] }), expected: 'unknown-version' },
    { name: 'a whole record hidden in __proto__', value: withProtoKey({}, base()), expected: 'unknown-version' },
    { name: 'a whole record as prototype, as Yjs decodes a __proto__ key', value: Object.setPrototypeOf({}, base()), expected: 'unknown-version' },
    { name: 'an agenda phase as prototype', value: agenda({ phases: [Object.setPrototypeOf({}, { phase: 'writing', minutes: 5 })] }), expected: 'bad-field' },
    { name: 'a record whose v and text sit in __proto__', value: withProtoKey({ ...base(), v: undefined, text: undefined }, { v: 1, text: 'inherited' }), expected: 'unknown-version' },
    { name: 'a text inherited through __proto__', value: withProtoKey({ ...base(), text: undefined }, { text: 'inherited' }), expected: 'text-length' },
    { name: 'an agenda phase inherited through __proto__', value: agenda({ phases: [withProtoKey({}, { phase: 'writing', minutes: 5 })] }), expected: 'bad-field' },
    { name: 'a __proto__ key beside valid fields', value: withProtoKey(base(), { toString: 0, kind: 'lock' }), expected: 'valid' },
    { name: 'a text whose toString is a number', value: add({ text: { toString: 0 } }), expected: 'text-length' },
    { name: 'constructor as kind', value: add({ kind: 'constructor' }), expected: 'unknown-kind' },
    { name: '__proto__ as kind', value: add({ kind: '__proto__' }), expected: 'unknown-kind' },
    { name: 'hasOwnProperty as language', value: add({ lang: 'hasOwnProperty' }), expected: 'bad-field' },
    { name: 'v nested thousands of levels deep', value: add({ v: nested(levels) }), expected: 'unknown-version' },
    { name: 'a text nested thousands of levels deep', value: add({ text: nested(levels) }), expected: 'text-length' },
    { name: 'a clock nested thousands of levels deep', value: add({ hlc: nested(levels) }), expected: 'bad-field' },
    { name: 'a kind nested thousands of levels deep', value: add({ kind: nested(levels) }), expected: 'unknown-kind' },
    { name: 'agenda phases nested thousands of levels deep', value: agenda({ phases: [nested(levels)] }), expected: 'bad-field' },
    { name: 'a session continuing a deep room', value: add({ kind: 'session', title: 'T', continues: [nested(levels)] }), expected: 'bad-field' },
    { name: 'v a huge array', value: add({ v: huge }), expected: 'unknown-version' },
    { name: 'a clock a huge array', value: add({ hlc: huge }), expected: 'bad-field' },
    { name: 'huge agenda phases', value: agenda({ phases: huge }), expected: 'bad-field' },
    { name: 'huge working languages', value: add({ kind: 'session', title: 'T', languages: huge }), expected: 'bad-field' },
    { name: 'a text with lone surrogates', value: add({ text: '\ud800 lone \udfff halves \udbff' }), expected: 'valid' },
    { name: 'an id with a lone surrogate', value: add({ id: '\ud800abcdefghij' }), expected: 'bad-field' },
    { name: 'a kind with a lone surrogate', value: add({ kind: 'add\udc00' }), expected: 'unknown-kind' },
    { name: 'v NaN', value: add({ v: NaN }), expected: 'unknown-version' },
    { name: 'v Infinity', value: add({ v: Infinity }), expected: 'unknown-version' },
    { name: 'v 1.5', value: add({ v: 1.5 }), expected: 'unknown-version' },
    { name: 'v a bigint', value: add({ v: 1n }), expected: 'unknown-version' },
    { name: 'v 2^53', value: add({ v: 2 ** 53 }), expected: 'unknown-version' },
    { name: 'a clock of -0', value: add({ hlc: [hlc[0], -0] }), expected: 'valid' },
    { name: 'a clock of NaN', value: add({ hlc: [NaN, 0] }), expected: 'bad-field' },
    { name: 'a clock of Infinity', value: add({ hlc: [Infinity, 0] }), expected: 'bad-field' },
    { name: 'a clock past 2^53', value: add({ hlc: [2 ** 53, 0] }), expected: 'bad-field' },
    { name: 'a clock of floats', value: add({ hlc: [hlc[0] + 0.5, 0] }), expected: 'bad-field' },
    { name: 'a clock of bigints', value: add({ hlc: [BigInt(hlc[0]), 0n] }), expected: 'bad-field' },
    { name: 'a counter past 32 bits', value: add({ hlc: [hlc[0], 2 ** 32] }), expected: 'bad-field' },
    { name: 'an agenda starting at 1e308', value: agenda({ start: 1e308 }), expected: 'bad-field' },
    { name: 'an agenda starting at a bigint', value: agenda({ start: 5n }), expected: 'bad-field' },
    { name: 'an agenda phase of 5e-324 minutes', value: agenda({ phases: [{ phase: 'writing', minutes: 5e-324 }] }), expected: 'bad-field' },
    { name: 'a bare bigint', value: 2n ** 63n - 1n, expected: 'not-an-object' },
    { name: 'a bare NaN', value: NaN, expected: 'not-an-object' },
    { name: 'bytes', value: new Uint8Array([1, 2, 3]), expected: 'unknown-version' },
  ];
}

/** `count` bare numbers: the cheapest junk there is, 1.2 MB of document for 500,000. */
export const junkNumbers = (count: number): number[] => Array.from({ length: count }, (_, i) => i);
