// What a browser pays: JavaScript each page loads (gzip), and the projector's first full paint of a
// 10,000-record signed session served by the real relay (every signature verified in the page).
// Needs a built app (dist/) and the system Chromium.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, installHint } from '../scripts/chromium.mjs';
import { seededRelay } from './seeded-relay.ts';
import { round } from './stats.ts';

const distDir = process.env.BENCH_DIST ?? 'dist';
if (!existsSync(`${distDir}/index.html`)) throw new Error('build the app first: npm run build');
const executablePath = chromiumPath();
if (!executablePath) throw new Error(installHint);

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

/** Milliseconds from navigation start until the projector shows all ten proposals, read in the page. */
async function fullPaint(page: Page): Promise<number> {
  await page.getByRole('list', { name: 'Proposals' }).getByRole('listitem').nth(9).waitFor({ timeout: 30_000 });
  return page.evaluate(() => performance.now());
}

/** Waits until the page has written a verdict for every record to IndexedDB (it writes in the background). */
async function verdictsStored(page: Page): Promise<void> {
  await page.waitForFunction(async (count) => {
    // Opening a database that does not exist yet would create it without its store: look first.
    if (!(await indexedDB.databases()).some((db) => db.name === 'cdw-verdicts')) return false;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('cdw-verdicts');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const batches = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('authentic').objectStore('authentic').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      return batches.reduce((sum: number, batch) => sum + (batch as unknown[]).length, 0) >= count;
    } finally {
      db.close();
    }
  }, RECORDS, { timeout: 60_000, polling: 100 });
}
const { relay, roomId, writeKey, anchor, close } = await seededRelay(RECORDS, distDir);
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
  const reloads = { verdictsKept: [] as number[], verdictsDropped: [] as number[] };
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${relay.url}/#/v/${roomId}.${anchor}`);
    paints.push(await fullPaint(page));
    // A reload with the verdicts this page kept, and one without (every signature checked again, as before
    // verdicts were kept), alternating which goes first.
    for (const kept of run % 2 === 0 ? [true, false] : [false, true]) {
      await verdictsStored(page);
      if (!kept) await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('cdw-verdicts').onsuccess = resolve)));
      await page.reload();
      reloads[kept ? 'verdictsKept' : 'verdictsDropped'].push(await fullPaint(page));
    }
    await context.close();
  }
  const medianOf = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  paints.sort((a, b) => a - b);
  const median = medianOf(paints);
  const reloadMedian = medianOf(reloads.verdictsKept);
  const reloadDroppedMedian = medianOf(reloads.verdictsDropped);
  console.log(
    JSON.stringify(
      {
        javascriptPerPage: pages,
        projectorFirstFullPaint: { records: RECORDS, runsMs: paints.map(round), medianMs: round(median), budgetMs: 500, ok: median <= 500 },
        projectorReloadFullPaint: {
          records: RECORDS,
          runsMs: reloads.verdictsKept.map(round),
          medianMs: round(reloadMedian),
          budgetMs: 200,
          ok: reloadMedian <= 200,
          withoutKeptVerdicts: { runsMs: reloads.verdictsDropped.map(round), medianMs: round(reloadDroppedMedian) },
          ratio: round(reloadMedian / reloadDroppedMedian),
        },
        appJavascriptBudget: { budgetKiB: 60, largestPageKiB: Math.max(...Object.values(pages).map((p) => p.gzipKiB)) },
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await close();
}
