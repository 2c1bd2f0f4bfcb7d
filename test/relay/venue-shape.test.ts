// A venue relay checks update shapes as the central relay does: one hostile scribe at the venue costs
// only its own connection, never the venue's link upstream; and off-shape content coming down from an
// older or faulty central relay is sanitized and kept, so the link stays and the room keeps working.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import WebSocket, { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { CloseCode } from '../../relay/close-codes.ts';
import { subDocuments } from '../support/hostile-updates.ts';
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

async function relay(options: Parameters<typeof startTestRelay>[0] = {}): Promise<TestRelay> {
  const server = await startTestRelay({ ackDelayMs: 5, ...options });
  cleanup.push(() => server.dispose());
  return server;
}

function client(...args: Parameters<typeof connectClient>): TestClient {
  const connected = connectClient(...args);
  cleanup.push(() => connected.destroy());
  return connected;
}

const upstreamLogs = (venue: TestRelay, event: string) => venue.logs.filter((line) => line.event === event);

describe('update shapes at a venue relay', () => {
  it('refuses a hostile local scribe; the venue’s link upstream stays open and honest records reach the centre', async () => {
    const central = await relay();
    const venue = await relay({ upstream: { url: central.relay.url, minBackoffMs: 20, maxBackoffMs: 300 } });
    const { writeKey, roomId } = newRoom();
    const scribe = client(venue.syncUrl, roomId, { writeKey });
    await whenSynced(scribe);
    await eventually(() => assert.equal(upstreamLogs(venue, 'upstream_connected').length, 1));
    scribe.doc.getArray('records').push([{ kind: 'add', text: 'before the attack' }]);

    const attacker = await openRawSocket(`${venue.syncUrl}/${roomId}?key=${writeKey}`);
    attacker.socket.send(syncMessage(2, subDocuments(500)));
    assert.equal((await withTimeout(attacker.closed, 10_000, 'the attacker was never closed')).code, CloseCode.updateShape);

    scribe.doc.getArray('records').push([{ kind: 'add', text: 'after the attack' }]);
    await whenAcknowledged(scribe);
    const reader = client(central.syncUrl, roomId);
    await eventually(() => assert.deepEqual(reader.doc.getArray('records').toJSON(), [{ kind: 'add', text: 'before the attack' }, { kind: 'add', text: 'after the attack' }]), 10_000);
    assert.equal(reader.doc.getSubdocs().size, 0);
    assert.equal(upstreamLogs(venue, 'upstream_connected').length, 1, 'one link, never reopened');
    assert.deepEqual(upstreamLogs(venue, 'upstream_disconnected'), []);
    assert.deepEqual(upstreamLogs(venue, 'upstream_rejected'), []);
    assert.equal(await metric(venue.relay.url, 'relay_upstream_connected_rooms'), 1);
    assert.ok(!central.logs.some((line) => line.event === 'connection_rejected'), 'the centre refused nothing');
  });

  it('sanitizes off-shape content from upstream and keeps the link: the venue’s scribes get the honest records', async () => {
    // An older central relay that stored an attack: it greets, then sends the room with it.
    const honest = new Y.Doc();
    honest.getArray('records').push([{ kind: 'add', text: 'stored upstream' }]);
    const attacked = new Y.Doc();
    Y.applyUpdate(attacked, Y.encodeStateAsUpdate(honest));
    attacked.getArray('records').push([new Y.Doc()]);
    attacked.getArray('records').push([{ kind: 'add', text: 'written upstream after the attack' }]);
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const links: WebSocket[] = [];
    server.on('connection', (socket) => {
      links.push(socket);
      socket.on('error', () => {});
      socket.send(syncMessage(0, Y.encodeStateVector(new Y.Doc())));
      socket.send(syncMessage(1, Y.encodeStateAsUpdate(attacked)));
    });
    cleanup.push(() => new Promise((resolve) => server.close(resolve)), () => server.clients.forEach((socket) => socket.terminate()));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;

    const venue = await relay({ upstream: { url: `http://127.0.0.1:${port}`, minBackoffMs: 20, maxBackoffMs: 300 } });
    const { writeKey, roomId } = newRoom();
    const scribe = client(venue.syncUrl, roomId, { writeKey });
    await eventually(() =>
      assert.deepEqual(scribe.doc.getArray('records').toJSON(), [{ kind: 'add', text: 'stored upstream' }, { kind: 'add', text: 'written upstream after the attack' }]),
    10_000);
    assert.equal(scribe.doc.getSubdocs().size, 0);
    const sanitized = venue.logs.find((line) => line.event === 'update_sanitized' && line.roomId === roomId);
    assert.ok(sanitized, 'the venue logs what it left out');
    assert.equal(sanitized.deletedItems, 1);
    assert.equal(links.length, 1, 'one link, never reopened');
    assert.equal(links[0]!.readyState, WebSocket.OPEN);
    assert.deepEqual(upstreamLogs(venue, 'upstream_rejected'), []);
    assert.equal((await fetchText(`${venue.relay.url}/healthz`)).status, 200);
  });
});
