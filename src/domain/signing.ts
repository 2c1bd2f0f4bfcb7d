import type { WorkshopRecord } from './records.ts';

/** Serialises JSON-like data with object keys sorted, so the same record always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
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
