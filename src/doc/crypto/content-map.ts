import type { WorkshopRecord } from '../../domain/records.ts';
import { canonicalJson } from '../../domain/signing.ts';

interface Entry<V> {
  record: WorkshopRecord;
  /** The record's canonical text, computed only when another record with the same signature is looked up. */
  text?: string;
  value: V;
}

/** A signature, or for anything else in its place a text no base64url signature can be. */
const signatureKey = (record: WorkshopRecord): string =>
  typeof record.sig === 'string' ? record.sig : `\0${JSON.stringify(record.sig) ?? ''}`;

/**
 * Values keyed by a record's whole content. Records are found by their signature first, a cheap string, and
 * compared by canonical text only when two share it (a re-parsed copy, or a forgery reusing a signature), so
 * opening a session does not serialise every record in the page just to look it up.
 */
export class ContentMap<V> {
  private readonly bySignature = new Map<string, Entry<V>[]>();

  get(record: WorkshopRecord): V | undefined {
    return this.find(this.bySignature.get(signatureKey(record)), record)?.value;
  }

  set(record: WorkshopRecord, value: V): void {
    const key = signatureKey(record);
    const entries = this.bySignature.get(key);
    const found = this.find(entries, record);
    if (found) found.value = value;
    else if (entries) entries.push({ record, value });
    else this.bySignature.set(key, [{ record, value }]);
  }

  delete(record: WorkshopRecord): void {
    const key = signatureKey(record);
    const entries = this.bySignature.get(key);
    const found = this.find(entries, record);
    if (!entries || !found) return;
    entries.splice(entries.indexOf(found), 1);
    if (!entries.length) this.bySignature.delete(key);
  }

  /** Keeps only the values `keep` accepts. */
  filter(keep: (value: V) => boolean): void {
    for (const [key, entries] of this.bySignature) {
      const kept = entries.filter((entry) => keep(entry.value));
      if (kept.length) this.bySignature.set(key, kept);
      else this.bySignature.delete(key);
    }
  }

  private find(entries: Entry<V>[] | undefined, record: WorkshopRecord): Entry<V> | undefined {
    if (!entries) return undefined;
    const same = entries.find((entry) => entry.record === record);
    if (same) return same;
    const text = canonicalJson(record);
    return entries.find((entry) => (entry.text ??= canonicalJson(entry.record)) === text);
  }
}
