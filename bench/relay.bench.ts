// Relay benchmark: fan-out latency, update throughput and memory per idle connection, for ours and
// the reference @y/websocket-server 0.1.1, side by side. Prints one JSON object; progress on stderr.
// Run: node --import tsx bench/relay.bench.ts
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { roomIdForWriteKey } from '../relay/capability.ts';
import { BenchClient, connectMany, recordCount, UpdateAuthor } from './relay-clients.ts';
import { residentBytes, startOurRelay, startReference, type BenchServer } from './relay-servers.ts';

const ALL_SCENARIOS = [100, 500, 1000].flatMap((clients) => [1, 20].map((rooms) => ({ clients, rooms })));
// RELAY_BENCH_ONLY=500x20,1000x1 runs a subset while investigating.
const only = process.env.RELAY_BENCH_ONLY?.split(',');
const SCENARIOS = ALL_SCENARIOS.filter(({ clients, rooms }) => !only || only.includes(`${clients}x${rooms}`));
const WARMUP_ROUNDS = 5;
const LATENCY_ROUNDS = 50;
/** Throughput phase size: about this many deliveries per scenario, at most this many updates. */
const DELIVERY_BUDGET = 300_000;
const MAX_UPDATES = 2000;
const PHASE_TIMEOUT_MS = 60_000;

interface Measurement {
  connectMs: number;
  fanoutP50Ms: number;
  fanoutP99Ms: number;
  fanoutMaxMs: number;
  updatesPerSecond: number;
  deliveriesPerSecond: number;
  residentBytesPerIdleConnection: number | null;
}

interface Room {
  writeKey: string;
  roomId: string;
  clients: BenchClient[];
  author: UpdateAuthor;
}

