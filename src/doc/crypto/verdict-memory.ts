import { openDatabase } from '../guarded-storage.ts';
import { randomBase64url } from '../random-ids.ts';

/*
 * Signatures found authentic, kept in this browser's IndexedDB across reloads, so a reopened session checks
 * only what it has not seen. An entry is a record's whole content, signature included, compared whole: a cached
 * verdict is never reused for different content. (Hashing it was the larger part of a reload's cost, and the
 * text is about the size of the record in the document.) Only "authentic for this room" is kept: a fact of
 * the content and the room alone (an author id is the hash of its one key), whatever else the document holds.
 */

/** What the verifier asks of a memory of verdicts; content keys are the verifier's own (every field, `sig` too). */
export interface VerdictMemory {
  /** The room the remembered signatures were made for. */
  readonly room: string;
  /** For each content key, whether its record was found authentic for `room` before. Never rejects. */
  recall(contentKeys: readonly string[]): Promise<boolean[]>;
  /** Keeps these content keys as authentic for `room`; written in the background, losing them costs only time. */
  remember(contentKeys: readonly string[]): void;
  /** Resolves once every `remember` so far is written (or failed). */
  whenWritten(): Promise<void>;
}

const DATABASE = 'cdw-verdicts';
/** Reading a room's verdicts takes tens of milliseconds; past this, checking every signature is faster. */
const LOAD_WAIT_MS = 1000;
/** Keys are [room, batch id]; each value is one batch of content keys, all read back in one call. */
const STORE = 'authentic';

const roomRange = (room: string): IDBKeyRange => IDBKeyRange.bound([room], [room, []]);

async function loadContentKeys(db: IDBDatabase, room: string): Promise<Set<string>> {
  const batches = await new Promise<unknown[]>((resolve, reject) => {
    const request = db.transaction(STORE).objectStore(STORE).getAll(roomRange(room));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const keys = new Set<string>();
  for (const batch of batches) if (Array.isArray(batch)) for (const key of batch) if (typeof key === 'string') keys.add(key);
  return keys;
}

function write(db: IDBDatabase, key: IDBValidKey, contentKeys: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put(contentKeys, key);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('verdicts not saved'));
  });
}

/** The memory of one room's verdicts; without IndexedDB (Node, storage turned off) it remembers nothing. */
export function openVerdictMemory(room: string): VerdictMemory | null {
  const db = openDatabase(DATABASE, STORE);
  if (db === null) return null;
  const loading = db.then((opened) => loadContentKeys(opened, room)).catch(() => new Set<string>());
  // A database that never answers (a browser's storage stuck) must not hold verification up: it then remembers nothing.
  const known = Promise.race([loading, new Promise<Set<string>>((resolve) => setTimeout(() => resolve(new Set()), LOAD_WAIT_MS))]);
  let writing: Promise<void> = Promise.resolve();
  return {
    room,
    async recall(contentKeys) {
      const remembered = await known;
      return contentKeys.map((key) => remembered.has(key));
    },
    remember(contentKeys) {
      const fresh = [...contentKeys];
      if (fresh.length === 0) return;
      writing = writing
        .then(() => Promise.all([db, known]))
        .then(([opened, remembered]) => {
          for (const key of fresh) remembered.add(key);
          return write(opened, [room, randomBase64url(12)], fresh);
        })
        .catch(() => undefined);
    },
    whenWritten: () => writing,
  };
}
