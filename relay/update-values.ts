import * as decoding from 'lib0/decoding';
import type { ShapeLimits } from './shape-limits.ts';

/** The bytes are no Yjs v1 update at all: truncated, trailing bytes, an unknown tag or content kind. */
export class MalformedUpdate extends Error {}

/** Content kinds as Yjs numbers them in the low five bits of a struct's info byte. */
export const ContentRef = {
  gc: 0,
  deleted: 1,
  json: 2,
  binary: 3,
  string: 4,
  embed: 5,
  format: 6,
  type: 7,
  any: 8,
  doc: 9,
  skip: 10,
} as const;

const contentNames = ['GC', 'Deleted', 'JSON', 'Binary', 'String', 'Embed', 'Format', 'Type', 'Any', 'Doc', 'Skip'];
export const contentName = (ref: number): string => contentNames[ref] ?? `#${ref}`;

// lib0 `writeAny` tags.
const Tag = {
  undefined: 127,
  null: 126,
  integer: 125,
  float32: 124,
  float64: 123,
  bigint: 122,
  false: 121,
  true: 120,
  string: 119,
  object: 118,
  array: 117,
  bytes: 116,
} as const;

// lib0's readAny assigns `obj[key]`, so this key would set the object's prototype instead of a field.
const PROTO_KEY = new TextEncoder().encode('__proto__');

/** lib0's readUint8 does not check the end of the input; this one does. */
export function readByte(decoder: decoding.Decoder): number {
  if (decoder.pos >= decoder.arr.length) throw new MalformedUpdate('unexpected end of update');
  return decoder.arr[decoder.pos++]!;
}

/**
 * A count of things that each take at least one byte: a count above the bytes left is a lie, and
 * refusing it keeps every loop bounded by the input's length.
 */
export function readCount(decoder: decoding.Decoder): number {
  const count = decoding.readVarUint(decoder);
  if (count > decoder.arr.length - decoder.pos) throw new MalformedUpdate(`count ${count} exceeds the bytes left`);
  return count;
}

const isProtoKey = (key: Uint8Array): boolean => key.length === PROTO_KEY.length && key.every((byte, i) => byte === PROTO_KEY[i]);

/**
 * Reads one lib0-encoded value without building it, with an explicit stack (a value nested
 * thousands deep must not recurse), and returns why it is not a plain JSON value within `limits`,
 * or null. Throws MalformedUpdate only when the value cannot be read at all.
 */
export function readPlainValue(decoder: decoding.Decoder, limits: ShapeLimits): string | null {
  const start = decoder.pos;
  let problem: string | null = null;
  // Values still to read in each open container (the bottom entry is the value itself).
  const remaining: number[] = [1];
  // Whether each open container is an object, whose values each follow a key.
  const keyed: boolean[] = [false];
  while (remaining.length > 0) {
    const level = remaining.length - 1;
    if (remaining[level] === 0) {
      remaining.pop();
      keyed.pop();
      continue;
    }
    remaining[level]!--;
    if (keyed[level] && isProtoKey(decoding.readVarUint8Array(decoder))) problem ??= 'key __proto__';
    const tag = readByte(decoder);
    switch (tag) {
      case Tag.null:
      case Tag.false:
      case Tag.true:
        break;
      case Tag.integer:
        // lib0's readVarInt reads its first byte unchecked.
        if (decoder.pos >= decoder.arr.length) throw new MalformedUpdate('unexpected end of update');
        decoding.readVarInt(decoder);
        break;
      case Tag.float32:
        if (!Number.isFinite(decoding.readFloat32(decoder))) problem ??= 'non-finite number';
        break;
      case Tag.float64:
        if (!Number.isFinite(decoding.readFloat64(decoder))) problem ??= 'non-finite number';
        break;
      case Tag.string:
        decoding.readVarUint8Array(decoder);
        break;
      case Tag.object:
      case Tag.array:
        // The container about to open sits at depth `remaining.length` (the value itself is depth 1).
        if (remaining.length > limits.maxValueDepth) problem ??= 'value nested too deep';
        remaining.push(readCount(decoder));
        keyed.push(tag === Tag.object);
        break;
      case Tag.undefined:
        problem ??= 'undefined';
        break;
      case Tag.bigint:
        decoding.readBigInt64(decoder);
        problem ??= 'bigint';
        break;
      case Tag.bytes:
        decoding.readVarUint8Array(decoder);
        problem ??= 'binary value';
        break;
      default:
        throw new MalformedUpdate(`unknown value tag ${tag}`);
    }
  }
  if (problem === null && decoder.pos - start > limits.maxValueBytes) problem = 'value too large';
  return problem;
}

/**
 * Reads the content of any kind but ContentAny and ContentDeleted, as Yjs's content readers would, without building it;
 * returns its length in clock ticks as Yjs counts it.
 */
export function skipContent(decoder: decoding.Decoder, ref: number, limits: ShapeLimits): number {
  switch (ref) {
    case ContentRef.json: {
      const count = readCount(decoder);
      for (let i = 0; i < count; i++) decoding.readVarUint8Array(decoder);
      return count;
    }
    case ContentRef.binary:
    case ContentRef.embed:
      decoding.readVarUint8Array(decoder);
      return 1;
    case ContentRef.string:
      // Yjs counts a string in UTF-16 units of its decoded text.
      return decoding.readVarString(decoder).length;
    case ContentRef.format:
      decoding.readVarUint8Array(decoder);
      decoding.readVarUint8Array(decoder);
      return 1;
    case ContentRef.type: {
      const typeRef = decoding.readVarUint(decoder);
      // YXmlElement and YXmlHook carry a name; Yjs knows type refs 0 to 6.
      if (typeRef === 3 || typeRef === 5) decoding.readVarUint8Array(decoder);
      else if (typeRef > 6) throw new MalformedUpdate(`unknown type ref ${typeRef}`);
      return 1;
    }
    case ContentRef.doc:
      decoding.readVarUint8Array(decoder);
      readPlainValue(decoder, limits);
      return 1;
    default:
      throw new MalformedUpdate(`unknown content kind ${ref}`);
  }
}
