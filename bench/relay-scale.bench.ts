// DESIGN.md §7 "relay with 5,000 connected clients on 2 cores: holds, fan-out p99 ≤ 100 ms": 5,000 bare
// y-websocket clients on one relay process, ours and the reference @y/websocket-server side by side, the
// clients spread over several processes so that they are not what is measured. Prints one JSON object.
// Run: node --import tsx bench/relay-scale.bench.ts
// SCALE_BENCH_CLIENTS (default 5000), SCALE_BENCH_PROCESSES (client processes, default 4) change the run.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRoom, FromFanout, ToFanout } from './fanout-protocol.ts';
import { ForkedProcess } from './forked-process.ts';
import { openFilesLimit, raiseFor } from './open-files.ts';
import { BenchClient, recordCount } from './relay-clients.ts';
import { cpuSeconds, residentBytes, startOurRelay, startReference, type BenchServer, type ServerOptions } from './relay-servers.ts';
import { sharedNow } from './shared-clock.ts';
import { percentiles, round } from './stats.ts';
import { newRoomKeys } from './workshop-room.ts';

const CLIENTS = Number(process.env.SCALE_BENCH_CLIENTS ?? 5000);
const PROCESSES = Number(process.env.SCALE_BENCH_PROCESSES ?? 4);
/** One room of them all (the worst fan-out), and fifty sessions of a hundred (a busy day). */
const ROOM_COUNTS = [1, 50];
const WARMUP_ROUNDS = 5;
const ROUNDS = 50;
const ROUND_TIMEOUT_MS = 30_000;
const BUDGET_MS = 100;
/** Sockets beside the clients: the server's listener, its store, stdio, a probe. */
const SPARE_FILES = 200;

const entry = fileURLToPath(new URL('./fanout-clients.ts', import.meta.url));
/** The machine is shared: how busy it was (1, 5 and 15 minute load averages) says how far to trust the figures. */
const loadAtStart = loadavg().map(round);
const log = (message: string): void => void process.stderr.write(`[relay scale] ${message}\n`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

type ClientProcess = ForkedProcess<ToFanout, FromFanout>;

const limit = openFilesLimit();
const serverFiles = raiseFor(CLIENTS + SPARE_FILES, limit);
const clientFiles = raiseFor(Math.ceil(CLIENTS / PROCESSES) + SPARE_FILES, limit);
if (serverFiles !== null) log(`the hard limit on open files is ${limit.hard}: raising it to ${serverFiles} for each server (needs root)`);

/** One round: arm every receiver, then the senders send, then every delay from its room's send. */
async function fanOutRound(processes: ClientProcess[], label: string): Promise<{ delays: number[]; missing: number }> {
  await Promise.all(processes.map((p) => p.request({ type: 'arm', label }, 'armed')));
  const sent = await Promise.all(processes.map((p) => p.request({ type: 'send', label }, 'sent')));
  const sentAt = Object.assign({}, ...sent.map((s) => s.sentAt)) as Record<number, number>;
  const collected = await Promise.all(processes.map((p) => p.request({ type: 'collect', sentAt, timeoutMs: ROUND_TIMEOUT_MS }, 'collected')));
  return { delays: collected.flatMap((c) => c.delays), missing: collected.reduce((sum, c) => sum + c.missing, 0) };
}

async function measure(server: BenchServer, roomCount: number) {
  await sleep(300);
  const baseline = residentBytes(server.pid);
  const rooms: BenchRoom[] = Array.from({ length: roomCount }, newRoomKeys);
  const processes: ClientProcess[] = Array.from({ length: PROCESSES }, (_, k) => new ForkedProcess(entry, `clients ${k + 1}`, clientFiles));
  try {
    const connectStarted = sharedNow();
    await Promise.all(
      processes.map((p, k) => {
        const indices = Array.from({ length: CLIENTS }, (_, i) => i).filter((i) => i % PROCESSES === k);
        return p.request({ type: 'connect', syncUrl: server.syncUrl, rooms, indices, parallel: 25 }, 'connected');
      }),
    );
    const connectMs = sharedNow() - connectStarted;
    await sleep(1000);
    const idle = residentBytes(server.pid);
    for (let r = 0; r < WARMUP_ROUNDS; r++) await fanOutRound(processes, `warm${r}`);
    const cpuBefore = cpuSeconds(server.pid);
    const roundsStarted = sharedNow();
    const delays: number[] = [];
    let missing = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const result = await fanOutRound(processes, `lat${r}`);
      delays.push(...result.delays);
      missing += result.missing;
      await sleep(20);
    }
    const cpuAfter = cpuSeconds(server.pid);
    const roundsSeconds = (sharedNow() - roundsStarted) / 1000;
    const open = (await Promise.all(processes.map((p) => p.request({ type: 'census' }, 'census')))).reduce((sum, c) => sum + c.open, 0);
    // Check the result: a fresh client of every room finds every update sent to it.
    let roomsComplete = 0;
    for (const room of rooms) {
      const probe = await BenchClient.connect(`${server.syncUrl}/${room.roomId}`);
      if (recordCount(probe.firstState!) === WARMUP_ROUNDS + ROUNDS) roomsComplete++;
      probe.close();
    }
    const expectedDeliveries = ROUNDS * (CLIENTS - roomCount);
    const fanout = percentiles(delays)!;
    return {
      connectSeconds: round(connectMs / 1000),
      fanoutMs: fanout,
      residentMB: { before: mb(baseline), idle: mb(idle), after: mb(residentBytes(server.pid)) },
      residentBytesPerIdleConnection: baseline !== null && idle !== null ? Math.round((idle - baseline) / CLIENTS) : null,
      serverCpuPercentOfOneCoreDuringRounds: cpuBefore !== null && cpuAfter !== null ? round(((cpuAfter - cpuBefore) / roundsSeconds) * 100) : null,
      check: {
        expectedDeliveries,
        deliveries: delays.length,
        missing,
        socketsStillOpen: open,
        roomsHoldingEveryUpdate: `${roomsComplete}/${roomCount}`,
        ok: delays.length === expectedDeliveries && missing === 0 && open === CLIENTS && roomsComplete === roomCount,
      },
    };
  } finally {
    await Promise.all(processes.map((p) => p.stop({ type: 'close' })));
  }
}

