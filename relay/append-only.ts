import * as Y from 'yjs';

/** A Yjs delete set, as `Y.decodeUpdate` or `checkUpdateShape` returns it: per client, ranges of clocks. */
export interface Deletions {
  clients: Map<number, { clock: number; len: number }[]>;
}

/**
 * Whether an update deletes anything the room has not deleted already. The app's document is append-only
 * (records are never rewritten), so an honest client never deletes; its sync messages only repeat the
 * deletions the room already holds. Anything else is a writer erasing other groups' records.
 */
export function deletesAnythingNew(doc: Y.Doc, deletions: Deletions): boolean {
  for (const [client, ranges] of deletions.clients) {
    const structs = doc.store.clients.get(client);
    for (const { clock, len } of ranges) {
      if (len === 0) continue;
      if (structs === undefined || clock + len > Y.getState(doc.store, client)) return true;
      // Walk the room's structs over the range: every one must already be deleted.
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i]!;
        if (struct.id.clock >= clock + len) break;
        if (!struct.deleted) return true;
      }
    }
  }
  return false;
}
