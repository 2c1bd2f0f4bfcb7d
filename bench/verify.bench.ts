// Issue 6: what signatures cost. Deriving the view of a 10,000-record signed session in Chromium (cold:
// every signature verified once; warm: verdicts cached), signing in Node, and bytes per signed record.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { WorkshopRecord } from '../src/domain/records.ts';
import { recordsOf } from '../src/doc/schema.ts';
import { chromiumArgs, chromiumPath, installHint } from '../scripts/chromium.mjs';
import { startRelay } from '../relay/server.ts';
import { generateSession } from './session-generator.ts';
import { signSession } from './signed-session.ts';
import { round } from './stats.ts';

const executablePath = chromiumPath();
if (!executablePath || !existsSync(executablePath)) throw new Error(installHint);

const RECORDS = 10_000;
const ROOM = 'bench-room-aaaaaaaaaaa';
const plain = generateSession(RECORDS);
const signStarted = performance.now();
const { records, anchor } = await signSession(plain, ROOM);
const signMs = performance.now() - signStarted;

const bytesPerRecord = (list: readonly object[]): number => {
  const doc = new Y.Doc();
  recordsOf(doc).insert(0, [...list]);
  return Y.encodeStateAsUpdate(doc).byteLength / list.length;
};

/** Yjs's own encoding of one value (writeAny, what a Y.Array stores for a JSON object). */
const encodedSize = (value: unknown): number => {
  const encoder = encoding.createEncoder();
  encoding.writeAny(encoder, value as Parameters<typeof encoding.writeAny>[1]);
  return encoding.length(encoder);
};

/**
 * Where a signed record's bytes go: each field's name and value as Yjs encodes them, averaged over the session;
 * `object` is the type and field count, `items` what Yjs adds when each group writes one record per transaction.
 */
function bytesByField(list: readonly WorkshopRecord[]): Record<string, number> {
  const fields = new Map<string, number>([['object', 0]]);
  for (const record of list) {
    fields.set('object', fields.get('object')! + encodedSize({}));
    // A field name is written as a string without the type byte a string value carries.
    for (const [key, value] of Object.entries(record)) fields.set(key, (fields.get(key) ?? 0) + encodedSize(key) - 1 + encodedSize(value));
  }
  const doc = new Y.Doc();
  const array = recordsOf(doc);
  const clients = new Map<string, number>();
  for (const record of list) {
    doc.clientID = clients.get(record.author) ?? clients.set(record.author, 1000 + clients.size).get(record.author)!;
    doc.transact(() => array.insert(array.length, [record]));
  }
  fields.set('items', Y.encodeStateAsUpdate(doc).byteLength - bytesPerRecord(list) * list.length);
  return Object.fromEntries([...fields].map(([key, bytes]) => [key, round(bytes / list.length)]));
}

// The page code, bundled with the app's own modules, runs in a page served from loopback (a secure context).
const bundle = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    lib: { entry: new URL('./verify-page.ts', import.meta.url).pathname, formats: ['iife'], name: 'verifyBench' },
  },
});
const output = (Array.isArray(bundle) ? bundle[0]! : bundle) as { output: Array<{ type: string; code?: string }> };
const code = output.output.find((chunk) => chunk.type === 'chunk')!.code!;

const dataDir = await mkdtemp(join(tmpdir(), 'cdw-verify-bench-'));
const relay = await startRelay({ port: 0, host: '127.0.0.1', dataDir, staticDir: null, log: () => {} });
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
try {
  // The relay sends a Content-Security-Policy; this page is the bench's own, its script inline.
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(`${relay.url}/healthz`);
  await page.addScriptTag({ content: code });
  const measured = await page.evaluate(
    ([list, room, facilitator]) =>
      (globalThis as unknown as { measureVerification: (...args: unknown[]) => Promise<Record<string, number | number[]>> })
        .measureVerification(list, room, facilitator, 5),
    [records, ROOM, anchor] as const,
  );
  const rounded = Object.fromEntries(
    Object.entries(measured).map(([key, value]) => [key, Array.isArray(value) ? value.map(round) : round(value)]),
  );
  console.log(
    JSON.stringify(
      {
        signedSessionInBrowser: { ...rounded, note: 'cold = open + verify every signature once + derive; warm = derive again with cached verdicts; warmKept = the same with each value’s validation kept, as the store keeps it' },
        signingInNode: { records: RECORDS, ms: round(signMs), perRecordUs: round((signMs / RECORDS) * 1000) },
        bytesPerRecord: { unsigned: round(bytesPerRecord(plain)), signed: round(bytesPerRecord(records)), budget: 200 },
        signedBytesByField: bytesByField(records),
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await relay.close();
  await rm(dataDir, { recursive: true, force: true });
}
