// y-leveldb 0.2 ships types but its package.json "exports" hides them from NodeNext resolution.
declare module 'y-leveldb' {
  import type * as Y from 'yjs';

  export const PREFERRED_TRIM_SIZE: number;

  export class LeveldbPersistence {
    constructor(location: string, options?: { levelOptions?: object });
    /** Runs `f` after every earlier operation; resolves to null (after a console warning) if `f` throws. */
    _transact<T>(f: (db: any) => Promise<T>): Promise<T | null>;
    getYDoc(docName: string): Promise<Y.Doc>;
    storeUpdate(docName: string, update: Uint8Array): Promise<number>;
    flushDocument(docName: string): Promise<void>;
    setMeta(docName: string, metaKey: string, value: unknown): Promise<void>;
    delMeta(docName: string, metaKey: string): Promise<void>;
    getMetas(docName: string): Promise<Map<string, unknown>>;
    destroy(): Promise<void>;
  }

  export function getLevelUpdates(db: any, docName: string): Promise<Uint8Array[]>;
  export function getLevelUpdatesKeys(db: any, docName: string): Promise<unknown[]>;
  export function getLevelUpdates(db: any, docName: string): Promise<Uint8Array[]>;
  /** The number of the document's last stored update; -1 when none. */
  export function getCurrentUpdateClock(db: any, docName: string): Promise<number>;
}
