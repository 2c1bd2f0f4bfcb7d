import { expect } from 'chai';
import { guardStorage, loadStringList, localStore, openDatabase, sessionStore } from '../../src/doc/guarded-storage.ts';

/** A storage that refuses everything, as a private window or storage turned off does. */
const refusing = (): Storage => {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { length: 0, clear: refuse, key: refuse, getItem: refuse, setItem: refuse, removeItem: refuse };
};

/** A storage in memory that is full: it reads, and refuses every write. */
function full(saved: Record<string, string>): Storage {
  const items = new Map(Object.entries(saved));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: (key) => void items.delete(key),
  };
}

describe('guardStorage', () => {
  const unreachable: Array<[string, () => Storage | null | undefined]> = [
    ['a storage whose every call throws', refusing],
    [
      'a storage that throws on being reached (a sandboxed page)',
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    ],
    ['no storage at all (Node)', () => undefined],
  ];
  for (const [name, reach] of unreachable) {
    it(`never throws with ${name}: reads find nothing, writes are lost`, () => {
      const storage = guardStorage(reach);
      expect(storage.getItem('key')).to.equal(null);
      expect(() => storage.setItem('key', 'value')).to.not.throw();
      expect(() => storage.removeItem('key')).to.not.throw();
      expect(storage.getItem('key')).to.equal(null);
    });
  }

  it('still reads what a full storage holds, and loses only the write it refuses', () => {
    const storage = guardStorage(() => full({ kept: 'before' }));
    expect(() => storage.setItem('kept', 'after')).to.not.throw();
    expect(storage.getItem('kept')).to.equal('before');
  });

  it('reaches the storage on every call, so a storage swapped meanwhile is the one used', () => {
    let current: Storage = refusing();
    const storage = guardStorage(() => current);
    expect(storage.getItem('kept')).to.equal(null);
    current = full({ kept: 'here' });
    expect(storage.getItem('kept')).to.equal('here');
  });

  it('keeps, reads and removes in the browser’s own storages', () => {
    for (const storage of [localStore, sessionStore]) {
      storage.setItem('cdw-guarded-storage-test', 'kept');
      expect(storage.getItem('cdw-guarded-storage-test')).to.equal('kept');
      storage.removeItem('cdw-guarded-storage-test');
      expect(storage.getItem('cdw-guarded-storage-test')).to.equal(null);
    }
  });
});

describe('loadStringList', () => {
  const lists: Array<[string, Record<string, string>, string[]]> = [
    ['nothing saved', {}, []],
    ['a saved list', { list: '["a","b"]' }, ['a', 'b']],
    ['only the strings of a mixed list', { list: '["a",1,null,{"b":2},"c"]' }, ['a', 'c']],
    ['nothing from JSON that is no list', { list: '{"a":"b"}' }, []],
    ['nothing from damaged JSON', { list: '["a",' }, []],
  ];
  for (const [name, saved, expected] of lists) {
    it(`reads ${name}`, () => {
      expect(loadStringList(guardStorage(() => full(saved)), 'list')).to.deep.equal(expected);
    });
  }

  it('reads nothing from a refusing storage', () => {
    expect(loadStringList(guardStorage(refusing), 'list')).to.deep.equal([]);
  });
});

describe('openDatabase', () => {
  it('opens a database with its one object store, and says when another tab deletes it', async () => {
    const name = `cdw-guarded-storage-test-${Math.random().toString(36).slice(2)}`;
    let closed = false;
    const db = await openDatabase(name, 'things', () => (closed = true))!;
    expect([...db.objectStoreNames]).to.deep.equal(['things']);
    await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
    expect(closed).to.equal(true);
  });

  it('gives null, without throwing, where reaching IndexedDB throws', () => {
    const own = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(openDatabase('cdw-never-opened', 'things')).to.equal(null);
    } finally {
      if (own) Object.defineProperty(globalThis, 'indexedDB', own);
      else delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    }
    expect(typeof indexedDB.open).to.equal('function');
  });

  it('rejects, never throws, when the browser refuses to open it', async () => {
    // A version below the one the database has is refused (VersionError), as a refusing browser does.
    const name = `cdw-guarded-storage-test-${Math.random().toString(36).slice(2)}`;
    const upgrade = indexedDB.open(name, 2);
    await new Promise((resolve) => (upgrade.onsuccess = resolve));
    upgrade.result.close();
    const opening = openDatabase(name, 'things')!;
    const error = await opening.then(
      () => null,
      (refusal: unknown) => refusal,
    );
    expect((error as DOMException).name).to.equal('VersionError');
    await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
  });
});
