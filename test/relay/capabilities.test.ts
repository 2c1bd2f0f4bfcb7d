import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as Y from 'yjs';
import { grantsWrite, isRoomId, roomIdForWriteKey } from '../../relay/capability.ts';
import {
  connectClient,
  eventually,
  metric,
  newRoom,
  openRawSocket,
  recordUpdate,
  sleep,
  startTestRelay,
  syncMessage,
  upgradeStatus,
  whenAcknowledged,
  whenSynced,
  type TestClient,
  type TestRelay,
} from './helpers.ts';

describe('room ids and write keys (DESIGN.md §3)', () => {
  it('derives the room id as the first 22 base64url characters of SHA-256 of the UTF-8 key', () => {
    // Pinned against `printf KEY | sha256sum | xxd -r -p | base64 | tr '+/' '-_' | cut -c1-22`.
    assert.equal(roomIdForWriteKey('AAAAAAAAAAAAAAAAAAAAAA'), 'ilvbTMFRZBJsbvJmjendJA');
    assert.equal(roomIdForWriteKey('é-key'), 'xGwjAMB6iqzeAJVeZo3PMB');
  });

  it('accepts exactly 22 base64url characters as a room id', () => {
    assert.equal(isRoomId('ilvbTMFRZBJsbvJmjendJA'), true);
    assert.equal(isRoomId('abc_-0123456789ABCDEFG'), true);
    for (const bad of ['', 'ilvbTMFRZBJsbvJmjendJ', 'ilvbTMFRZBJsbvJmjendJAA', 'ilvbTMFRZBJsbvJmjend+A', 'ilvbTMFRZBJsbvJmjend/A', 'ilvbTMFRZBJsbvJmjend=A']) {
      assert.equal(isRoomId(bad), false, bad);
    }
  });

  it('grants writing only to the key that hashes to the room id', () => {
    assert.equal(grantsWrite('ilvbTMFRZBJsbvJmjendJA', 'AAAAAAAAAAAAAAAAAAAAAA'), true);
    assert.equal(grantsWrite('ilvbTMFRZBJsbvJmjendJA', 'AAAAAAAAAAAAAAAAAAAAAB'), false);
    assert.equal(grantsWrite('ilvbTMFRZBJsbvJmjendJA', 'ilvbTMFRZBJsbvJmjendJA'), false);
    assert.equal(grantsWrite('ilvbTMFRZBJsbvJmjendJA', null), false);
    // Every one of the 22 characters counts, the last one too.
    assert.equal(grantsWrite('ilvbTMFRZBJsbvJmjendJB', 'AAAAAAAAAAAAAAAAAAAAAA'), false);
    assert.equal(grantsWrite('jlvbTMFRZBJsbvJmjendJA', 'AAAAAAAAAAAAAAAAAAAAAA'), false);
  });
});

describe('capabilities at the sync endpoint', () => {
  let server: TestRelay;
  const clients: TestClient[] = [];
  const connect = (...args: Parameters<typeof connectClient>): TestClient => {
    const client = connectClient(...args);
    clients.push(client);
    return client;
  };

  before(async () => {
    server = await startTestRelay({ ackDelayMs: 20 });
  });
  after(async () => {
    for (const client of clients) client.destroy();
    await server.dispose();
  });

  it('refuses upgrades to malformed room ids with HTTP 400 and other paths with 404', async () => {
    const base = `ws://127.0.0.1:${server.relay.port}`;
    for (const path of ['/sync/', '/sync/short', '/sync/ilvbTMFRZBJsbvJmjendJAA', '/sync/ilvbTMFRZBJsbvJmjend%2BA', '/sync/ilvbTMFRZBJsbvJmjendJA/x']) {
      assert.equal(await upgradeStatus(base + path), 400, path);
    }
    assert.equal(await upgradeStatus(`${base}/elsewhere/ilvbTMFRZBJsbvJmjendJA`), 404);
    assert.ok((await metric(server.relay.url, 'relay_upgrades_refused_total{reason="bad_room_id"}')) >= 5);
    assert.equal(server.relay.stats().rooms, 0);
  });

  it('keeps a viewer read-only: its edits never reach the relay or the writers', async () => {
    const { writeKey, roomId } = newRoom();
    const writer = connect(server.syncUrl, roomId, { writeKey });
    const viewer = connect(server.syncUrl, roomId);
    const forger = connect(server.syncUrl, roomId, { writeKey: newRoom().writeKey });
    await Promise.all([whenSynced(writer), whenSynced(viewer), whenSynced(forger)]);
    const droppedBefore = await metric(server.relay.url, 'relay_dropped_writes_total');

    viewer.doc.getArray<string>('records').push(['viewer was here']);
    forger.doc.getArray<string>('records').push(['forged']);
    writer.doc.getArray<string>('records').push(['scribe']);
    await whenAcknowledged(writer);
    await eventually(async () => assert.ok((await metric(server.relay.url, 'relay_dropped_writes_total')) >= droppedBefore + 2));

    // Everyone still receives the writer's change; nobody else's change spreads.
    await eventually(() => {
      assert.ok(viewer.doc.getArray('records').toJSON().includes('scribe'));
      assert.ok(forger.doc.getArray('records').toJSON().includes('scribe'));
    });
    assert.deepEqual(writer.doc.getArray('records').toJSON(), ['scribe']);
    const fresh = connect(server.syncUrl, roomId);
    await whenSynced(fresh);
    assert.deepEqual(fresh.doc.getArray('records').toJSON(), ['scribe']);
  });

  it('drops hand-made updates from a connection without the key, and never acknowledges them', async () => {
    const { writeKey, roomId } = newRoom();
    const writer = connect(server.syncUrl, roomId, { writeKey });
    await whenSynced(writer);
    const intruder = await openRawSocket(`${server.syncUrl}/${roomId}?key=not-the-key`);
    intruder.socket.send(syncMessage(2, recordUpdate('injected as update')));
    intruder.socket.send(syncMessage(1, recordUpdate('injected as step 2')));
    await sleep(100);
    // The relay did not ask the intruder for its state: only a writer gets sync step 1 messages.
    assert.equal(intruder.received.filter((m) => m[0] === 0 && m[1] === 0).length, 0);
    writer.doc.getArray<string>('records').push(['legit']);
    await whenAcknowledged(writer);
    assert.deepEqual(writer.doc.getArray('records').toJSON(), ['legit']);
    const probe = new Y.Doc();
    const reader = connect(server.syncUrl, roomId, { doc: probe });
    await whenSynced(reader);
    assert.deepEqual(probe.getArray('records').toJSON(), ['legit']);
    intruder.socket.close();
  });
});
