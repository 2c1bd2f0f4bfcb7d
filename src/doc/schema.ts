import * as Y from 'yjs';

/**
 * The whole document is one append-only array of plain records; every rule is derived from them.
 * Yjs is only transport and storage here: no rule reads Yjs history or Y.Map last-writer-wins.
 */
export const RECORDS_KEY = 'records';

export function recordsOf(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>(RECORDS_KEY);
}
