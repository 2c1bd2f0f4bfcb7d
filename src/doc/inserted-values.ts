import * as Y from 'yjs';

/**
 * The values a transaction inserted into `array`, found through the clock ranges it added per client.
 * This costs O(inserted); Yjs's `event.changes` walks the whole array, O(records) on every keystroke.
 */
export function insertedValues(transaction: Y.Transaction, array: Y.Array<unknown>): unknown[] {
  const values: unknown[] = [];
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    const structs = after > before ? transaction.doc.store.clients.get(client) : undefined;
    if (!structs) continue;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i]!;
      if (struct.id.clock >= after) break;
      if (!(struct instanceof Y.Item) || struct.deleted || struct.parent !== array) continue;
      const content = struct.content.getContent();
      const alreadyThere = before - struct.id.clock;
      for (let j = Math.max(0, alreadyThere); j < content.length; j++) values.push(content[j]);
    }
  }
  return values;
}

/** Whether the transaction deleted anything: honest clients never do, so the caller replays from scratch. */
export const deletedAnything = (transaction: Y.Transaction): boolean => transaction.deleteSet.clients.size > 0;
