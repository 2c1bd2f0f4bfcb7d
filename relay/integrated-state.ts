import * as Y from 'yjs';

/**
 * Yjs keeps what it cannot integrate yet (an item whose neighbour it lacks) as pending, and would serve and
 * store it with the integrated content. A hostile writer can make that pending content contradict what the
 * room integrated (two different items under one client and clock), so a new client would see another
 * document than the room's. The relay therefore serves and stores only what it integrated; pending content
 * integrates later, when what it needs arrives (a tab's update that overtook another tab's), or is dropped.
 */
export function integratedState(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const { store } = doc;
  const { pendingStructs, pendingDs } = store;
  store.pendingStructs = null;
  store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    store.pendingStructs = pendingStructs;
    store.pendingDs = pendingDs;
  }
}

/** Honest pending content is one tab's few records overtaking another's; more than this is an attack. */
export const MAX_PENDING_BYTES = 256 * 1024;

/** Drops pending content past MAX_PENDING_BYTES (Yjs merges it again on every update: unbounded, it costs quadratic time); true if it did. */
export function boundPending(doc: Y.Doc): boolean {
  const pending = doc.store.pendingStructs;
  if (!pending || pending.update.length <= MAX_PENDING_BYTES) return false;
  doc.store.pendingStructs = null;
  return true;
}
