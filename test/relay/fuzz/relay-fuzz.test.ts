// The relay fuzz suite: pinned seeds in `npm test`, or one long run by environment.
//
//   node scripts/node-tests.mjs test/relay/fuzz                                  the pinned seeds (~30 s)
//   RELAY_FUZZ_SEED=7 RELAY_FUZZ_MESSAGES=400 node scripts/node-tests.mjs test/relay/fuzz    one seed alone
//   RELAY_FUZZ_SECONDS=600 node scripts/node-tests.mjs test/relay/fuzz           long run, JSON report on stdout
//   RELAY_FUZZ_URL=http://10.0.0.5:8080 RELAY_FUZZ_SECONDS=600 …                a relay already running (no restart)
//   RELAY_FUZZ_ARGS="--upstream http://127.0.0.1:8080" …                         extra flags for the child relay
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as Y from 'yjs';
import { ChildRelayTarget, remoteTarget, type FuzzTarget } from './fuzz-target.ts';
import { messageKinds } from './message-generator.ts';
import { fuzzRelay, type FuzzReport } from './run-fuzz.ts';
import { encodeUpdateV1, kindOf, structKinds, type ItemContent, type StructSpec } from './update-encoder.ts';

/** Each seed is a run worth keeping: a bug it found, or a mix of outcomes it covers. */
const pinnedSeeds: { name: string; seed: number; messages: number }[] = [
  { name: 'a mixed run: every message kind, both outcomes', seed: 1, messages: 60 },
  { name: 'the relay served an update no Yjs client can apply (clocks near 2^53, refused since relay/update-bounds.ts)', seed: 2, messages: 120 },
  { name: 'a fresh reader never synced (clocks near 2^53, refused since relay/update-bounds.ts)', seed: 5, messages: 150 },
  { name: 'an honest scribe was closed with 4403 after hostile formatted text and map overwrites (refused since the document shape check)', seed: 10, messages: 150 },
  { name: 'the same at message 800, after a long mix', seed: 20240611, messages: 900 },
];

const envInt = (name: string): number | undefined => {
  const raw = process.env[name];
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
};
const longSeconds = envInt('RELAY_FUZZ_SECONDS');
const singleSeed = envInt('RELAY_FUZZ_SEED');

async function startTarget(): Promise<FuzzTarget> {
  if (process.env.RELAY_FUZZ_URL) return remoteTarget(process.env.RELAY_FUZZ_URL, envInt('RELAY_FUZZ_MAX_MESSAGE_BYTES'));
  return ChildRelayTarget.start(process.env.RELAY_FUZZ_ARGS?.split(' ').filter(Boolean) ?? []);
}

async function runSeed(seed: number, limits: { messages?: number; seconds?: number }): Promise<FuzzReport> {
  const target = await startTarget();
  try {
    return await fuzzRelay(target, { seed, ...limits });
  } catch (error) {
    const stderr = target instanceof ChildRelayTarget && target.stderrTail.length ? `\nrelay stderr:\n${target.stderrTail.join('\n')}` : '';
    const rerun = `RELAY_FUZZ_SEED=${seed}${limits.messages ? ` RELAY_FUZZ_MESSAGES=${limits.messages}` : ''} node scripts/node-tests.mjs test/relay/fuzz`;
    if (error instanceof Error) error.message = `seed ${seed} failed (rerun alone: ${rerun}): ${error.message}${stderr}`;
    throw error;
  } finally {
    await target.dispose();
  }
}