const mb = (bytes: number | null): number | null => (bytes === null ? null : round(bytes / 2 ** 20));

/** What the watchdog must stop if the run hangs: a server outlives us otherwise. */
let runningServer: number | null = null;

async function withServer<T>(start: (dataDir: string, options: ServerOptions) => Promise<BenchServer>, run: (server: BenchServer) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'relay-scale-'));
  const server = await start(dataDir, { maxConnectionsPerRoom: CLIENTS + 10, openFiles: serverFiles });
  runningServer = server.pid;
  try {
    return await run(server);
  } finally {
    await server.stop();
    runningServer = null;
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const results = [];
  for (const [i, rooms] of ROOM_COUNTS.entries()) {
    // Alternate who goes first so neither always runs on a cooler machine.
    const order = i % 2 === 0 ? (['reference', 'relay'] as const) : (['relay', 'reference'] as const);
    const measured: Partial<Record<'relay' | 'reference', Awaited<ReturnType<typeof measure>>>> = {};
    for (const name of order) {
      log(`${name}: ${CLIENTS} clients in ${rooms} room(s), ${PROCESSES} client processes`);
      measured[name] = await withServer(name === 'relay' ? startOurRelay : startReference, (server) => measure(server, rooms));
    }
    const ours = measured.relay!;
    results.push({
      clients: CLIENTS,
      rooms,
      relay: ours,
      reference: measured.reference!,
      budget: { budget: BUDGET_MS, measured: ours.fanoutMs.p99, ok: ours.fanoutMs.p99 <= BUDGET_MS && ours.check.ok },
    });
  }
  const worst = Math.max(...results.map((r) => r.relay.fanoutMs.p99));
  const report = {
    relayScale: {
      scenario:
        `Loopback, ${cpus().length} cores shared by the server and the clients. Each server in its own child process with a ` +
        `fresh LevelDB data dir; ${CLIENTS} bare ws sockets speaking y-protocols sync messages (not WebsocketProvider), all ` +
        `holding the write key, spread over ${PROCESSES} forked client processes and round-robin over the rooms. Fan-out: ` +
        `${ROUNDS} rounds (after ${WARMUP_ROUNDS} warm-up) in which one client per room sends a small update; latency = send → ` +
        `receipt at every other client of the room, both read on CLOCK_MONOTONIC (one clock for every process of the machine). ` +
        `Holds: every socket still open at the end, every update delivered, and a fresh client of each room finds them all. ` +
        `Memory: resident set growth of the server process from before the first connection to 1 s after the last one synced, ` +
        `per connection. Our relay runs with MAX_MESSAGES_PER_SECOND=1000000 and MAX_CONNECTIONS_PER_ROOM=${CLIENTS + 10}.`,
      machine: { cpus: cpus().length, node: process.version, loadAverage: { atStart: loadAtStart, atEnd: loadavg().map(round) } },
      openFiles: { soft: limit.soft, hard: limit.hard, serverRaisedTo: serverFiles, clientProcessesRaisedTo: clientFiles },
      referenceServer: '@y/websocket-server 0.1.1 (YPERSISTENCE=<temp dir>)',
      results,
      budget: { budget: BUDGET_MS, measured: worst, ok: results.every((r) => r.budget.ok) },
      durationSeconds: Math.round((Date.now() - started) / 1000),
    },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

// Bounded: a hung phase fails the run instead of keeping it alive.
const watchdog = setTimeout(() => {
  log('gave up after 15 minutes');
  if (runningServer !== null) process.kill(runningServer, 'SIGKILL');
  process.exit(1);
}, 15 * 60_000);
watchdog.unref();
main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(String((error as Error)?.stack ?? error));
    process.exit(1);
  },
);
