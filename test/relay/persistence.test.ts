import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { getLevelUpdatesKeys, LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';
import { connectClient, eventually, metric, newRoom, startTestRelay, whenAcknowledged, whenSynced, type TestClient } from './helpers.ts';
import { spawnRelay } from './relay-process.ts';

const dirs: string[] = [];
const clients: TestClient[] = [];
after(async () => {
  for (const client of clients) client.destroy();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});
const connect = (...args: Parameters<typeof connectClient>): TestClient => {
  const client = connectClient(...args);
  clients.push(client);
  return client;
};
const freshDataDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'relay-persist-'));
  dirs.push(dir);
  return dir;
};

/** Writes `count` records, one transaction (one message) each, and waits for the relay's acknowledgement. */
async function writeAcknowledged(client: TestClient, prefix: string, count: number): Promise<string[]> {
  const written: string[] = [];
  for (let i = 0; i < count; i++) {
    written.push(`${prefix} ${i}`);
    client.doc.getArray<string>('records').push([`${prefix} ${i}`]);
  }
  await whenAcknowledged(client, 10_000);
  return written;
}

/** The contents a brand-new client holds at the moment its first sync completes. */
async function firstSyncRecords(syncUrl: string, roomId: string): Promise<string[]> {
  const reader = connect(syncUrl, roomId);
  await whenSynced(reader, 10_000);
  return reader.doc.getArray<string>('records').toArray();
}

describe('durability across relay restarts', () => {
  it('keeps every acknowledged update across a graceful restart', async () => {
    const dataDir = await freshDataDir();
    const { writeKey, roomId } = newRoom();
    const first = await startTestRelay({ dataDir, ackDelayMs: 20 });
    const writer = connect(first.syncUrl, roomId, { writeKey });
    await whenSynced(writer);
    const written = await writeAcknowledged(writer, 'before restart', 40);
    // The writer is still connected: close() must write the room back itself.
    await first.relay.close();
    writer.destroy();

    const second = await startTestRelay({ dataDir });
    try {
      assert.deepEqual(await firstSyncRecords(second.syncUrl, roomId), written);
    } finally {
      await second.relay.close();
    }
  });

  it('keeps every acknowledged update when the relay process is killed with SIGKILL', async () => {
    const dataDir = await freshDataDir();
    const { writeKey, roomId } = newRoom();
    const first = await spawnRelay(['--data-dir', dataDir]);
    let written: string[];
    try {
      const writer = connect(first.syncUrl, roomId, { writeKey });
      await whenSynced(writer, 10_000);
      written = await writeAcknowledged(writer, 'acknowledged', 200);
      // More writes in flight at the moment of the kill: allowed to be lost, never to corrupt.
      for (let i = 0; i < 50; i++) writer.doc.getArray<string>('records').push([`in flight ${i}`]);
      first.child.kill('SIGKILL');
      assert.equal((await first.exited).signal, 'SIGKILL');
      writer.destroy();
    } finally {
      first.child.kill('SIGKILL');
    }

    const second = await spawnRelay(['--data-dir', dataDir]);
    try {
      const records = await firstSyncRecords(second.syncUrl, roomId);
      assert.deepEqual(records.slice(0, written.length), written);
      assert.ok(records.slice(written.length).every((r) => r.startsWith('in flight')));
    } finally {
      second.child.kill('SIGTERM');
    }
    const { code } = await second.exited;
    assert.equal(code, 0, 'SIGTERM stops the relay cleanly');
    assert.ok(second.lines.some((line) => line.event === 'closed'));
  });

  it('compacts a room so its stored updates do not grow without bound', async () => {
    const dataDir = await freshDataDir();
    const { writeKey, roomId } = newRoom();
    const server = await startTestRelay({ dataDir, ackDelayMs: 1, compactEvery: 5 });
    const writer = connect(server.syncUrl, roomId, { writeKey });
    await whenSynced(writer);
    const written: string[] = [];
    for (let i = 0; i < 30; i++) written.push(...(await writeAcknowledged(writer, `round ${i}`, 1)));
    assert.ok((await metric(server.relay.url, 'relay_storage_compactions_total')) >= 5);
    writer.destroy();
    await eventually(() => assert.equal(server.relay.stats().rooms, 0));
    await server.relay.close();

    const persistence = new LeveldbPersistence(dataDir);
    try {
      const keys = await persistence._transact((db) => getLevelUpdatesKeys(db, roomId));
      assert.equal(keys?.length, 1, 'a released room is stored as one merged update');
      const doc = await persistence.getYDoc(roomId);
      assert.deepEqual(doc.getArray('records').toArray(), written);
      assert.equal(Y.encodeStateVector(doc).length > 0, true);
    } finally {
      await persistence.destroy();
    }
  });

  it('writes nothing for a room that was only looked at', async () => {
    const dataDir = await freshDataDir();
    const { roomId } = newRoom();
    const server = await startTestRelay({ dataDir });
    assert.deepEqual(await firstSyncRecords(server.syncUrl, roomId), []);
    clients.pop()!.destroy();
    await eventually(() => assert.equal(server.relay.stats().rooms, 0));
    await server.relay.close();
    const persistence = new LeveldbPersistence(dataDir);
    try {
      assert.deepEqual(await persistence._transact((db) => getLevelUpdatesKeys(db, roomId)), []);
    } finally {
      await persistence.destroy();
    }
  });
});
