import * as Y from 'yjs';

/** A room's document from its stored updates, whichever store they came from: the one place raw stored bytes become Yjs state. */
export function documentFromStoredUpdates(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  return doc;
}
