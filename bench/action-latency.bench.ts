// DESIGN.md §7 as one scenario: scribe action → projector updated, 50 scribes + 5 projectors + 100 viewers,
// loopback, clients spread over several processes, p99 ≤ 50 ms. Prints one JSON object; progress on stderr.
// Run: node --import tsx bench/action-latency.bench.ts
// ACTION_BENCH_RATES (actions per second in all, default "1,10"), ACTION_BENCH_SECONDS (acting time per rate,
// default 60) and ACTION_BENCH_PER_PROCESS (scribes or viewers per client process, default 20) change the run.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientTimes, Role, RoomLinks, SentAction } from './action-protocol.ts';
import { summariseActions } from './action-summary.ts';
import { ClientProcess } from './client-process.ts';
import { cpuSeconds, residentBytes, startOurRelay } from './relay-servers.ts';
import { sharedNow } from './shared-clock.ts';
import { round } from './stats.ts';
import { createSession, newRoomKeys } from './workshop-room.ts';

const SIZE = { scribes: 50, projectors: 5, viewers: 100 };
const RATES = (process.env.ACTION_BENCH_RATES ?? '1,10').split(',').map(Number);
const SECONDS = Number(process.env.ACTION_BENCH_SECONDS ?? 60);
const PER_PROCESS = Number(process.env.ACTION_BENCH_PER_PROCESS ?? 20);
const BUDGET_MS = 50;
const DRAIN_TIMEOUT_MS = 60_000;
const CLOCK_PINGS = 20;

/** The machine is shared: how busy it was (1, 5 and 15 minute load averages) says how far to trust the figures. */
const loadAtStart = loadavg().map(round);
const log = (message: string): void => void process.stderr.write(`[action latency] ${message}\n`);

/**
 * Scribes and viewers in processes of at most PER_PROCESS (as even as possible), each projector in a process of
 * its own: a projector is a machine of its own in the room, and roles apart show which one waits for which.
 */
function layout(): ClientProcess[] {
  const processes: ClientProcess[] = [];
  const split = (role: Role, count: number, perProcess: number): void => {
    const parts = Math.ceil(count / perProcess);
    for (let p = 0, first = 0; p < parts; p++) {
      const size = Math.floor(count / parts) + (p < count % parts ? 1 : 0);
      processes.push(new ClientProcess(`${role}s ${first + 1}–${first + size}`, role, size, first));
      first += size;
    }
  };
  split('scribe', SIZE.scribes, PER_PROCESS);
  split('projector', SIZE.projectors, 1);
  split('viewer', SIZE.viewers, PER_PROCESS);
  return processes;
}

/** Each process answers pings with the shared clock: its reading must fall between our send and its answer. */
async function checkClock(processes: ClientProcess[]) {
  let violations = 0;
  let worstRoundTripMs = 0;
  for (const child of processes) {
    for (let i = 0; i < CLOCK_PINGS; i++) {
      const sentAt = sharedNow();
      const { at } = await child.request({ type: 'ping' }, 'pong');
      const answeredAt = sharedNow();
      if (at < sentAt || at > answeredAt) violations++;
      worstRoundTripMs = Math.max(worstRoundTripMs, answeredAt - sentAt);
    }
  }
  return { pings: processes.length * CLOCK_PINGS, violations, worstRoundTripMs: round(worstRoundTripMs) };
}

const cpuPercent = (seconds: number, wallSeconds: number): number => round((seconds / wallSeconds) * 100);

async function runRate(processes: ClientProcess[], relayPid: number, actionsPerSecond: number, phase: number) {
  log(`${actionsPerSecond} action(s)/s in all, for ${SECONDS} s`);
  const relayCpuBefore = cpuSeconds(relayPid);
  const started = sharedNow();
  const until = started + SECONDS * 1000;
  const acted = await Promise.all(
    processes.map((child) => child.request({ type: 'act', phase, actionsPerSecond, scribesInAll: SIZE.scribes, until }, 'acted')),
  );
  const actions: SentAction[] = acted.flatMap((a) => a.actions);
  log(`${actions.length} actions; waiting until every client shows every one`);
  const wanted = actions.map(({ id, author }) => ({ id, author }));
  const collected = await Promise.all(processes.map((child) => child.request({ type: 'collect', actions: wanted, timeoutMs: DRAIN_TIMEOUT_MS }, 'collected')));
  const wallSeconds = (sharedNow() - started) / 1000;
  const relayCpuAfter = cpuSeconds(relayPid);
  const clients: ClientTimes[] = collected.flatMap((c) => c.clients);
  const summary = summariseActions(actions, clients);
  const missing = collected.reduce((sum, c) => sum + c.missing, 0);
  const digests = new Set(collected.flatMap((c) => c.viewDigests));
  const expectedPairs = actions.length * (SIZE.scribes - 1 + SIZE.projectors + SIZE.viewers);
  const byKind = { add: 0, edit: 0, endorse: 0, withdraw: 0 };
  actions.forEach((a) => byKind[a.kind]++);
  const p99 = (role: 'projector' | 'viewer') => summary[role].actionToView?.p99 ?? Infinity;
  return {
    targetActionsPerSecond: actionsPerSecond,
    actionsPerSecond: round(actions.length / SECONDS),
    actions: actions.length,
    byKind,
    scribeActionsThatWroteNothing: acted.reduce((sum, a) => sum + a.nothing, 0),
    projector: summary.projector,
    viewer: summary.viewer,
    otherScribes: summary.otherScribes,
    perAction: summary.perAction,
    check: {
      /** Every client but the author must show every action: (action, client) pairs. */
      expectedPairs,
      timedPairs: summary.pairs,
      missingPairs: missing,
      /** A client showing an action before it started: the shared clock would be wrong. */
      shownBeforeTheAction: summary.beforeTheAction,
      /** Distinct rankings among the 155 clients after the drain: 1 when they converged. */
      distinctRankings: digests.size,
      ok: missing === 0 && summary.pairs === expectedPairs && summary.beforeTheAction === 0 && digests.size === 1,
    },
    cpu: {
      wallSeconds: round(wallSeconds),
      relayProcess: {
        cpuPercentOfOneCore: relayCpuBefore !== null && relayCpuAfter !== null ? cpuPercent(relayCpuAfter - relayCpuBefore, wallSeconds) : null,
        residentMB: ((bytes) => (bytes === null ? null : round(bytes / 2 ** 20)))(residentBytes(relayPid)),
      },
      clientProcesses: processes.map((child, i) => {
        const m = collected[i]!.meters;
        return {
          process: child.label,
          clients: child.count,
          cpuPercentOfOneCore: cpuPercent(m.cpuSeconds, m.wallSeconds),
          eventLoopUtilisation: round(m.eventLoopUtilisation),
          eventLoopDelayP99Ms: round(m.eventLoopDelayP99Ms),
          residentMB: round(m.residentMB),
        };
      }),
    },
    budgets: {
      projectorP99Ms: { budget: BUDGET_MS, measured: p99('projector'), ok: p99('projector') <= BUDGET_MS },
      viewerP99Ms: { budget: BUDGET_MS, measured: p99('viewer'), ok: p99('viewer') <= BUDGET_MS },
    },
  };
}

