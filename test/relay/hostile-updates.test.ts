// Attacks a scribe link made possible with a small script before the relay checked update shapes
// (sub-documents, deep values, nested type chains, map overwrites), sent to a room holding honest
// records; and rooms that stored such content before, loaded again.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import * as Y from 'yjs';
import { CloseCode } from '../../relay/close-codes.ts';
import { openLevelStorage } from '../../relay/level-storage.ts';
import { checkUpdateShape } from '../../relay/update-shape.ts';
import { deeplyNestedValue, mapOverwrite, nestedArrayChain, subDocuments } from '../support/hostile-updates.ts';
import {
  connectClient,
  eventually,
  fetchText,
  metric,
  newRoom,
  openRawSocket,
  startTestRelay,
  syncMessage,
  whenAcknowledged,
  whenSynced,
  withTimeout,
  type TestClient,
  type TestRelay,
} from './helpers.ts';

const cleanup: (() => unknown)[] = [];
after(async () => {
  for (const step of cleanup.reverse()) await step();
});

async function relay(options: { dataDir?: string } = {}): Promise<TestRelay> {
  const server = await startTestRelay({ ackDelayMs: 5, ...options });
  cleanup.push(() => server.dispose());
  return server;
}

function client(...args: Parameters<typeof connectClient>): TestClient {
  const connected = connectClient(...args);
  cleanup.push(() => connected.destroy());
  return connected;
}

const honestRecords = (count: number, from = 'scribe'): object[] =>
  Array.from({ length: count }, (_, i) => ({ v: 1, kind: 'add', id: `${from}-${i}`.padEnd(8, '_'), hlc: [1_700_000_000_000 + i, 0], text: `proposal ${i}` }));

/** A room with a scribe who wrote `count` records and saw them stored. */
async function honestRoom(server: TestRelay, count = 12) {
  const { writeKey, roomId } = newRoom();
  const scribe = client(server.syncUrl, roomId, { writeKey });
  await whenSynced(scribe);
  const expected = honestRecords(count);
  for (const record of expected) scribe.doc.getArray('records').push([record]);
  await whenAcknowledged(scribe);
  return { writeKey, roomId, scribe, expected };
}

/** Sends `updates` on one writable raw socket; resolves with how the relay closed it. */
async function attack(server: TestRelay, roomId: string, writeKey: string, ...updates: Uint8Array[]): Promise<number> {
  const raw = await openRawSocket(`${server.syncUrl}/${roomId}?key=${writeKey}`);
  for (const update of updates) raw.socket.send(syncMessage(2, update));
  const { code } = await withTimeout(raw.closed, 10_000, 'the attacker was never closed');
  return code;
}

/**
 * The relay is up and healthy, and a fresh keyless client receives exactly the honest records (and,
 * with `nulls`, that many nulls: what sanitizing leaves of an out-of-bounds value; clients ignore them).
 */
async function roomIntact(server: TestRelay, roomId: string, expected: object[], nulls = 0): Promise<void> {
  assert.equal((await fetchText(`${server.relay.url}/healthz`)).status, 200);
  const reader = client(server.syncUrl, roomId);
  await whenSynced(reader, 10_000);
  const received = reader.doc.getArray('records').toJSON();
  assert.deepEqual(received.filter((record) => record !== null), expected);
  assert.equal(received.length, expected.length + nulls);
  assert.equal(reader.doc.getSubdocs().size, 0);
  assert.deepEqual([...reader.doc.share.keys()], ['records']);
  reader.destroy();
}

const refusedWithLog = (server: TestRelay, roomId: string): boolean =>
  server.logs.some((line) => line.event === 'connection_rejected' && line.roomId === roomId && line.code === CloseCode.updateShape);

