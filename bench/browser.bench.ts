// What a browser pays: JavaScript each page loads (gzip), and the projector's first full paint of a
// 10,000-record signed session served by the real relay (every signature verified in the page).
// Needs a built app (dist/) and the system Chromium.
import { randomBytes, createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startRelay } from '../relay/server.ts';
import { chromiumArgs, chromiumPath, installHint } from '../scripts/chromium.mjs';
import { generateSession } from './session-generator.ts';
import { signSession } from './signed-session.ts';
import { round } from './stats.ts';

const distDir = process.env.BENCH_DIST ?? 'dist';
if (!existsSync(`${distDir}/index.html`)) throw new Error('build the app first: npm run build');
const executablePath = chromiumPath();
if (!executablePath) throw new Error(installHint);

const writeKey = randomBytes(16).toString('base64url');
const roomId = createHash('sha256').update(writeKey).digest('base64url').slice(0, 22);
const dataDir = await mkdtemp(join(tmpdir(), 'cdw-bench-'));
const relay = await startRelay({ port: 0, host: '127.0.0.1', dataDir, staticDir: distDir, log: () => {} });

/** Writes a signed session of `count` records into the relay through a standard client, as scribes would have; returns the facilitator the links name. */
async function seedRoom(count: number): Promise<string> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${relay.port}/sync`, roomId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { key: writeKey },
  });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const records = doc.getArray('records');
  // In batches: one message per record would trip the relay's rate limit, one for all its size limit.
  const { records: session, anchor } = await signSession(generateSession(count), roomId);
  for (let i = 0; i < session.length; i += 500) {
    doc.transact(() => records.insert(records.length, session.slice(i, i + 500)));
  }
  // A second client proves the relay holds it all before the browser looks.
  const check = new Y.Doc();
  const checker = new WebsocketProvider(`ws://127.0.0.1:${relay.port}/sync`, roomId, check, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const deadline = Date.now() + 60_000;
  while (check.getArray('records').length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (check.getArray('records').length < count) throw new Error('relay did not receive the session');
  checker.destroy();
  provider.destroy();
  // Each provider's awareness keeps a timer until its document is destroyed: without this the run never ends.
  check.destroy();
  doc.destroy();
  return anchor;
}

/** Every script the page fetched, gzip-compressed as a server would send it. */
async function javascriptOf(page: Page, path: string): Promise<{ files: number; gzipBytes: number; largest: string[] }> {
  const bodies: Promise<Buffer>[] = [];
  const names: string[] = [];
  const onResponse = (response: import('playwright-core').Response) => {
    if (!response.url().endsWith('.js')) return;
    names.push(response.url().split('/').pop()!);
    bodies.push(response.body());
  };
  page.on('response', onResponse);
  await page.goto(`${relay.url}/${path}`);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const sizes = (await Promise.all(bodies)).map((body) => gzipSync(body, { level: 9 }).byteLength);
  const largest = sizes
    .map((size, i) => ({ size, name: names[i]! }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 8)
    .map(({ size, name }) => `${name} ${size}`);
  return { files: sizes.length, gzipBytes: sizes.reduce((a, b) => a + b, 0), largest };
}

const RECORDS = 10_000;
const anchor = await seedRoom(RECORDS);
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
try {
  const pages: Record<string, { files: number; gzipBytes: number; gzipKiB: number; largest: string[] }> = {};
  for (const [name, path] of [
    ['start', '#/'],
    ['scribe', `#/s/${writeKey}.${anchor}`],
    ['projector', `#/v/${roomId}.${anchor}`],
  ] as const) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const measured = await javascriptOf(await context.newPage(), path);
    pages[name] = { ...measured, gzipKiB: round(measured.gzipBytes / 1024) };
    await context.close();
  }

  const paints: number[] = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${relay.url}/#/v/${roomId}.${anchor}`);
    const items = page.getByRole('list', { name: 'Proposals' }).getByRole('listitem');
    await items.nth(9).waitFor({ timeout: 30_000 });
    // Time since navigation started, read in the page the moment all ten are there.
    paints.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  paints.sort((a, b) => a - b);
  const median = paints[Math.floor(paints.length / 2)]!;
  console.log(
    JSON.stringify(
      {
        javascriptPerPage: pages,
        projectorFirstFullPaint: { records: RECORDS, runsMs: paints.map(round), medianMs: round(median), budgetMs: 1000, ok: median <= 1000 },
        appJavascriptBudget: { budgetKiB: 60, largestPageKiB: Math.max(...Object.values(pages).map((p) => p.gzipKiB)) },
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
