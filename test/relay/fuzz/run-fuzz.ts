// One fuzz run against one relay: an honest room, then generated messages over raw connections, each
// followed by the checks that the relay is up, healthy and still serving the honest records.
import assert from 'node:assert/strict';
import { fetchText, newRoom } from '../helpers.ts';
import { FuzzConnection, type Outcome } from './fuzz-connection.ts';
import type { FuzzTarget } from './fuzz-target.ts';
import { HonestRoom, type HonestRecord } from './honest-room.ts';
import { MessageGenerator, type MessageKind } from './message-generator.ts';
import { ShadowRoom } from './shadow-room.ts';
import type { StructKind } from './update-encoder.ts';

export interface FuzzOptions {
  seed: number;
  /** Stop after this many messages… */
  messages?: number;
  /** …or after this long, whichever comes first. */
  seconds?: number;
  /** A fresh reader checks the honest records (and the honest writer adds one) every this many messages. */
  verifyEvery?: number;
  /** /metrics is read every this many messages for the relay's heap. */
  metricsEvery?: number;
  /** Sees every message with its outcome: for recording a failing run and minimising it offline. */
  onOutcome?: (bytes: Uint8Array | string, writable: boolean, outcome: Outcome) => void;
}

export interface FuzzReport {
  seed: number;
  messages: number;
  ms: number;
  outcomes: Partial<Record<Outcome, number>>;
  byKind: Partial<Record<MessageKind, Partial<Record<Outcome, number>>>>;
  structKinds: Partial<Record<StructKind, number>>;
  /** Time spent sending and awaiting each kind of message, in ms: where a run's time goes. */
  msByKind: Partial<Record<MessageKind, number>>;
  honestRecords: number;
  verifications: number;
  healthzMs: { p50: number; p99: number; max: number };
  heapMaxBytes: number;
  rssMaxBytes: number;
  restarted: boolean;
}

