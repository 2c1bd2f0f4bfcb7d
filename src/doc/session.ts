import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { RelayConnection } from './connection.ts';
import { openVerdictMemory } from './crypto/verdict-memory.ts';
import { localStore } from './guarded-storage.ts';
import { during } from './setup-failure.ts';
import { WorkshopStore } from './store.ts';
import type { WorkshopWriter } from './writer.ts';

export interface OpenSessionOptions {
  roomId: string;
  /** Scribes and facilitators hold it; viewers (the projector, the world) do not. */
  writeKey: string | null;
  /** The facilitator the link names (its id is the hash of its key); null for links made before signing. */
  anchor?: string | null;
  /** e.g. `wss://example.org/sync`; null keeps the session local (tests, offline demo). */
  syncUrl: string | null;
  /** Keep the document in IndexedDB so a reload or an offline venue loses nothing. */
  persist?: boolean;
  /**
   * How this tab writes, given with the write key (see `newWriter`): passed in rather than imported, so a
   * read-only page (the projector, publish, replay) never loads the writer.
   */
  writer?: MakeWriter;
}

export type MakeWriter = (doc: Y.Doc, store: WorkshopStore) => WorkshopWriter;

/** Everything one browser tab needs for one workshop: the document, its derived view, writes, sync. */
export interface WorkshopSession {
  roomId: string;
  writeKey: string | null;
  doc: Y.Doc;
  store: WorkshopStore;
  /** Null for read-only links, and when no `writer` was given. */
  writer: WorkshopWriter | null;
  connection: RelayConnection | null;
  /** Resolves once the local copy (IndexedDB) is loaded and verified. */
  whenLoaded: Promise<void>;
  destroy(): Promise<void>;
}

const databaseName = (roomId: string): string => `cdw-room-${roomId}`;
const relayMemoryKey = (roomId: string): string => `cdw-relay-sv-${roomId}`;

function relayMemory(roomId: string) {
  return {
    load(): Uint8Array | null {
      const saved = localStore.getItem(relayMemoryKey(roomId));
      return saved ? Uint8Array.from(atob(saved), (c) => c.charCodeAt(0)) : null;
    },
    save(stateVector: Uint8Array): void {
      localStore.setItem(relayMemoryKey(roomId), btoa(String.fromCharCode(...stateVector)));
    },
  };
}

/**
 * y-indexeddb never settles `whenSynced` when the database cannot open (a private window, storage turned
 * off): the refusal is turned into a rejection, so the page can say why instead of loading forever.
 */
function loaded(local: IndexeddbPersistence): Promise<unknown> {
  const refused = during('storage', () => local._db).then(() => new Promise<never>(() => {}));
  return Promise.race([during('storage', () => local.whenSynced), refused]);
}

/** How long the relay connection waits for the local copy: loading it takes tens of milliseconds. */
const LOCAL_LOAD_WAIT_MS = 1000;
const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function openSession(options: OpenSessionOptions): WorkshopSession {
  const { roomId, writeKey, syncUrl, persist = true, anchor = null, writer: makeWriter } = options;
  const doc = new Y.Doc();
  const store = new WorkshopStore(doc, { roomId, anchor, verdicts: persist ? openVerdictMemory(roomId) : null });
  const local = persist ? new IndexeddbPersistence(databaseName(roomId), doc) : null;
  const localLoaded = local ? loaded(local) : null;
  const connection = syncUrl
    ? new RelayConnection({
        doc,
        syncUrl,
        roomId,
        writeKey,
        network: typeof window === 'undefined' ? null : { onLine: navigator.onLine, target: window },
        relayMemory: relayMemory(roomId),
        // A storage that is slow to answer must not keep the page off the relay for long.
        connectAfter: localLoaded ? Promise.race([localLoaded, delay(LOCAL_LOAD_WAIT_MS)]) : undefined,
      })
    : null;
  return {
    roomId,
    writeKey,
    doc,
    store,
    writer: writeKey && makeWriter ? makeWriter(doc, store) : null,
    connection,
    whenLoaded: localLoaded ? localLoaded.then(() => store.settled()) : store.settled(),
    async destroy() {
      connection?.destroy();
      // A database that never opened has nothing to close.
      await local?.destroy().catch(() => undefined);
      store.destroy();
      doc.destroy();
    },
  };
}
