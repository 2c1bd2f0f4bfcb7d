// A venue relay (started with an upstream) between local scribes and the central relay: both
// directions, a cut link, restarts of either side, read-only mirrors, and the key kept out of logs.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openLevelStorage } from '../../relay/level-storage.ts';
import type { RelayOptions } from '../../relay/server.ts';
import { connectClient, eventually, metric, newRoom, sleep, startTestRelay, whenAcknowledged, whenSynced, type TestClient, type TestRelay } from './helpers.ts';
import { spawnRelay, type RelayProcess } from './relay-process.ts';

const fastReconnect = { minBackoffMs: 20, maxBackoffMs: 300 };
const relays: TestRelay[] = [];
const clients: TestClient[] = [];
const dirs: string[] = [];

after(async () => {
  for (const client of clients) client.destroy();
  for (const relay of relays) await relay.relay.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'venue-relay-'));
  dirs.push(dir);
  return dir;
}

/** Data directories outlive the relays here, so that either side can restart on its own. */
async function start(options: Partial<RelayOptions> & { dataDir: string }): Promise<TestRelay> {
  const relay = await startTestRelay({ ackDelayMs: 20, ...options });
  relays.push(relay);
  return relay;
}

const startVenue = (centralUrl: string, dataDir: string, options: Partial<RelayOptions> = {}) =>
  start({ dataDir, upstream: { url: centralUrl, ...fastReconnect }, ...options });

function connect(...args: Parameters<typeof connectClient>): TestClient {
  const client = connectClient(...args);
  clients.push(client);
  return client;
}

