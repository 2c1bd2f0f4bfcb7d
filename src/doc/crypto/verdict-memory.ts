import { base64url } from './base64url.ts';

/*
 * Signatures found authentic, kept in this browser's IndexedDB across reloads, so a reopened session checks
 * only what it has not seen. An entry is the SHA-256 of a record's whole content, signature included: a cached
 * verdict is never reused for different content. Only "authentic for this room" is kept: that is a fact of the
 * content and the room alone (an author id is the hash of its one key), whatever else the document holds.
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
const STORE = 'authentic';

/** Synchronous SHA-256, fetched on first use: WebCrypto's digest is one round trip per record. */
const loadSha256 = () => import('@noble/hashes/sha2.js').then((module) => module.sha256);

const encoder = new TextEncoder();

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    // Keys are [room, first digest of the batch]; each value is one batch of digests, read back in one call.
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('the verdict database is blocked by another tab'));
  });
}

const roomRange = (room: string): IDBKeyRange => IDBKeyRange.bound([room], [room, []]);

async function loadDigests(db: IDBDatabase, room: string): Promise<Set<string>> {
  const batches = await new Promise<unknown[]>((resolve, reject) => {
    const request = db.transaction(STORE).objectStore(STORE).getAll(roomRange(room));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const digests = new Set<string>();
  for (const batch of batches) if (Array.isArray(batch)) for (const digest of batch) if (typeof digest === 'string') digests.add(digest);
  return digests;
}

function write(db: IDBDatabase, key: IDBValidKey, digests: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put(digests, key);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('verdicts not saved'));
  });
}

/** The memory of one room's verdicts; without IndexedDB (Node, storage turned off) it remembers nothing. */
export function openVerdictMemory(room: string): VerdictMemory | null {
  if (typeof indexedDB === 'undefined') return null;
  const db = open();
  const known = db.then((opened) => loadDigests(opened, room)).catch(() => new Set<string>());
  const sha256 = loadSha256();
  let writing: Promise<void> = Promise.resolve();
  const digestsOf = async (keys: readonly string[]): Promise<string[]> => {
    const hash = await sha256;
    return keys.map((key) => base64url(hash(encoder.encode(key))));
  };
  return {
    room,
    async recall(contentKeys) {
      try {
        const [digests, remembered] = await Promise.all([digestsOf(contentKeys), known]);
        return digests.map((digest) => remembered.has(digest));
      } catch {
        return contentKeys.map(() => false);
      }
    },
    remember(contentKeys) {
      if (contentKeys.length === 0) return;
      const digests = digestsOf(contentKeys);
      writing = writing.then(() => Promise.all([digests, db, known]).then(([list, opened, remembered]) => {
        for (const digest of list) remembered.add(digest);
        return write(opened, [room, list[0]!], list);
      })).catch(() => undefined);
    },
    whenWritten: () => writing,
  };
}
