import type { WorkshopRecord } from './records.ts';

/** Text already written out, waiting on the work stack beside the values still to serialise. */
class Written {
  constructor(readonly text: string) {}
}
const COMMA = new Written(',');
const CLOSE_ARRAY = new Written(']');
const CLOSE_OBJECT = new Written('}');

/** A value with no parts; what JSON cannot carry (a bigint, undefined) still gets one fixed spelling. */
function scalarJson(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value) ?? 'null';
}

/**
 * Serialises JSON-like data with object keys sorted, so the same record always gives the same bytes. Iterative,
 * so no depth of nesting exhausts the stack, and it never calls a method of the data: it never throws.
 */
export function canonicalJson(value: unknown): string {
  let text = '';
  const work: unknown[] = [value];
  while (work.length > 0) {
    const item = work.pop();
    if (item instanceof Written) {
      text += item.text;
    } else if (Array.isArray(item)) {
      text += '[';
      work.push(CLOSE_ARRAY);
      for (let i = item.length - 1; i >= 0; i--) {
        work.push(item[i]);
        if (i > 0) work.push(COMMA);
      }
    } else if (item !== null && typeof item === 'object') {
      const fields = item as Record<string, unknown>;
      const keys = Object.keys(fields).filter((key) => fields[key] !== undefined).sort();
      text += '{';
      work.push(CLOSE_OBJECT);
      for (let i = keys.length - 1; i >= 0; i--) {
        work.push(fields[keys[i]!], new Written(`${JSON.stringify(keys[i])}:`));
        if (i > 0) work.push(COMMA);
      }
    } else {
      text += scalarJson(item);
    }
  }
  return text;
}

/**
 * What the author signs: every field but `sig`, and the room it was written for, so a record cannot be
 * altered, nor copied into another session.
 */
export function signingText(record: WorkshopRecord, room: string): string {
  return signingTextOf(unsignedText(record), room);
}

/** Every field but `sig`, canonically: a verifier computes it once per record for its cache key and the signed bytes. */
export function unsignedText(record: WorkshopRecord): string {
  const { sig: _sig, ...signed } = record;
  return canonicalJson(signed);
}

/** The same text as `canonicalJson(['cdw-record-v1', room, signed])`, given the signed fields' canonical text. */
export const signingTextOf = (unsigned: string, room: string): string => `["cdw-record-v1",${JSON.stringify(room)},${unsigned}]`;

const encoder = new TextEncoder();

/** The signed bytes, given the signed fields' canonical text (`unsignedText`). */
export const signingPayloadOf = (unsigned: string, room: string): Uint8Array => encoder.encode(signingTextOf(unsigned, room));

export const signingPayload = (record: WorkshopRecord, room: string): Uint8Array => signingPayloadOf(unsignedText(record), room);
