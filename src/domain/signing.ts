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
  const { sig: _sig, ...signed } = record;
  return canonicalJson(['cdw-record-v1', room, signed]);
}

export const signingPayload = (record: WorkshopRecord, room: string): Uint8Array =>
  new TextEncoder().encode(signingText(record, room));
