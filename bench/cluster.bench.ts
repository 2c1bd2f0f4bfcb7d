// Cluster benchmark, side by side in one run on this machine: one relay on PostgreSQL against three
// relays behind HAProxy on the same PostgreSQL — connections held, fan-out p50/p99, updates per
// second — then the time until a room is served again after its relay is killed with SIGKILL.
// Prints one JSON object; progress on stderr. Needs Debian's postgresql and haproxy.
// Run: node --import tsx bench/cluster.bench.ts        (CLUSTER_BENCH_CLIENTS=1500 by default)
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { roomIdForWriteKey } from '../relay/capability.ts';
import { defaultTiming } from '../scripts/cluster/haproxy.ts';
import { installHint } from '../scripts/cluster/engines.ts';
import { engines } from '../test/relay/test-postgres.ts';
import { metric } from '../test/relay/helpers.ts';
import { LocalCluster } from '../test/integration/local-cluster.ts';
import { BenchClient, connectMany, recordCount, UpdateAuthor } from './relay-clients.ts';
import { residentBytes } from './relay-servers.ts';
import { percentiles } from './stats.ts';

const CLIENTS = Number(process.env.CLUSTER_BENCH_CLIENTS ?? 1500);
const PER_ROOM = 20;
const ROOMS = Math.ceil(CLIENTS / PER_ROOM);
const FANOUT_ROUNDS = 30;
const UPDATES_PER_ROOM = 40;
const KILLS = 3;