const records = (client: TestClient): string[] => client.doc.getArray<string>('records').toArray();
const write = (client: TestClient, ...texts: string[]): void => {
  for (const text of texts) client.doc.getArray<string>('records').push([text]);
};
const texts = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix} ${i}`);

/** Every client holds exactly `expected` (in any order), and all in the same order. */
async function converged(all: TestClient[], expected: string[], timeoutMs = 20_000): Promise<void> {
  await eventually(() => {
    for (const client of all) assert.deepEqual([...records(client)].sort(), [...expected].sort());
    for (const client of all) assert.deepEqual(records(client), records(all[0]!));
  }, timeoutMs);
}

async function freshReader(syncUrl: string, roomId: string): Promise<string[]> {
  const reader = connect(syncUrl, roomId);
  await whenSynced(reader, 10_000);
  const seen = records(reader);
  reader.destroy();
  return seen;
}

const mentions = (logs: object[], secret: string): boolean => logs.some((line) => JSON.stringify(line).includes(secret));

describe('a venue relay mirroring to a central relay', () => {
  it('carries changes both ways, and the venue projector sees both', async () => {
    const central = await start({ dataDir: await freshDir() });
    const venue = await startVenue(central.relay.url, await freshDir());
    const { writeKey, roomId } = newRoom();
    const atVenue = connect(venue.syncUrl, roomId, { writeKey });
    const atCentral = connect(central.syncUrl, roomId, { writeKey });
    const projector = connect(venue.syncUrl, roomId);
    write(atVenue, 'from the venue');
    write(atCentral, 'from the central relay');
    await converged([atVenue, atCentral, projector], ['from the venue', 'from the central relay']);
    // Presence crosses too: the centre sees who is at the venue.
    atVenue.provider.awareness.setLocalStateField('group', 'Paris table 3');
    await eventually(() => assert.equal(atCentral.provider.awareness.getStates().get(atVenue.doc.clientID)?.group, 'Paris table 3'));
    // Confirmed once the centre has stored the venue's change and acknowledged it.
    await eventually(() => assert.deepEqual(venue.relay.stats().upstream, { rooms: 1, connected: 1, pendingRooms: 0, pendingChanges: 0 }));
    assert.equal(await metric(venue.relay.url, 'relay_upstream_connected_rooms'), 1);
    assert.ok(!mentions(venue.logs, writeKey) && !mentions(central.logs, writeKey), 'the write key is never logged');
  });

  it('lets a room go once its last local client left and the centre holds everything, even what the centre sent', async () => {
    const central = await start({ dataDir: await freshDir() });
    const venue = await startVenue(central.relay.url, await freshDir());
    const { writeKey, roomId } = newRoom();
    const atVenue = connect(venue.syncUrl, roomId, { writeKey });
    const atCentral = connect(central.syncUrl, roomId, { writeKey });
    await eventually(() => assert.equal(venue.relay.stats().upstream?.connected, 1));
    await whenSynced(atVenue);
    // Live updates from the centre start past clock 0: the mirror must still count them as held upstream.
    for (let i = 0; i < 3; i++) {
      write(atCentral, `centre ${i}`);
      await eventually(() => assert.equal(records(atVenue).length, i + 1));
    }
    assert.equal(venue.relay.stats().upstream?.pendingChanges, 0);
    atVenue.destroy();
    await eventually(() => assert.deepEqual(venue.relay.stats(), { rooms: 0, connections: 0, upstream: { rooms: 0, connected: 0, pendingRooms: 0, pendingChanges: 0 } }));
  });

  it('merges a burst of local updates into few upstream messages, under the central rate limit', async () => {
    const central = await start({ dataDir: await freshDir(), limits: { maxMessagesPerSecond: 20 } });
    const venue = await startVenue(central.relay.url, await freshDir());
    const { writeKey, roomId } = newRoom();
    const scribe = connect(venue.syncUrl, roomId, { writeKey });
    await whenSynced(scribe);
    await eventually(() => assert.equal(venue.relay.stats().upstream?.connected, 1));
    const burst = texts('burst', 300);
    for (const text of burst) write(scribe, text);
    await eventually(async () => assert.deepEqual((await freshReader(central.syncUrl, roomId)).sort(), [...burst].sort()), 10_000);
    assert.equal(await metric(central.relay.url, 'relay_connections_closed_total{reason="rate_limited"}'), 0);
    // 300 updates, one message each without merging; a 50 ms window takes many at once even on a slow machine.
    assert.ok((await metric(venue.relay.url, 'relay_upstream_messages_sent_total')) < 60, 'updates went up merged');
  });

  it('keeps both sides working while the link is cut and loses nothing when it returns', async () => {
    const centralDir = await freshDir();
    const first = await start({ dataDir: centralDir });
    const { port } = first.relay;
    const venue = await startVenue(first.relay.url, await freshDir());
    const { writeKey, roomId } = newRoom();
    const scribeA = connect(venue.syncUrl, roomId, { writeKey });
    const scribeB = connect(venue.syncUrl, roomId, { writeKey });
    const projector = connect(venue.syncUrl, roomId);
    const remote = connect(first.syncUrl, roomId, { writeKey });
    const world = connect(first.syncUrl, roomId);
    const everyone = [scribeA, scribeB, projector, remote, world];
    write(scribeA, 'before the cut');
    await converged(everyone, ['before the cut']);
    await eventually(() => assert.equal(venue.relay.stats().upstream?.pendingChanges, 0));

    await first.relay.close();
    await eventually(() => assert.equal(venue.relay.stats().upstream?.connected, 0));
    write(scribeA, ...texts('venue A during the cut', 5));
    write(scribeB, ...texts('venue B during the cut', 5));
    write(remote, ...texts('remote during the cut', 5));
    // The room stays live at the venue, and the venue relay knows what the centre still lacks.
    await converged([scribeA, scribeB, projector], ['before the cut', ...texts('venue A during the cut', 5), ...texts('venue B during the cut', 5)]);
    await eventually(() => assert.equal(venue.relay.stats().upstream?.pendingChanges, 10));
    assert.equal(await metric(venue.relay.url, 'relay_upstream_pending_rooms'), 1);

    const second = await start({ dataDir: centralDir, port });
    const all = ['before the cut', ...['venue A', 'venue B', 'remote'].flatMap((who) => texts(`${who} during the cut`, 5))];
    await converged(everyone, all);
    await eventually(() => assert.deepEqual(venue.relay.stats().upstream, { rooms: 1, connected: 1, pendingRooms: 0, pendingChanges: 0 }));
    assert.deepEqual((await freshReader(second.syncUrl, roomId)).sort(), [...all].sort());
  });

  it('delivers a room whose scribes have left, across a venue restart, once the centre is back', async () => {
    const centralDir = await freshDir();
    const venueDir = await freshDir();
    const first = await start({ dataDir: centralDir });
    const { port, url: centralUrl } = first.relay;
    await first.relay.close();

    const venue = await startVenue(centralUrl, venueDir);
    const { writeKey, roomId } = newRoom();
    const scribe = connect(venue.syncUrl, roomId, { writeKey });
    await whenSynced(scribe);
    write(scribe, ...texts('offline venue', 3));
    await whenAcknowledged(scribe);
    scribe.destroy();
    // Written back and freed while the link is down, but still owed to the centre.
    await eventually(() => assert.equal(venue.relay.stats().rooms, 0));
    assert.deepEqual(venue.relay.stats().upstream, { rooms: 1, connected: 0, pendingRooms: 1, pendingChanges: 3 });
    await venue.relay.close();

    const restarted = await startVenue(centralUrl, venueDir);
    assert.ok(restarted.logs.some((line) => line.event === 'upstream_mirror_resumed' && line.roomId === roomId), 'mirror resumed from the ledger');
    assert.equal(restarted.relay.stats().upstream?.rooms, 1);
    const second = await start({ dataDir: centralDir, port });
    await eventually(async () => assert.deepEqual((await freshReader(second.syncUrl, roomId)).sort(), texts('offline venue', 3)), 20_000);
    // Confirmed by the centre: the mirror ends, the room is freed and its key leaves the ledger.
    await eventually(() => assert.deepEqual(restarted.relay.stats(), { rooms: 0, connections: 0, upstream: { rooms: 0, connected: 0, pendingRooms: 0, pendingChanges: 0 } }), 10_000);
    await restarted.relay.close();
    const storage = await openLevelStorage(venueDir);
    try {
      assert.deepEqual([...(await storage.mirrors.list()).keys()], []);
    } finally {
      await storage.close();
    }
    assert.ok(![venue, restarted, first, second].some((relay) => mentions(relay.logs, writeKey)), 'the write key is never logged');
  });

  it('loses nothing when the central relay is killed with SIGKILL while the venue pushes, and lets go only of what it stored', async () => {
    const centralDir = await freshDir();
    const centrals: RelayProcess[] = [await spawnRelay(['--data-dir', centralDir])];
    const port = centrals[0]!.port;
    const restartCentral = async (): Promise<RelayProcess> => {
      const central = centrals.at(-1)!;
      central.child.kill('SIGKILL');
      await central.exited;
      centrals.push(await spawnRelay(['--data-dir', centralDir, '--port', String(port)]));
      return centrals.at(-1)!;
    };
    try {
      const venue = await startVenue(`http://127.0.0.1:${port}`, await freshDir());
      const { writeKey, roomId } = newRoom();
      const scribe = connect(venue.syncUrl, roomId, { writeKey });
      await whenSynced(scribe);
      await eventually(() => assert.equal(venue.relay.stats().upstream?.connected, 1), 10_000);
      for (let i = 0; i < 200; i++) {
        write(scribe, `stream ${i}`);
        if (i % 20 === 19) await sleep(5);
      }
      await restartCentral();
      write(scribe, ...texts('after the kill', 20));
      await eventually(() => assert.deepEqual(venue.relay.stats().upstream, { rooms: 1, connected: 1, pendingRooms: 0, pendingChanges: 0 }), 20_000);
      // The mirror lets go only once the centre says it stored everything: kill the centre again with
      // the venue relay gone, and it must still have all of it.
      scribe.destroy();
      await eventually(() => assert.equal(venue.relay.stats().upstream?.rooms, 0));
      await venue.relay.close();
      const last = await restartCentral();
      assert.deepEqual((await freshReader(last.syncUrl, roomId)).sort(), [...texts('stream', 200), ...texts('after the kill', 20)].sort());
    } finally {
      for (const central of centrals) central.child.kill('SIGKILL');
    }
  });

  it('resumes mirroring after the venue relay is killed with SIGKILL', async () => {
    const centralDir = await freshDir();
    const venueDir = await freshDir();
    const first = await start({ dataDir: centralDir });
    const { port, url: centralUrl } = first.relay;
    await first.relay.close();

    const venue = await spawnRelay(['--data-dir', venueDir, '--upstream', centralUrl]);
    const { writeKey, roomId } = newRoom();
    try {
      const scribe = connect(venue.syncUrl, roomId, { writeKey });
      await whenSynced(scribe, 10_000);
      write(scribe, ...texts('acknowledged by the venue', 20));
      await whenAcknowledged(scribe, 10_000);
      scribe.destroy();
      venue.child.kill('SIGKILL');
      assert.equal((await venue.exited).signal, 'SIGKILL');
    } finally {
      venue.child.kill('SIGKILL');
    }

    const second = await start({ dataDir: centralDir, port });
    const restarted = await spawnRelay(['--data-dir', venueDir, '--upstream', centralUrl]);
    try {
      await eventually(async () => assert.deepEqual((await freshReader(second.syncUrl, roomId)).sort(), texts('acknowledged by the venue', 20).sort()), 20_000);
      await eventually(() => assert.ok(restarted.lines.some((line) => line.event === 'upstream_mirror_done' && line.roomId === roomId), 'mirror not done yet'), 10_000);
      assert.ok(![...venue.lines, ...restarted.lines].some((line) => JSON.stringify(line).includes(writeKey)), 'the write key is never logged');
    } finally {
      restarted.child.kill('SIGTERM');
    }
    assert.equal((await restarted.exited).code, 0);
  });

  it('mirrors a room without a local scribe read-only, and pushes once a scribe brings the key', async () => {
    const central = await start({ dataDir: await freshDir() });
    const venue = await startVenue(central.relay.url, await freshDir());
    const { writeKey, roomId } = newRoom();
    const remote = connect(central.syncUrl, roomId, { writeKey });
    write(remote, 'written at the centre');
    const projector = connect(venue.syncUrl, roomId);
    await converged([remote, projector], ['written at the centre']);
    // A forged write at the venue is dropped there, and the read-only mirror pushes nothing.
    write(projector, 'forged by the projector');
    await eventually(async () => assert.equal(await metric(venue.relay.url, 'relay_dropped_writes_total'), 1));
    assert.equal(await metric(central.relay.url, 'relay_dropped_writes_total'), 0);
    assert.ok(venue.logs.some((line) => line.event === 'upstream_connected' && line.mode === 'read-only'), 'connected read-only');

    const scribe = connect(venue.syncUrl, roomId, { writeKey });
    write(scribe, 'written at the venue');
    await eventually(() => assert.ok(records(remote).includes('written at the venue'), 'not at the centre yet'), 10_000);
    assert.ok(venue.logs.some((line) => line.event === 'upstream_connected' && line.mode === 'read-write'), 'reconnected read-write');
    assert.ok(!records(remote).includes('forged by the projector'), 'the forged write stayed out');
    scribe.destroy();
    projector.destroy();
    await eventually(() => assert.deepEqual(venue.relay.stats().upstream?.rooms, 0), 10_000);
    await eventually(() => assert.equal(venue.relay.stats().rooms, 0));
  });
});