/** The fuzzer did something: every kind was generated, and the relay both took messages and closed connections. */
function assertCoverage(reports: FuzzReport[]): void {
  const kinds = new Set(reports.flatMap((r) => Object.keys(r.byKind)));
  const structs = new Set(reports.flatMap((r) => Object.keys(r.structKinds)));
  const outcomes = new Set(reports.flatMap((r) => Object.keys(r.outcomes)));
  assert.deepEqual(messageKinds.filter((k) => !kinds.has(k)), [], 'message kinds never generated');
  assert.deepEqual(structKinds.filter((k) => !structs.has(k)), [], 'struct kinds never generated');
  assert.ok(outcomes.has('accepted'), 'no message was accepted');
  assert.ok([...outcomes].some((o) => o.startsWith('closed')), 'no message closed its connection');
  assert.ok(reports.every((r) => r.verifications >= 2 && r.honestRecords >= 5), 'honest records were checked');
}

const summary = (r: FuzzReport): string =>
  `seed=${r.seed} messages=${r.messages} ms=${r.ms} outcomes=${JSON.stringify(r.outcomes)} honest=${r.honestRecords} ` +
  `healthz p50/p99/max=${r.healthzMs.p50}/${r.healthzMs.p99}/${r.healthzMs.max} ms heap max=${Math.round(r.heapMaxBytes / 2 ** 20)} MB`;

describe('relay fuzz', () => {
  it('the hand encoder writes every struct kind so that Yjs reads it back as that kind', () => {
    for (const kind of structKinds) {
      const struct: StructSpec =
        kind === 'GC' || kind === 'Skip'
          ? { kind, length: 3 }
          : { kind: 'Item', content: sample[kind] };
      const decoded = Y.decodeUpdate(encodeUpdateV1([{ client: 5, clock: 0, structs: [struct] }])).structs;
      assert.equal(decoded.length, 1, kind);
      const name = decoded[0]!.constructor.name;
      assert.equal(kindOf(struct), kind);
      assert.ok(name === kind || (name === 'Item' && (decoded[0] as Y.Item).content.constructor.name === `Content${kind}`), `${kind} read back as ${name}`);
    }
  });

  if (longSeconds !== undefined) {
    it(`long run: ${longSeconds} s`, { timeout: (longSeconds + 600) * 1000 }, async () => {
      let report: FuzzReport;
      try {
        report = await runSeed(singleSeed ?? Math.floor(Math.random() * 2 ** 31), { seconds: longSeconds });
      } catch (error) {
        console.log(JSON.stringify({ failed: true, ...(error as { report?: FuzzReport }).report }));
        throw error;
      }
      console.log(JSON.stringify(report));
      assertCoverage([report]);
    });
  } else if (singleSeed !== undefined) {
    it(`seed ${singleSeed}`, { timeout: 600_000 }, async () => {
      const report = await runSeed(singleSeed, { messages: envInt('RELAY_FUZZ_MESSAGES') ?? 120 });
      console.log(summary(report));
    });
  } else {
    const reports: FuzzReport[] = [];
    for (const { name, seed, messages } of pinnedSeeds) {
      it(`seed ${seed}, ${messages} messages: ${name}`, { timeout: 120_000 }, async (t) => {
        const report = await runSeed(seed, { messages });
        reports.push(report);
        t.diagnostic(summary(report));
      });
    }
    it('the pinned seeds generated every kind and saw both outcomes', () => {
      assert.equal(reports.length, pinnedSeeds.length, 'a pinned seed failed');
      assertCoverage(reports);
    });
  }
});

const sample: Record<Exclude<(typeof structKinds)[number], 'GC' | 'Skip'>, ItemContent> = {
  Deleted: { kind: 'Deleted', length: 2 },
  JSON: { kind: 'JSON', entries: ['{"a":1}'] },
  Binary: { kind: 'Binary', bytes: Uint8Array.of(1, 2) },
  String: { kind: 'String', text: 'ab' },
  Embed: { kind: 'Embed', json: '{"image":"x"}' },
  Format: { kind: 'Format', key: 'bold', json: 'true' },
  Type: { kind: 'Type', typeRef: 3, name: 'p' },
  Any: { kind: 'Any', values: [{ a: 1n }] },
  Doc: { kind: 'Doc', guid: 'g', options: {} },
};
