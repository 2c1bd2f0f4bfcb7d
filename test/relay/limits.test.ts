import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  connectClient,
  eventually,
  fetchText,
  metric,
  newRoom,
  openRawSocket,
  recordUpdate,
  sleep,
  startTestRelay,
  syncMessage,
  whenAcknowledged,
  whenSynced,
  withTimeout,
  type TestClient,
  type TestRelay,
} from './helpers.ts';

const clients: TestClient[] = [];
const connect = (...args: Parameters<typeof connectClient>): TestClient => {
  const client = connectClient(...args);
  clients.push(client);
  return client;
};
after(() => {
  for (const client of clients) client.destroy();
});

/** Deterministic bytes (mulberry32), so a failure can be replayed from the seed in its message. */
function seededBytes(seed: number, length: number): Uint8Array {
  let state = seed >>> 0;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return bytes;
}

describe('hostile input closes only the offending connection', () => {
  let server: TestRelay;
  before(async () => {
    server = await startTestRelay({ ackDelayMs: 20, limits: { maxMessageBytes: 64 * 1024, maxMessagesPerSecond: 20 } });
  });
  after(() => server.dispose());

  /** A writer and a viewer keep syncing while an attacker with the write key misbehaves. */
  async function expectIsolated(attack: (socket: WebSocket) => void, expectedCode: number): Promise<void> {
    const { writeKey, roomId } = newRoom();
    const scribe = connect(server.syncUrl, roomId, { writeKey });
    const projector = connect(server.syncUrl, roomId);
    await Promise.all([whenSynced(scribe), whenSynced(projector)]);
    const attacker = await openRawSocket(`${server.syncUrl}/${roomId}?key=${writeKey}`);
    attack(attacker.socket);
    const { code } = await withTimeout(attacker.closed, 5000, 'attacker was not disconnected');
    assert.equal(code, expectedCode);

    scribe.doc.getArray<string>('records').push(['after the attack']);
    await eventually(() => assert.deepEqual(projector.doc.getArray('records').toJSON(), ['after the attack']));
    assert.equal(scribe.provider.wsconnected && projector.provider.wsconnected, true);
    assert.equal((await fetchText(`${server.relay.url}/healthz`)).status, 200);
  }

  it('closes a message over maxMessageBytes with 1009', async () => {
    await expectIsolated((socket) => socket.send(syncMessage(2, new Uint8Array(64 * 1024))), 1009);
    assert.ok((await metric(server.relay.url, 'relay_connections_closed_total{reason="message_too_big"}')) >= 1);
  });

  it('closes random bytes with 4400', async () => {
    for (const seed of [1, 2, 3]) {
      await expectIsolated((socket) => socket.send(seededBytes(seed, 1024)), 4400).catch((error: Error) => {
        throw new Error(`seed ${seed}: ${error.message}`);
      });
    }
  });

  it('closes a truncated update with 4400 and applies none of it', async () => {
    const update = recordUpdate('x'.repeat(200));
    await expectIsolated((socket) => socket.send(syncMessage(2, update).slice(0, 40)), 4400);
    // Cut inside the delete set: Yjs itself would integrate the inserts before noticing.
    const doc = new Y.Doc();
    doc.getArray<string>('records').push(['inserted', 'then deleted']);
    doc.getArray<string>('records').delete(1, 1);
    const withDeletions = Y.encodeStateAsUpdate(doc);
    await expectIsolated((socket) => socket.send(syncMessage(2, withDeletions.slice(0, withDeletions.length - 1))), 4400);
  });

  it('closes unknown message types and text frames with 4400', async () => {
    await expectIsolated((socket) => socket.send(Uint8Array.of(7, 0)), 4400);
    await expectIsolated((socket) => socket.send('hello'), 4400);
    assert.ok((await metric(server.relay.url, 'relay_connections_closed_total{reason="malformed_message"}')) >= 4);
  });

  it('closes a flood over maxMessagesPerSecond with 4529', async () => {
    await expectIsolated((socket) => {
      for (let i = 0; i < 1000; i++) socket.send(Uint8Array.of(3));
    }, 4529);
    assert.ok((await metric(server.relay.url, 'relay_connections_closed_total{reason="rate_limited"}')) >= 1);
  });
});

describe('room limits', () => {
  let server: TestRelay;
  before(async () => {
    server = await startTestRelay({ ackDelayMs: 20, limits: { maxConnectionsPerRoom: 2, maxRoomBytes: 4096 } });
  });
  after(() => server.dispose());

  it('closes the connection over maxConnectionsPerRoom with 4503, and admits again once one leaves', async () => {
    const { writeKey, roomId } = newRoom();
    const url = `${server.syncUrl}/${roomId}?key=${writeKey}`;
    const first = await openRawSocket(url);
    await openRawSocket(url);
    const third = await openRawSocket(url);
    assert.equal((await withTimeout(third.closed, 5000, 'third stayed')).code, 4503);
    first.socket.close();
    await first.closed;
    const fourth = await openRawSocket(url);
    // Admitted: a writer is greeted with the room's state vector (sync step 1).
    await eventually(() => assert.ok(fourth.received.some((m) => m[0] === 0 && m[1] === 0)));
    assert.equal(fourth.socket.readyState, WebSocket.OPEN);
  });

  it('closes an update that would grow the room past maxRoomBytes with 4413, and keeps the room as it was', async () => {
    const { writeKey, roomId } = newRoom();
    const scribe = connect(server.syncUrl, roomId, { writeKey });
    await whenSynced(scribe);
    scribe.doc.getArray<string>('records').push(['small']);
    await whenAcknowledged(scribe);
    const bulky = await openRawSocket(`${server.syncUrl}/${roomId}?key=${writeKey}`);
    bulky.socket.send(syncMessage(2, recordUpdate('y'.repeat(8000))));
    assert.equal((await withTimeout(bulky.closed, 5000, 'not closed')).code, 4413);
    await sleep(50);
    assert.deepEqual(scribe.doc.getArray('records').toJSON(), ['small']);
  });
});

describe('heartbeat', () => {
  let server: TestRelay;
  before(async () => {
    server = await startTestRelay({ limits: { heartbeatMs: 250 } });
  });
  after(() => server.dispose());

  it('terminates a connection that stops answering pings and keeps one that answers', async () => {
    const { roomId } = newRoom();
    const silent = await openRawSocket(`${server.syncUrl}/${roomId}`, { autoPong: false });
    const healthy = await openRawSocket(`${server.syncUrl}/${roomId}`);
    await withTimeout(silent.closed, 5000, 'silent connection was never terminated');
    await sleep(800);
    assert.equal(healthy.socket.readyState, WebSocket.OPEN, 'a connection that answers pings stays open through three pings');
    assert.ok((await metric(server.relay.url, 'relay_connections_closed_total{reason="heartbeat"}')) >= 1);
    healthy.socket.close();
  });
});

describe('default limits and a busy but legitimate scribe', () => {
  let server: TestRelay;
  before(async () => {
    server = await startTestRelay({ ackDelayMs: 20 });
  });
  after(() => server.dispose());

  it('lets a writer send 300 changes in one burst without being disconnected', async () => {
    const { writeKey, roomId } = newRoom();
    const scribe = connect(server.syncUrl, roomId, { writeKey });
    await whenSynced(scribe);
    let closes = 0;
    scribe.provider.on('connection-close', () => closes++);
    for (let i = 0; i < 300; i++) scribe.doc.getArray<string>('records').push([`change ${i}`]);
    await whenAcknowledged(scribe);
    assert.equal(closes, 0);
  });
});
