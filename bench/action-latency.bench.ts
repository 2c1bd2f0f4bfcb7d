// DESIGN.md §7 as one scenario: scribe action → projector updated, 50 scribes + 5 projectors + 100 viewers,
// loopback, p99 ≤ 50 ms. Prints one JSON object; progress on stderr.
// Run: node --import tsx bench/action-latency.bench.ts
// ACTION_BENCH_SECONDS (default 105) and ACTION_BENCH_INTERVAL_MS (each scribe's pause, default 40000-60000) change the pace.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance as nodePerformance } from 'node:perf_hooks';
import { eventually, sleep } from '../test/relay/helpers.ts';
import { seededRandom, type Random } from '../test/integration/seeded-random.ts';
import type { ActionKind, SimulatedScribe } from '../test/integration/simulated-scribe.ts';
import { nextAction } from './action-mix.ts';
import { cpuSeconds, residentBytes, startOurRelay } from './relay-servers.ts';
import { percentiles, round } from './stats.ts';
import { ViewLatency } from './view-latency.ts';
import { openWorkshopRoom } from './workshop-room.ts';

const SIZE = { scribes: 50, projectors: 5, viewers: 100 };
const SECONDS = Number(process.env.ACTION_BENCH_SECONDS ?? 105);
/**
 * Each scribe acts every 40–60 s (uniform): 1 action/s in all, a busy writing phase of 50 groups. At 3–7 s
 * (10/s) this one process, which plays all 155 clients, saturates and the figure only grows with the run.
 */
const [MIN_INTERVAL_MS, MAX_INTERVAL_MS] = (process.env.ACTION_BENCH_INTERVAL_MS ?? '40000-60000').split('-').map(Number) as [number, number];
const BUDGET_MS = 50;
const DRAIN_TIMEOUT_MS = 60_000;

const log = (message: string): void => void process.stderr.write(`[action latency] ${message}\n`);

type Tally = Record<ActionKind | 'nothing', number>;

/** One scribe's session: an action at each of its (jittered) moments until `endAt`, each registered with the watchers. */
async function actUntil(scribe: SimulatedScribe, random: Random, endAt: number, latency: ViewLatency, tally: Tally): Promise<void> {
  let next = performance.now() + random.next() * MAX_INTERVAL_MS;
  for (;;) {
    await sleep(Math.max(0, Math.min(next, endAt) - performance.now()));
    if (performance.now() >= endAt) return;
    const wanted = nextAction(scribe.store.view, scribe.group, random);
    const count = scribe.written.length;
    const startedAt = performance.now();
    const done = await scribe.act(random, wanted);
    const writtenAt = performance.now();
    if (done && scribe.written.length > count) {
      latency.sent({ record: scribe.lastRecord!, startedAt, writtenAt }, scribe);
      tally[done]++;
    } else tally.nothing++;
    next += MIN_INTERVAL_MS + random.next() * (MAX_INTERVAL_MS - MIN_INTERVAL_MS);
  }
}

/** xorshift's first draws from small seeds are all near 0 (every scribe would act at once): spread the seeds. */
const scribeRandom = (index: number): Random => seededRandom(Math.imul(index + 1, 0x9e3779b1) >>> 0);

const summary = (samples: number[]) => percentiles(samples);