const log = (message: string): void => void process.stderr.write(`[cluster bench] ${message}\n`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Room {
  roomId: string;
  writeKey: string;
  clients: BenchClient[];
  author: UpdateAuthor;
}

function newRooms(): Room[] {
  return Array.from({ length: ROOMS }, () => {
    const writeKey = randomBytes(16).toString('base64url');
    return { writeKey, roomId: roomIdForWriteKey(writeKey), clients: [], author: new UpdateAuthor() };
  });
}

async function connectRooms(syncUrl: string, rooms: Room[]): Promise<number> {
  const urls = rooms.flatMap((room) => Array.from({ length: PER_ROOM }, (_, i) => `${syncUrl}/${room.roomId}${i === 0 ? `?key=${room.writeKey}` : ''}`));
  const started = performance.now();
  const clients = await connectMany(urls, 50);
  rooms.forEach((room, r) => (room.clients = clients.slice(r * PER_ROOM, (r + 1) * PER_ROOM)));
  return performance.now() - started;
}

/** One update per room from its writer; every other client's receive delay. */
async function fanOutRound(rooms: Room[], label: string): Promise<number[]> {
  const delays: number[] = [];
  await Promise.all(
    rooms.map(
      (room, index) =>
        new Promise<void>((resolve) => {
          const needle = Buffer.from(`${label}-${index}-`);
          let waiting = PER_ROOM - 1;
          let sentAt = 0;
          for (const receiver of room.clients.slice(1)) {
            receiver.onUpdate = (data) => {
              if (data.indexOf(needle) === -1) return;
              delays.push(performance.now() - sentAt);
              receiver.onUpdate = null;
              if (--waiting === 0) resolve();
            };
          }
          const message = room.author.next(`${label}-${index}- a small proposal text`);
          sentAt = performance.now();
          room.clients[0]!.socket.send(message);
        }),
    ),
  );
  return delays;
}

/** Every writer sends its updates back to back; updates per second until every receiver has them all. */
async function throughput(rooms: Room[]): Promise<number> {
  const batches = rooms.map((room) => Array.from({ length: UPDATES_PER_ROOM }, (_, i) => room.author.next(`t${i} a small proposal text`)));
  const done = Promise.all(
    rooms.flatMap((room) =>
      room.clients.slice(1).map(
        (receiver) =>
          new Promise<void>((resolve) => {
            receiver.updatesReceived = 0;
            receiver.onUpdate = () => {
              if (receiver.updatesReceived < UPDATES_PER_ROOM) return;
              receiver.onUpdate = null;
              resolve();
            };
          }),
      ),
    ),
  );
  const started = performance.now();
  rooms.forEach((room, i) => batches[i]!.forEach((message) => room.clients[0]!.socket.send(message)));
  await done;
  return (rooms.length * UPDATES_PER_ROOM) / ((performance.now() - started) / 1000);
}

async function measureSetup(name: string, cluster: LocalCluster, syncUrl: string, pids: () => number[]): Promise<Record<string, unknown>> {
  const rooms = newRooms();
  const before = pids().reduce((sum, pid) => sum + (residentBytes(pid) ?? 0), 0);
  const connectMs = await connectRooms(syncUrl, rooms);
  const held = (await Promise.all(cluster.relays.map((relay) => metric(relay.httpUrl, 'relay_connections')))).reduce((a, b) => a + b, 0);
  await sleep(1000);
  const after = pids().reduce((sum, pid) => sum + (residentBytes(pid) ?? 0), 0);
  for (let i = 0; i < 5; i++) await fanOutRound(rooms, `${name}-warm${i}`);
  const delays: number[] = [];
  for (let i = 0; i < FANOUT_ROUNDS; i++) delays.push(...(await fanOutRound(rooms, `${name}-r${i}`)));
  const updatesPerSecond = await throughput(rooms);
  // Correctness: a fresh client of each room finds every update the writer sent.
  const expected = 5 + FANOUT_ROUNDS + UPDATES_PER_ROOM;
  for (const room of rooms) {
    const reader = await BenchClient.connect(`${syncUrl}/${room.roomId}`);
    const found = recordCount(reader.firstState!);
    reader.close();
    if (found !== expected) throw new Error(`${name}: room ${room.roomId} has ${found} records, expected ${expected}`);
  }
  for (const room of rooms) for (const client of room.clients) client.close();
  const fanout = percentiles(delays)!;
  const result = {
    connections: CLIENTS,
    connectionsHeld: held,
    connectMs: Math.round(connectMs),
    residentBytesPerConnection: Math.round((after - before) / CLIENTS),
    fanoutP50Ms: fanout.p50,
    fanoutP99Ms: fanout.p99,
    updatesPerSecond: Math.round(updatesPerSecond),
    deliveriesPerSecond: Math.round(updatesPerSecond * (PER_ROOM - 1)),
  };
  log(`${name}: ${JSON.stringify(result)}`);
  return result;
}

/** SIGKILL of a relay holding rooms; per room it held, the time until a new connection through HAProxy has its state. */
async function failover(cluster: LocalCluster): Promise<Record<string, unknown>> {
  const served: number[] = [];
  for (let kill = 0; kill < KILLS; kill++) {
    const rooms = newRooms();
    await connectRooms(cluster.syncUrl, rooms);
    const greeted = rooms.map((room) => room.clients[0]!.stateVectorsReceived);
    await fanOutRound(rooms, `failover${kill}`);
    // Killed only once every writer's update is acknowledged (stored): then it must come back.
    while (rooms.some((room, i) => room.clients[0]!.stateVectorsReceived === greeted[i])) await sleep(20);
    const victim = cluster.relays[kill % cluster.relays.length]!;
    const dropped = new Set<Room>();
    for (const room of rooms) room.clients[0]!.socket.once('close', () => dropped.add(room));
    const killedAt = performance.now();
    await victim.kill();
    await sleep(200);
    await Promise.all(
      [...dropped].map(async (room) => {
        for (;;) {
          try {
            const client = await BenchClient.connect(`${cluster.syncUrl}/${room.roomId}`);
            if (recordCount(client.firstState!) !== 1) throw new Error(`room ${room.roomId} came back without its record`);
            served.push(performance.now() - killedAt);
            client.close();
            return;
          } catch (error) {
            if (String(error).includes('came back')) throw error;
            await sleep(20);
          }
        }
      }),
    );
    log(`kill ${kill + 1}: ${dropped.size} rooms moved`);
    for (const room of rooms) for (const client of room.clients) client.close();
    await cluster.ready();
    await sleep(3000); // HAProxy takes the restarted relay back in (rise 2 × 1 s)
  }
  const stats = percentiles(served)!;
  return { kills: KILLS, roomsMoved: stats.count, servedAgainP50Ms: stats.p50, servedAgainP99Ms: stats.p99, servedAgainMaxMs: stats.max };
}

if (!engines) {
  console.log(JSON.stringify({ skipped: installHint }));
  process.exit(0);
}
const relayArgs = ['--max-messages-per-second', '1000000', '--max-connections-per-room', '5000'];
log(`${CLIENTS} clients in ${ROOMS} rooms of ${PER_ROOM}`);
const single = await LocalCluster.start(1, { relayArgs, timing: defaultTiming });
let one: Record<string, unknown>;
try {
  // Straight to the relay: HAProxy plays no part with one.
  one = await measureSetup('one relay', single, single.relays[0]!.syncUrl, () => [single.relays[0]!.pid]);
} finally {
  await single.dispose();
}
const cluster = await LocalCluster.start(3, { relayArgs, timing: defaultTiming });
let three: Record<string, unknown>;
let moved: Record<string, unknown>;
try {
  three = await measureSetup('three relays behind HAProxy', cluster, cluster.syncUrl, () => [...cluster.relays.map((relay) => relay.pid), cluster.haproxyPid]);
  moved = await failover(cluster);
} finally {
  await cluster.dispose();
}
console.log(
  JSON.stringify({
    machine: { cores: cpus().length, node: process.version },
    clients: CLIENTS,
    rooms: ROOMS,
    oneRelay: one,
    threeRelaysBehindHaproxy: three,
    failover: { haproxyCheck: defaultTiming, ...moved },
  }),
);