/** What the watchdog must clean up if the run hangs. */
const running: { relayPid: number | null; dataDir: string | null; processes: ClientProcess[] } = { relayPid: null, dataDir: null, processes: [] };

async function measure(syncUrl: string, relayPid: number) {
  const { writeKey, roomId } = newRoomKeys();
  const anchor = await createSession(syncUrl, roomId, writeKey);
  const links: RoomLinks = { syncUrl, roomId, writeKey, anchor };
  const processes = (running.processes = layout());
  try {
    const open = (role: Role) =>
      Promise.all(
        processes
          .filter((child) => child.role === role)
          .map((child) => child.request({ type: 'open', links, role, count: child.count, firstIndex: child.firstIndex, groups: SIZE.scribes }, 'opened')),
      );
    log(`session created; ${SIZE.scribes} scribes joining in ${processes.filter((c) => c.role === 'scribe').length} processes`);
    await open('scribe');
    log(`${SIZE.projectors} projectors and ${SIZE.viewers} viewers connecting`);
    await Promise.all([open('projector'), open('viewer')]);
    const clock = await checkClock(processes);
    const rates = [];
    for (const [phase, rate] of RATES.entries()) rates.push(await runRate(processes, relayPid, rate, phase));
    return { processes: processes.map((c) => ({ process: c.label, clients: c.count })), clock, rates };
  } finally {
    await Promise.all(processes.map((child) => child.close()));
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = (running.dataDir = await mkdtemp(join(tmpdir(), 'action-bench-')));
  try {
    const server = await startOurRelay(dataDir);
    running.relayPid = server.pid;
    try {
      const measured = await measure(server.syncUrl, server.pid);
      const headline = measured.rates[0]!;
      const report = {
        actionLatency: {
          scenario:
            `Loopback, on ${cpus().length} cores shared by everything below. Our relay (relay/main.ts from source) in a child ` +
            `process with a fresh LevelDB dir. One session: the facilitator's signed session record (written by this coordinator ` +
            `process, whose tab then closes), ${SIZE.scribes} scribes, each a y-websocket WebsocketProvider + WorkshopStore + ` +
            `signing WorkshopWriter joined as its own group and announcing its presence and waiting changes (as the scribe page ` +
            `does); ${SIZE.projectors} projectors and ${SIZE.viewers} viewers on the view link (no write key), each verifying every ` +
            `signature and deriving the view. Clients run in ${measured.processes.length} forked Node processes: scribes and ` +
            `viewers at most ${PER_PROCESS} a process, each projector in its own. Per rate (actions per second in all), each ` +
            `scribe acts every 0.8–1.2 × (${SIZE.scribes} ÷ rate) s for ${SECONDS} s, choosing among what its screen allows (add ` +
            `while places are free, endorse, revise, withdraw). Latency = just before the writer call (in the scribe's process) → ` +
            `the client's store subscription fires with the record applied (in the client's process), over every (action, client) ` +
            `pair, both read on CLOCK_MONOTONIC (process.hrtime), one clock for every process of this machine, checked by pings. ` +
            `Stages: write = writer call → sent; transport = sent → in the client's document; apply = in the document → in its view. ` +
            `otherScribes: the same for the ${SIZE.scribes - 1} scribes that did not act. CPU: each process over the rate's ` +
            `acting and draining time, in % of one core.`,
          machine: { cpus: cpus().length, node: process.version, loadAverage: { atStart: loadAtStart, atEnd: loadavg().map(round) } },
          ...measured,
          budget: { ...headline.budgets.projectorP99Ms, at: `${headline.targetActionsPerSecond} action(s)/s` },
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
const watchdogMinutes = 5 + (RATES.length * (SECONDS + DRAIN_TIMEOUT_MS / 1000)) / 60;
const watchdog = setTimeout(() => {
  log(`gave up after ${Math.round(watchdogMinutes)} minutes`);
  running.processes.forEach((child) => child.kill());
  if (running.relayPid !== null) process.kill(running.relayPid, 'SIGKILL');
  if (running.dataDir !== null) rmSync(running.dataDir, { recursive: true, force: true });
  process.exit(1);
}, watchdogMinutes * 60_000);
watchdog.unref();
main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(String((error as Error)?.stack ?? error));
    running.processes.forEach((child) => child.kill());
    process.exit(1);
  },
);
