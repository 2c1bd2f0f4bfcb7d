// One acceptance suite for both stores (the embedded LevelDB and PostgreSQL), then what only a store
// shared by several relays does: migrations once, compaction by two relays at once, notifications.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import * as Y from 'yjs';
import { openLevelStorage } from '../../relay/level-storage.ts';
import { openPostgresStorage } from '../../relay/postgres-storage.ts';
import type { RelayStorage } from '../../relay/storage.ts';
import { restoreRoom } from '../../relay/stored-updates.ts';
import { eventually, newRoom } from './helpers.ts';
import { failWithoutEnginesInCi, needsEngines, startTestPostgres, type TestPostgres } from './test-postgres.ts';

/** Updates that each push one string onto the 'records' array of one shared document. */
function recordUpdates(count: number, prefix: string, doc = new Y.Doc()): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getArray<string>('records').push([`${prefix} ${i}`]);
  return updates;
}

const hex = (updates: Uint8Array[]): string[] => updates.map((update) => Buffer.from(update).toString('hex'));
/** What a relay that holds none of the room's rows would hand over as its state. */
const STALE_STATE = Y.encodeStateAsUpdate(new Y.Doc());
const recordsOf = (updates: Uint8Array[]): string[] => restoreRoom(updates).doc.getArray<string>('records').toArray();

function acceptanceSuite(open: () => Promise<RelayStorage>): void {
  let storage: RelayStorage;
  before(async () => {
    storage = await open();
  });
  after(() => storage.close());

  it('loads nothing for a room never written', async () => {
    assert.deepEqual(await storage.load(newRoom().roomId), []);
  });

  it('loads the appended updates as they were stored, oldest first', async () => {
    const { roomId } = newRoom();
    const updates = recordUpdates(5, 'a');
    for (const update of updates) await storage.append(roomId, update);
    assert.deepEqual(hex(await storage.load(roomId)), hex(updates));
    assert.deepEqual(await storage.load(newRoom().roomId), [], 'rooms are apart');
  });

  it('compacts a room into one update holding the same document', async () => {
    const { roomId } = newRoom();
    for (const update of recordUpdates(30, 'c')) await storage.append(roomId, update);
    await storage.compact(roomId, Y.encodeStateAsUpdate(restoreRoom(await storage.load(roomId)).doc));
    const stored = await storage.load(roomId);
    assert.equal(stored.length, 1);
    assert.deepEqual(recordsOf(stored), Array.from({ length: 30 }, (_, i) => `c ${i}`));
  });

  it("keeps a venue relay's ledger of rooms to mirror", async () => {
    const [first, second] = [newRoom(), newRoom()];
    await storage.mirrors.remember(first.roomId, first.writeKey);
    await storage.mirrors.remember(second.roomId, 'old key');
    await storage.mirrors.remember(second.roomId, second.writeKey);
    assert.deepEqual(await storage.mirrors.list(), new Map([[first.roomId, first.writeKey], [second.roomId, second.writeKey]]));
    await storage.mirrors.forget(first.roomId);
    assert.deepEqual(await storage.mirrors.list(), new Map([[second.roomId, second.writeKey]]));
    await storage.mirrors.forget(second.roomId);
  });
}

const folders: string[] = [];
after(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

describe('LevelDB storage', () => {
  acceptanceSuite(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'relay-storage-'));
    folders.push(folder);
    return openLevelStorage(folder);
  });

  it('is the store of a relay without a database URL: no notifications to watch', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'relay-storage-'));
    folders.push(folder);
    const storage = await openLevelStorage(folder);
    assert.equal(storage.watch, undefined);
    await storage.close();
  });
});

describe('PostgreSQL storage', needsEngines, () => {
  let server: TestPostgres;
  const opened: RelayStorage[] = [];
  /** A relay's view of the shared database, closed after the suite even when a test fails. */
  const openRelayStorage = async (): Promise<RelayStorage> => {
    const storage = await openPostgresStorage(server.url, () => {});
    opened.push(storage);
    return storage;
  };
  before(async () => {
    server = await startTestPostgres();
  });
  after(async () => {
    await Promise.all(opened.map((storage) => storage.close()));
    await server?.dispose();
  });

  describe('acceptance', () => acceptanceSuite(() => openPostgresStorage(server.url, () => {})));

  it('applies each migration once, even when relays start together', async () => {
    await Promise.all([1, 2, 3].map(openRelayStorage));
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    await client.end();
    assert.deepEqual(rows.map((row) => row.name), ['001_rooms.sql']);
  });

  it('loses nothing when two relays compact a room at once while both keep appending', async () => {
    const [first, second] = await Promise.all([1, 2].map(openRelayStorage));
    const { roomId } = newRoom();
    const doc = new Y.Doc();
    const updates = recordUpdates(120, 'x', doc);
    const work: Promise<void>[] = [];
    updates.forEach((update, i) => {
      const storage = i % 2 === 0 ? first! : second!;
      work.push(storage.append(roomId, update));
      // Each relay hands over a state that lacks the other's rows: a shared store must merge its own rows instead.
      if (i % 10 === 9) work.push(first!.compact(roomId, STALE_STATE), second!.compact(roomId, STALE_STATE));
    });
    await Promise.all(work);
    assert.deepEqual(recordsOf(await first!.load(roomId)), doc.getArray<string>('records').toArray());
    await first!.compact(roomId, STALE_STATE);
    assert.equal((await second!.load(roomId)).length, 1);
  });

  it("hands a relay watching a room every update another relay stores there, not its own", async () => {
    const [watcher, other] = await Promise.all([1, 2].map(openRelayStorage));
    const { roomId } = newRoom();
    const received: Uint8Array[] = [];
    let resyncs = 0;
    const unwatch = await watcher!.watch!(roomId, { onStored: (update) => received.push(update), onResync: () => resyncs++ });
    const [own, others] = [recordUpdates(3, 'own'), recordUpdates(4, 'other')];
    for (const update of own) await watcher!.append(roomId, update);
    for (const update of others) await other!.append(roomId, update);
    await other!.append(newRoom().roomId, recordUpdates(1, 'elsewhere')[0]!);
    await eventually(() => assert.equal(received.length, others.length));
    assert.deepEqual(new Set(hex(received)), new Set(hex(others)));
    assert.equal(resyncs, 0);
    await unwatch();
    // Notifications arrive in order: once a second watcher has the next one, the first would have had it too.
    const later: Uint8Array[] = [];
    const unwatchLater = await watcher!.watch!(roomId, { onStored: (update) => later.push(update), onResync: () => resyncs++ });
    await other!.append(roomId, recordUpdates(1, 'after')[0]!);
    await eventually(() => assert.equal(later.length, 1));
    assert.equal(received.length, others.length, 'nothing after unwatch');
    await unwatchLater();
  });
});

failWithoutEnginesInCi();