async function measure(syncUrl: string, relayPid: number) {
  const room = await openWorkshopRoom(syncUrl, SIZE, log);
  const latency = new ViewLatency();
  try {
    latency.watch('scribe', room.scribes.map((c) => c.client));
    latency.watch('projector', room.projectors.map((c) => c.client));
    latency.watch('viewer', room.viewers.map((c) => c.client));
    const tally: Tally = { add: 0, edit: 0, endorse: 0, withdraw: 0, nothing: 0 };
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    const utilisation = nodePerformance.eventLoopUtilization();
    const clientCpu = process.cpuUsage();
    const relayCpu = cpuSeconds(relayPid);
    log(`acting for ${SECONDS} s`);
    loopDelay.enable();
    const started = performance.now();
    const endAt = started + SECONDS * 1000;
    await Promise.all(room.scribes.map((s, i) => actUntil(s.client, scribeRandom(i), endAt, latency, tally)));
    const actingMs = performance.now() - started;
    log(`draining ${latency.outstanding} (action, watcher) pairs`);
    await eventually(() => {
      if (latency.outstanding > 0) throw new Error(`${latency.outstanding} (action, watcher) pairs never reflected`);
    }, DRAIN_TIMEOUT_MS);
    const elapsedS = (performance.now() - started) / 1000;
    loopDelay.disable();
    const cpu = process.cpuUsage(clientCpu);
    const relayCpuAfter = cpuSeconds(relayPid);
    const loop = nodePerformance.eventLoopUtilization(utilisation);
    const actions = tally.add + tally.edit + tally.endorse + tally.withdraw;
    const projector = latency.samples.get('projector')!;
    const viewer = latency.samples.get('viewer')!;
    const otherScribes = latency.samples.get('scribe')!;
    const p99 = summary(projector.total)!.p99;
    const spans = [...latency.spans.values()];
    const deliveries = actions * (SIZE.scribes - 1 + SIZE.projectors + SIZE.viewers);
    const firstView = room.projectors[0]!.client.store.view;
    const watchers = [...room.projectors, ...room.viewers];
    const replays = watchers.reduce((sum, w) => sum + w.client.store.replays, 0) / watchers.length;
    return {
      actions,
      intervalPerScribeMs: [MIN_INTERVAL_MS, MAX_INTERVAL_MS],
      targetActionsPerSecond: round(SIZE.scribes / ((MIN_INTERVAL_MS + MAX_INTERVAL_MS) / 2000)),
      actionsPerSecond: round(actions / (actingMs / 1000)),
      byKind: tally,
      untimedPairs: latency.untimed,
      projector: {
        actionToView: summary(projector.total),
        stages: { write: summary(projector.write), transport: summary(projector.transport), apply: summary(projector.apply) },
      },
      viewer: {
        actionToView: summary(viewer.total),
        stages: { write: summary(viewer.write), transport: summary(viewer.transport), apply: summary(viewer.apply) },
      },
      otherScribes: { actionToView: summary(otherScribes.total) },
      perAction: {
        sentToFirstArrival: summary(spans.map((s) => s.firstArrivalAt - s.writtenAt)),
        firstWatcherToShowIt: summary(spans.map((s) => s.firstViewAt - s.startedAt)),
        lastWatcherToShowIt: summary(spans.map((s) => s.lastViewAt - s.startedAt)),
        firstToLastWatcher: summary(spans.map((s) => s.lastViewAt - s.firstViewAt)),
      },
      finalView: { proposals: firstView.proposals.length, groups: firstView.groups.length, appliedRecords: firstView.appliedRecords },
      /** Full re-derivations a watcher's store made because a record arrived out of clock order. */
      replaysPerWatcher: round(replays),
      clientProcess: {
        cpuPercentOfOneCore: round(((cpu.user + cpu.system) / 1e6 / elapsedS) * 100),
        eventLoopUtilisation: round(loop.utilization),
        /** Main-thread time per record delivered to a client (every other scribe, projector and viewer), awareness included. */
        mainThreadMsPerDelivery: round(loop.active / deliveries),
        eventLoopDelayMs: { p50: round(loopDelay.percentile(50) / 1e6), p99: round(loopDelay.percentile(99) / 1e6), max: round(loopDelay.max / 1e6) },
        residentMB: round(process.memoryUsage().rss / 2 ** 20),
      },
      relayProcess: {
        cpuPercentOfOneCore: relayCpu !== null && relayCpuAfter !== null ? round(((relayCpuAfter - relayCpu) / elapsedS) * 100) : null,
        residentMB: ((bytes) => (bytes === null ? null : round(bytes / 2 ** 20)))(residentBytes(relayPid)),
      },
      budgetMs: BUDGET_MS,
      ok: p99 <= BUDGET_MS,
    };
  } finally {
    latency.stop();
    room.close();
  }
}

// Every WebsocketProvider adds a process 'exit' listener; 156 of them are expected here, not a leak.
process.setMaxListeners(SIZE.scribes + SIZE.projectors + SIZE.viewers + 10);

/** What the watchdog must clean up if the run hangs. */
const running: { relayPid: number | null; dataDir: string | null } = { relayPid: null, dataDir: null };

async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = (running.dataDir = await mkdtemp(join(tmpdir(), 'action-bench-')));
  try {
    const server = await startOurRelay(dataDir);
    running.relayPid = server.pid;
    try {
      const measured = await measure(server.syncUrl, server.pid);
      const report = {
        actionLatency: {
          scenario:
            `Loopback. Our relay (relay/main.ts from source) in a child process with a fresh LevelDB dir; every client in this one ` +
            `Node process, sharing the machine's ${cpus().length} cores with the relay. One session: the facilitator's signed session ` +
            `record (its tab then closes), ${SIZE.scribes} scribes, each a y-websocket WebsocketProvider + WorkshopStore + signing ` +
            `WorkshopWriter joined as its own group and announcing its presence and waiting changes (as the scribe page does); ` +
            `${SIZE.projectors} projectors and ${SIZE.viewers} viewers on the view link (no write key), each verifying every signature ` +
            `and deriving the view. Each scribe acts every ${MIN_INTERVAL_MS / 1000}–${MAX_INTERVAL_MS / 1000} s (uniform jitter) for ` +
            `${SECONDS} s, choosing among what its screen allows (add while places are free, endorse, revise, withdraw). ` +
            `Latency = just before the writer call → the watcher's store subscription fires with the record applied, over every ` +
            `(action, watcher) pair. Stages: write = writer call → record in the scribe's document and sent; transport = sent → in the ` +
            `watcher's document; apply = in the document → in the derived view (signature check, apply, queueing). otherScribes: the ` +
            `same for the 49 scribes that did not act. perAction, over all watchers: sentToFirstArrival is the relay's part (first ` +
            `client to receive it); firstToLastWatcher is the clients of this process waiting for each other's turn.`,
          machine: { cpus: cpus().length, node: process.version },
          ...measured,
          durationSeconds: Math.round((Date.now() - started) / 1000),
        },
      };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

// Bounded: a hung phase fails the run instead of keeping it alive.
const watchdog = setTimeout(() => {
  log('gave up after 5 minutes');
  if (running.relayPid !== null) process.kill(running.relayPid, 'SIGKILL');
  if (running.dataDir !== null) rmSync(running.dataDir, { recursive: true, force: true });
  process.exit(1);
}, 5 * 60_000);
watchdog.unref();
main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(String((error as Error)?.stack ?? error));
    process.exit(1);
  },
);
