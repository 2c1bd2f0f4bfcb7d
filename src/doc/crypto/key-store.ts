import type { ActorId } from '../../domain/records.ts';
import { openDatabase } from '../guarded-storage.ts';
import { actorOfKeyPair, type SigningKey, type SigningKeyPair } from './keys.ts';

/*
 * Key pairs kept in this browser's IndexedDB, per room and actor. CryptoKey objects are structured-cloneable,
 * so a non-extractable private key is stored as is and never leaves the browser as bytes. A page without
 * WebCrypto (plain HTTP on a LAN address) can only store its keys as bytes: extractable by necessity.
 * Without IndexedDB (Node), saving is a no-op and loading finds nothing; in a browser a storage failure rejects.
 */

const DATABASE = 'cdw-keys';
/** Keys are [roomId, actor], so one room's actors are one key range. */
const STORE = 'keys';

interface StoredKeyPair {
  publicKey: SigningKey;
  privateKey: SigningKey;
}

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> | null {
  if (opening) return opening;
  // Another tab may upgrade or delete the database: it closes, and the next call opens it again.
  const opened = openDatabase(DATABASE, STORE, () => (opening = null));
  if (opened === null) return null;
  opening = opened.catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Keeps the pair for the room; resolves to the actor id its public key stands for, once it is stored. */
export async function saveKeyPair(roomId: string, keyPair: SigningKeyPair): Promise<ActorId> {
  const actor = await actorOfKeyPair(keyPair);
  const open = database();
  if (open === null) return actor;
  const db = await open;
  const value: StoredKeyPair = { publicKey: keyPair.publicKey, privateKey: keyPair.privateKey };
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put(value, [roomId, actor]);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('key not saved'));
  });
  return actor;
}

export async function loadKeyPair(roomId: string, actor: ActorId): Promise<SigningKeyPair | null> {
  const open = database();
  if (open === null) return null;
  const db = await open;
  const value = (await done(db.transaction(STORE).objectStore(STORE).get([roomId, actor]))) as StoredKeyPair | undefined;
  return value ? { publicKey: value.publicKey, privateKey: value.privateKey } : null;
}

/** The actors this browser holds keys for in the room. */
export async function listActors(roomId: string): Promise<ActorId[]> {
  const open = database();
  if (open === null) return [];
  const db = await open;
  // Arrays sort after strings, so [roomId, []] bounds every [roomId, actor].
  const range = IDBKeyRange.bound([roomId], [roomId, []]);
  const keys = await done(db.transaction(STORE).objectStore(STORE).getAllKeys(range));
  return keys.map((key) => (key as [string, string])[1]);
}
