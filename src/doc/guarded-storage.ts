/*
 * The browser's storage, reached one way everywhere. Private windows, full quotas, storage turned off or a
 * sandboxed page make it throw, even on merely reading `localStorage`; what a page remembers is a convenience,
 * so losing it never stops the page.
 */

/** Web storage that never throws: a read finds nothing and a write is lost when the browser refuses. */
export type GuardedStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Guards the storage `reach` returns (read on every call, as tests and browsers may swap it). */
export function guardStorage(reach: () => Storage | null | undefined): GuardedStorage {
  return {
    getItem(key) {
      try {
        return reach()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        reach()?.setItem(key, value);
      } catch {
        // Refused or full: remembered for as long as the page stays open, by whoever asked.
      }
    },
    removeItem(key) {
      try {
        reach()?.removeItem(key);
      } catch {
        // Nothing was kept, then.
      }
    },
  };
}

/** This browser's storage, shared by its tabs. */
export const localStore: GuardedStorage = guardStorage(() => globalThis.localStorage);

/** This tab's storage, kept across its reloads. */
export const sessionStore: GuardedStorage = guardStorage(() => globalThis.sessionStorage);

/** The strings saved as a JSON list under `key`; none when absent or damaged. */
export function loadStringList(storage: GuardedStorage, key: string): string[] {
  try {
    const saved: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(saved) ? saved.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Opens version 1 of a database holding one object store, created on first use; null without IndexedDB (Node,
 * storage turned off). A refusal rejects and is never thrown. The database closes when another tab upgrades or
 * deletes it, then `onClosed` runs.
 */
export function openDatabase(name: string, store: string, onClosed: () => void = () => {}): Promise<IDBDatabase> | null {
  const factory = reachIndexedDb();
  if (!factory) return null;
  return new Promise((resolve, reject) => {
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        onClosed();
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`the database ${name} is blocked by another tab`));
  });
}

function reachIndexedDb(): IDBFactory | null {
  try {
    return globalThis.indexedDB ?? null;
  } catch {
    return null;
  }
}
