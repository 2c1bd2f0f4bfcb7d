import type * as Y from 'yjs';
import type { WorkshopRecord } from '../domain/records.ts';
import { recordsOf } from './schema.ts';

/**
 * Continues an exported session in a new document: the records are written as they were (same ids,
 * authors and clocks), so the history and the derived view come back identical.
 */
export function importRecords(doc: Y.Doc, records: readonly WorkshopRecord[]): void {
  const array = recordsOf(doc);
  doc.transact(() => array.insert(array.length, records.map((record) => ({ ...record }))));
}