export async function fuzzRelay(target: FuzzTarget, options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const deadline = options.seconds === undefined ? Infinity : started + options.seconds * 1000;
  const limit = options.messages ?? Infinity;
  const verifyEvery = options.verifyEvery ?? 50;
  const metricsEvery = options.metricsEvery ?? 25;
  const { writeKey, roomId } = newRoom();
  const honest = await HonestRoom.open(target.syncUrl, roomId, writeKey, honestClientId(options.seed), 5);
  const shadow = new ShadowRoom();
  // Structs at the live writer's own client id would race with its next write: that attack is not the relay's to stop.
  const generator = new MessageGenerator(options.seed, shadow, {
    maxMessageBytes: target.maxMessageBytes,
    spareClients: [honest.writerClientId],
    recordAnchor: () => honest.lastRecordId(),
  });
  const urls = { writable: `${target.syncUrl}/${roomId}?key=${writeKey}`, readOnly: `${target.syncUrl}/${roomId}` };
  const connections: { writable?: FuzzConnection; readOnly?: FuzzConnection } = {};
  const report: FuzzReport = {
    seed: options.seed,
    messages: 0,
    ms: 0,
    outcomes: {},
    byKind: {},
    structKinds: {},
    msByKind: {},
    honestRecords: 0,
    verifications: 0,
    healthzMs: { p50: 0, p99: 0, max: 0 },
    heapMaxBytes: 0,
    rssMaxBytes: 0,
    restarted: false,
  };
  const healthz: number[] = [];
  const connectionFor = async (writable: boolean): Promise<FuzzConnection> => {
    const slot = writable ? 'writable' : 'readOnly';
    const current = connections[slot];
    if (current?.open) return current;
    return (connections[slot] = await FuzzConnection.open(writable ? urls.writable : urls.readOnly, shadow));
  };

  let current = 'the honest room';
  try {
    while (report.messages < limit && performance.now() < deadline) {
      const sending = performance.now();
      current = `generating message ${report.messages + 1}`;
      const message = generator.next();
      current = `message ${report.messages + 1} (${message.kind})`;
      const outcome = await (await connectionFor(message.writable)).send(message.bytes);
      report.msByKind[message.kind] = Math.round((report.msByKind[message.kind] ?? 0) + performance.now() - sending);
      report.messages++;
      options.onOutcome?.(message.bytes, message.writable, outcome);
      count(report.outcomes, outcome);
      count((report.byKind[message.kind] ??= {}), outcome);
      for (const kind of message.structKinds) count(report.structKinds, kind);
      if (message.record && outcome === 'accepted') {
        honest.expect(message.record as HonestRecord);
        generator.recordAccepted();
      }

      assert.ok(target.alive(), 'the relay process exited');
      healthz.push(await timedHealthz(target.httpUrl));
      assert.deepEqual(shadow.unreadable, [], 'the relay sent something a Yjs client cannot apply');
      if (report.messages % metricsEvery === 0) await sampleMemory(target.httpUrl, report);
      if (report.messages % verifyEvery === 0) {
        await honest.writeOne();
        await honest.verify(target.syncUrl);
        report.verifications++;
      }
    }
    current = 'the last message';
    await honest.verify(target.syncUrl);
    report.verifications++;
    await sampleMemory(target.httpUrl, report);
    connections.writable?.close();
    connections.readOnly?.close();
    honest.destroy();

    // What was accepted must also load: a graceful stop compacts the room, a restart reads it back.
    if (target.restart) {
      current = 'the restart';
      await target.restart();
      assert.equal((await fetchText(`${target.httpUrl}/healthz`)).status, 200, '/healthz after the restart');
      await honest.verify(target.syncUrl);
      report.verifications++;
      report.restarted = true;
    }
    assert.deepEqual(target.incidents, [], 'the relay logged internal errors or failed to load the room');
  } catch (error) {
    if (error instanceof Error) error.message = `after ${current}: ${error.message}`;
    // The figures so far are still worth having from a long run that found a bug.
    const soFar = { ...report, honestRecords: honest.expected.size, healthzMs: percentiles(healthz), ms: Math.round(performance.now() - started) };
    Object.assign(error as object, { report: soFar });
    throw error;
  } finally {
    connections.writable?.close();
    connections.readOnly?.close();
    honest.destroy();
    generator.destroy();
    shadow.destroy();
  }
  report.honestRecords = honest.expected.size;
  report.healthzMs = percentiles(healthz);
  report.ms = Math.round(performance.now() - started);
  return report;
}

/** Distinct from every id the generator draws (those come from the seed's own sequence). */
const honestClientId = (seed: number): number => (Math.imul(seed ^ 0x5bd1e995, 2654435761) >>> 0) || 1;

async function timedHealthz(httpUrl: string): Promise<number> {
  const before = performance.now();
  const { status, body } = await fetchText(`${httpUrl}/healthz`);
  const ms = performance.now() - before;
  assert.equal(status, 200, `/healthz answered ${status}: ${body}`);
  return ms;
}

async function sampleMemory(httpUrl: string, report: FuzzReport): Promise<void> {
  const { body } = await fetchText(`${httpUrl}/metrics`);
  const read = (name: string): number => Number(body.split('\n').find((line) => line.startsWith(`${name} `))?.slice(name.length + 1) ?? 0);
  report.heapMaxBytes = Math.max(report.heapMaxBytes, read('nodejs_heap_used_bytes'));
  report.rssMaxBytes = Math.max(report.rssMaxBytes, read('process_resident_memory_bytes'));
}

function count<K extends string>(tally: Partial<Record<K, number>>, key: K): void {
  tally[key] = (tally[key] ?? 0) + 1;
}

function percentiles(samples: number[]): FuzzReport['healthzMs'] {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { p50: at(0.5), p99: at(0.99), max: round(sorted.at(-1) ?? 0) };
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