describe('a writer sending updates of the wrong shape', () => {
  it('attack 2: sub-documents are refused before Yjs builds one', async () => {
    const server = await relay();
    const { writeKey, roomId, scribe, expected } = await honestRoom(server);
    assert.equal(await attack(server, roomId, writeKey, subDocuments(2_000), subDocuments(2_000)), CloseCode.updateShape);
    assert.ok(refusedWithLog(server, roomId));
    // The scribe was not touched: it keeps writing.
    const later = honestRecords(1, 'later')[0]!;
    scribe.doc.getArray('records').push([later]);
    await whenAcknowledged(scribe);
    await roomIntact(server, roomId, [...expected, later]);
  });

  it('attack 3: a value nested 6,500 deep is refused, so no client overflows its stack reading it', async () => {
    const server = await relay();
    const { writeKey, roomId, expected } = await honestRoom(server);
    assert.equal(await attack(server, roomId, writeKey, deeplyNestedValue(6_500)), CloseCode.updateShape);
    await roomIntact(server, roomId, expected);
  });

  it('attack 4: a chain of nested arrays, and inserts at every level of it, are refused', async () => {
    const server = await relay();
    const { writeKey, roomId, expected } = await honestRoom(server);
    const { chain, insertAtEveryLevel } = nestedArrayChain(300);
    assert.equal(await attack(server, roomId, writeKey, chain), CloseCode.updateShape);
    assert.equal(await attack(server, roomId, writeKey, insertAtEveryLevel), CloseCode.updateShape);
    await roomIntact(server, roomId, expected);
  });

  it('attack 5: map entries are refused, so an overwrite without its delete set cannot delete another writer’s value', async () => {
    const server = await relay();
    const { writeKey, roomId, expected } = await honestRoom(server);
    for (const root of ['records', 'meta']) {
      const { entry, overwriteWithoutDeletes } = mapOverwrite(root);
      assert.equal(await attack(server, roomId, writeKey, entry), CloseCode.updateShape);
      assert.equal(await attack(server, roomId, writeKey, overwriteWithoutDeletes), CloseCode.updateShape);
    }
    await roomIntact(server, roomId, expected);
  });
});

describe('a viewer sending updates of the wrong shape', () => {
  it('has them dropped and counted like any viewer write, and stays connected', async () => {
    const server = await relay();
    const { roomId, expected } = await honestRoom(server);
    const viewer = await openRawSocket(`${server.syncUrl}/${roomId}`);
    viewer.socket.send(syncMessage(2, subDocuments(50)));
    await eventually(async () => assert.equal(await metric(server.relay.url, 'relay_dropped_writes_total'), 1));
    assert.equal(viewer.socket.readyState, viewer.socket.OPEN);
    await roomIntact(server, roomId, expected);
    viewer.socket.close();
  });
});

describe('a room that stored such content before the check', () => {
  it('still loads: healthz stays 200, honest records are served, the hostile content is left out and never stored again', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'legacy-room-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const { writeKey, roomId } = newRoom();
    const expected = honestRecords(5);
    // Written straight into LevelDB, as the relay stored it before it checked shapes.
    const storage = await openLevelStorage(dataDir);
    const honest = new Y.Doc();
    honest.getArray('records').push(expected.slice(0, 3));
    await storage.append(roomId, Y.encodeStateAsUpdate(honest));
    const attacker = new Y.Doc();
    Y.applyUpdate(attacker, Y.encodeStateAsUpdate(honest));
    attacker.getArray('records').push([new Y.Doc(), new Y.Doc()]);
    const subDocs = Y.encodeStateAsUpdate(attacker, Y.encodeStateVector(honest));
    await storage.append(roomId, subDocs);
    // The honest scribe synced the attack, then wrote after it: its records' origin is a refused item.
    Y.applyUpdate(honest, subDocs);
    const before = Y.encodeStateVector(honest);
    honest.getArray('records').push(expected.slice(3));
    await storage.append(roomId, Y.encodeStateAsUpdate(honest, before));
    await storage.append(roomId, deeplyNestedValue(6_500));
    for (const update of Object.values(nestedArrayChain(200))) await storage.append(roomId, update);
    for (const update of Object.values(mapOverwrite())) await storage.append(roomId, update);
    await storage.close();

    const server = await relay({ dataDir });
    await roomIntact(server, roomId, expected, 1);
    const sanitized = server.logs.find((line) => line.event === 'room_sanitized' && line.roomId === roomId);
    assert.ok(sanitized, 'the log says what was left out');
    assert.equal(sanitized.deletedItems, 3); // two sub-documents and the chain's outer array
    assert.equal(sanitized.nulledValues, 1);
    assert.ok((sanitized.gcItems as number) >= 200);

    // A scribe writes, leaves; the room is compacted from its own (sanitized) document.
    const scribe = client(server.syncUrl, roomId, { writeKey });
    await whenSynced(scribe);
    assert.deepEqual(scribe.doc.getArray('records').toJSON().filter((record) => record !== null), expected);
    const later = honestRecords(1, 'later')[0]!;
    scribe.doc.getArray('records').push([later]);
    await whenAcknowledged(scribe);
    scribe.destroy();
    await eventually(() => assert.ok(server.logs.some((line) => line.event === 'room_released' && line.roomId === roomId)));
    await server.relay.close();
    const reopened = await openLevelStorage(dataDir);
    const stored = await reopened.load(roomId);
    await reopened.close();
    assert.equal(stored.length, 1, 'compacted into one update');
    assert.ok(checkUpdateShape(stored[0]!).structs > 0, 'what is stored now passes the check');
  });
});
