// Several relays behind HAProxy on real engines (Debian's PostgreSQL and HAProxy, a throwaway
// cluster): 60 rooms × 10 clients writing, the relay holding a third of the rooms killed with SIGKILL
// mid-stream and restarted. Some authors leave the moment their relay dies (they never resend).
// Afterwards every acknowledged update is in every room and every client has converged.
//
// Acknowledged: the relay answered with its durable state vector (a sync step 1) covering the update.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connectClient, eventually, metric, newRoom, sleep, whenAcknowledged, whenSynced, type TestClient } from '../relay/helpers.ts';
import { failWithoutEnginesInCi, needsEngines } from '../relay/test-postgres.ts';
import { LocalCluster } from './local-cluster.ts';
import { seededRandom } from './seeded-random.ts';

const ROOMS = 60;
const CLIENTS_PER_ROOM = 10;
const seed = Math.floor(Math.random() * 2 ** 31);

interface Writer {
  client: TestClient;
  room: number;
  /** Each record with the client's own clock once it was written: acknowledged when a relay's durable vector reaches it. */
  written: { text: string; clock: number }[];
  left: boolean;
}

const acknowledged = (writer: Writer): string[] => {
  const own = writer.client.doc.clientID;
  const reached = Math.max(0, ...writer.client.relayStateVectors.map((vector) => vector.get(own) ?? 0));
  return writer.written.filter((record) => record.clock <= reached).map((record) => record.text);
};
const recordsOf = (client: TestClient): Set<string> => new Set(client.doc.getArray<string>('records').toArray());

describe('a cluster: three relays behind HAProxy sharing PostgreSQL', needsEngines, () => {
  let cluster: LocalCluster;
  const writers: Writer[] = [];
  const readers: TestClient[] = [];
  before(async () => {
    cluster = await LocalCluster.start(3);
  });
  after(async () => {
    for (const writer of writers) writer.client.destroy();
    for (const reader of readers) reader.destroy();
    await cluster?.dispose();
  });

  it(`${ROOMS} rooms × ${CLIENTS_PER_ROOM} clients writing, a relay killed with SIGKILL and restarted: nothing acknowledged lost, everyone converged`, { timeout: 120_000 }, async (t) => {
    const started = performance.now();
    const random = seededRandom(seed);
    const rooms = Array.from({ length: ROOMS }, () => newRoom());
    for (const [room, { writeKey, roomId }] of rooms.entries()) {
      for (let i = 0; i < CLIENTS_PER_ROOM; i++) writers.push({ client: connectClient(cluster.syncUrl, roomId, { writeKey }), room, written: [], left: false });
    }
    await Promise.all(writers.map((writer) => whenSynced(writer.client, 30_000)));

    let writing = true;
    const write = async (writer: Writer): Promise<void> => {
      while (writing && !writer.left) {
        const text = `room ${writer.room} client ${writer.client.doc.clientID} record ${writer.written.length}`;
        writer.client.doc.getArray<string>('records').push([text]);
        writer.written.push({ text, clock: Y.getState(writer.client.doc.store, writer.client.doc.clientID) });
        await sleep(150 + random.below(350));
      }
    };
    const streams = writers.map(write);

    await sleep(3000);
    const victim = cluster.relays[0]!;
    // The first client of each room on the dying relay to notice leaves for good, acknowledged or not.
    const leftRooms = new Set<number>();
    let leaving = true;
    const onStatus = (writer: Writer) => ({ status }: { status: string }) => {
      if (!leaving || status !== 'disconnected' || writer.left || leftRooms.has(writer.room)) return;
      leftRooms.add(writer.room);
      writer.left = true;
      writer.client.provider.disconnect();
    };
    for (const writer of writers) writer.client.provider.on('status', onStatus(writer));
    await victim.kill();
    await victim.ready();
    leaving = false;
    // Back in HAProxy once a new connection to one of its rooms lands on it.
    const movedRoom = rooms[[...leftRooms][0] ?? 0]!;
    await eventually(async () => {
      const probe = new WebSocket(`${cluster.syncUrl}/${movedRoom.roomId}`);
      await new Promise((resolve) => probe.once('open', resolve).once('error', resolve));
      probe.terminate();
      assert.ok((await metric(victim.httpUrl, 'relay_connections_opened_total')) > 0, 'HAProxy routes to the restarted relay');
    }, 30_000);
    // Half the clients reconnect: those of the restarted relay's rooms go back to it while the others
    // stay where they moved, so those rooms are held by two relays at once.
    for (const writer of writers) {
      if (writer.left || random.below(2) === 0) continue;
      writer.client.provider.disconnect();
      writer.client.provider.connect();
    }
    await eventually(async () => {
      const held = await Promise.all(cluster.relays.map((relay) => metric(relay.httpUrl, 'relay_rooms')));
      assert.ok(held.reduce((a, b) => a + b, 0) > ROOMS, `rooms held ${held.join(' + ')}: none on two relays`);
    }, 30_000);
    await sleep(3000);
    writing = false;
    await Promise.all(streams);

    const staying = writers.filter((writer) => !writer.left);
    const gone = writers.filter((writer) => writer.left);
    assert.ok(gone.length > 0 && leftRooms.size === gone.length, 'some clients were on the killed relay and left');
    await Promise.all(staying.map((writer) => whenAcknowledged(writer.client, 60_000)));
    const mustHave = rooms.map(() => new Set<string>());
    for (const writer of writers) for (const text of acknowledged(writer)) mustHave[writer.room]!.add(text);
    await eventually(() => {
      for (const writer of staying) {
        const held = recordsOf(writer.client);
        const missing = [...mustHave[writer.room]!].filter((text) => !held.has(text));
        assert.equal(missing.length, 0, `a client of room ${writer.room} lacks ${missing.length} acknowledged records, e.g. ${missing[0]}`);
        const first = staying.find((other) => other.room === writer.room)!;
        assert.deepEqual(held, recordsOf(first.client), `clients of room ${writer.room} differ`);
      }
    }, 60_000);

    // With every writer gone, what a fresh reader of each room gets from the cluster holds all of it.
    for (const writer of writers) writer.client.destroy();
    for (const { roomId } of rooms) readers.push(connectClient(cluster.syncUrl, roomId));
    await Promise.all(readers.map((reader) => whenSynced(reader, 30_000)));
    readers.forEach((reader, room) => {
      const held = recordsOf(reader);
      const missing = [...mustHave[room]!].filter((text) => !held.has(text));
      assert.equal(missing.length, 0, `room ${room} lost ${missing.length} acknowledged records`);
    });

    const records = mustHave.reduce((sum, set) => sum + set.size, 0);
    const summary =
      `cluster: seed=${seed} rooms=${ROOMS} clients=${writers.length} records acknowledged=${records} ` +
      `written=${writers.reduce((sum, w) => sum + w.written.length, 0)} left with the killed relay=${gone.length} ms=${Math.round(performance.now() - started)}`;
    console.log(summary);
    t.diagnostic(summary);
  });
});

failWithoutEnginesInCi();

// Each official provider registers a process 'exit' listener.
process.setMaxListeners(ROOMS * CLIENTS_PER_ROOM + ROOMS + 20);