const log = (message: string): void => void process.stderr.write(`[relay bench] ${message}\n`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const round1 = (n: number): number => Math.round(n * 10) / 10;
const round3 = (n: number): number => Math.round(n * 1000) / 1000;

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function deadline<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took over ${PHASE_TIMEOUT_MS} ms`)), PHASE_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** One update per room from its first client; resolves with every other client's receive delay. */
async function fanOutRound(rooms: Room[], label: string): Promise<number[]> {
  const delays: number[] = [];
  await Promise.all(
    rooms.map(
      (room, index) =>
        new Promise<void>((resolve) => {
          const marker = `${label}-${index}-`;
          const needle = Buffer.from(marker);
          const receivers = room.clients.slice(1);
          let waiting = receivers.length;
          let sentAt = 0;
          for (const receiver of receivers) {
            receiver.onUpdate = (data) => {
              if (data.indexOf(needle) === -1) return;
              delays.push(performance.now() - sentAt);
              receiver.onUpdate = null;
              if (--waiting === 0) resolve();
            };
          }
          const message = room.author.next(`${marker}a small proposal text`);
          sentAt = performance.now();
          room.clients[0]!.socket.send(message);
        }),
    ),
  );
  return delays;
}

/** Every room's first client sends `perRoom` updates back to back; resolves when all receivers have them all. */
async function throughput(rooms: Room[], perRoom: number): Promise<number> {
  const batches = rooms.map((room) => Array.from({ length: perRoom }, (_, i) => room.author.next(`t${i} a small proposal text`)));
  const done = Promise.all(
    rooms.flatMap((room) =>
      room.clients.slice(1).map(
        (receiver) =>
          new Promise<void>((resolve) => {
            receiver.updatesReceived = 0;
            receiver.onUpdate = () => {
              if (receiver.updatesReceived < perRoom) return;
              receiver.onUpdate = null;
              resolve();
            };
          }),
      ),
    ),
  );
  const started = performance.now();
  rooms.forEach((room, i) => {
    for (const message of batches[i]!) room.clients[0]!.socket.send(message);
  });
  await done;
  return performance.now() - started;
}

async function measure(server: BenchServer, clientCount: number, roomCount: number): Promise<Measurement> {
  await sleep(300);
  const baseline = residentBytes(server.pid);
  const rooms: Room[] = Array.from({ length: roomCount }, () => {
    const writeKey = randomBytes(16).toString('base64url');
    return { writeKey, roomId: roomIdForWriteKey(writeKey), clients: [], author: new UpdateAuthor() };
  });
  const urls = Array.from({ length: clientCount }, (_, i) => {
    const room = rooms[i % roomCount]!;
    return `${server.syncUrl}/${room.roomId}?key=${room.writeKey}`;
  });
  const connectStarted = performance.now();
  const clients = await deadline(connectMany(urls, 50), 'connecting');
  const connectMs = performance.now() - connectStarted;
  clients.forEach((client, i) => rooms[i % roomCount]!.clients.push(client));

  try {
    await sleep(1000);
    const idle = residentBytes(server.pid);
    for (let r = 0; r < WARMUP_ROUNDS; r++) await deadline(fanOutRound(rooms, `warm${r}`), 'warm-up');
    const delays: number[] = [];
    for (let r = 0; r < LATENCY_ROUNDS; r++) {
      delays.push(...(await deadline(fanOutRound(rooms, `lat${r}`), 'fan-out round')));
      await sleep(20);
    }
    delays.sort((a, b) => a - b);

    const receiversPerRoom = clientCount / roomCount - 1;
    const total = Math.min(MAX_UPDATES, Math.floor(DELIVERY_BUDGET / receiversPerRoom));
    const perRoom = Math.max(1, Math.floor(total / roomCount));
    const elapsedMs = await deadline(throughput(rooms, perRoom), 'throughput');
    const updates = perRoom * roomCount;

    // Check the result: a fresh client of every room finds every update sent to it.
    const expected = WARMUP_ROUNDS + LATENCY_ROUNDS + perRoom;
    for (const room of rooms) {
      const probe = await BenchClient.connect(`${server.syncUrl}/${room.roomId}`);
      const found = recordCount(probe.firstState!);
      probe.close();
      if (found !== expected) throw new Error(`${server.name}: room holds ${found} records, expected ${expected}`);
    }
    return {
      connectMs: Math.round(connectMs),
      fanoutP50Ms: round3(percentile(delays, 0.5)),
      fanoutP99Ms: round3(percentile(delays, 0.99)),
      fanoutMaxMs: round3(delays.at(-1)!),
      updatesPerSecond: Math.round(updates / (elapsedMs / 1000)),
      deliveriesPerSecond: Math.round((updates * receiversPerRoom) / (elapsedMs / 1000)),
      residentBytesPerIdleConnection: baseline !== null && idle !== null ? Math.round((idle - baseline) / clientCount) : null,
    };
  } finally {
    for (const client of clients) client.close();
  }
}

async function withServer(start: (dataDir: string) => Promise<BenchServer>, run: (server: BenchServer) => Promise<Measurement>): Promise<Measurement> {
  const dataDir = await mkdtemp(join(tmpdir(), 'relay-bench-'));
  const server = await start(dataDir);
  try {
    return await run(server);
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const ratio = (ours: number | null, theirs: number | null): number | null => (ours !== null && theirs ? round3(ours / theirs) : null);

async function main(): Promise<void> {
  const started = Date.now();
  const results = [];
  for (const { clients, rooms } of SCENARIOS) {
    // Alternate who goes first so neither always runs on a cooler machine.
    const order = results.length % 2 === 0 ? (['reference', 'relay'] as const) : (['relay', 'reference'] as const);
    const measured: Partial<Record<'relay' | 'reference', Measurement>> = {};
    for (const name of order) {
      log(`${name}: ${clients} clients in ${rooms} room(s)`);
      measured[name] = await withServer(name === 'relay' ? startOurRelay : startReference, (server) => measure(server, clients, rooms));
    }
    const ours = measured.relay!;
    const reference = measured.reference!;
    results.push({
      clients,
      rooms,
      relay: ours,
      reference,
      ratio: {
        fanoutP50: ratio(ours.fanoutP50Ms, reference.fanoutP50Ms),
        fanoutP99: ratio(ours.fanoutP99Ms, reference.fanoutP99Ms),
        updatesPerSecond: ratio(ours.updatesPerSecond, reference.updatesPerSecond),
        residentBytesPerIdleConnection: ratio(ours.residentBytesPerIdleConnection, reference.residentBytesPerIdleConnection),
      },
    });
  }
  const worstP99At1000 = Math.max(...results.filter((r) => r.clients === 1000).map((r) => r.relay.fanoutP99Ms));
  const report = {
    relay: {
      scenario:
        'Loopback. Each server in its own child process with a fresh LevelDB data dir. Clients are raw ws sockets ' +
        'speaking y-protocols sync messages (not WebsocketProvider), spread round-robin over the rooms, all holding the write key. ' +
        `Fan-out: ${LATENCY_ROUNDS} rounds (after ${WARMUP_ROUNDS} warm-up) in which one client per room sends a small update; ` +
        'latency = send → receipt at every other client of the room. Throughput: one client per room sends its updates back to back; ' +
        'updates/s = updates sent ÷ time until every receiver has all of them. Memory: resident set growth of the server ' +
        'process from before the first connection to 1 s after the last one synced, per connection. ' +
        'Our relay runs with MAX_MESSAGES_PER_SECOND=1000000 (the reference has no rate limit). Ratios are ours ÷ reference ' +
        '(below 1 is better for latency and memory, above 1 is better for updates/s).',
      machine: { cpus: cpus().length, node: process.version },
      referenceServer: '@y/websocket-server 0.1.1 (YPERSISTENCE=<temp dir>)',
      results,
      budget: { fanoutP99MsAt1000Clients: 100, worstMeasuredMs: worstP99At1000, met: worstP99At1000 <= 100 },
      durationSeconds: Math.round((Date.now() - started) / 1000),
    },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

// Bounded: a hung phase fails the run instead of keeping it alive.
const watchdog = setTimeout(() => {
  log('gave up after 10 minutes');
  process.exit(1);
}, 10 * 60_000);
watchdog.unref();
main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(String((error as Error)?.stack ?? error));
    process.exit(1);
  },
);
