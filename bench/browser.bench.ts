// What a browser pays: JavaScript each page loads (gzip) before its first full paint, and the projector's first
// full paint of a 10,000-record signed session served by the real relay (every signature verified in the page).
// Needs a built app (dist/) and the system Chromium.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, installHint } from '../scripts/chromium.mjs';
import { firstPaintOf, probeFirstPaint } from '../test/e2e/first-paint-probe.ts';
import { seededRelay } from './seeded-relay.ts';
import { round } from './stats.ts';

const distDir = process.env.BENCH_DIST ?? 'dist';
if (!existsSync(`${distDir}/index.html`)) throw new Error('build the app first: npm run build');
const executablePath = chromiumPath();
if (!executablePath) throw new Error(installHint);

interface PageJavascript {
  /** Scripts the page asked for before the app marked its first full paint (the budget's measure). */
  beforeFirstPaint: { files: number; gzipBytes: number; gzipKiB: number; largest: string[] };
  /** Everything it fetched until the network was idle. */
  all: { files: number; gzipBytes: number };
}

/** The page's scripts, gzip-compressed as a server would send them: before its first full paint, and in all. */
async function javascriptOf(page: Page, path: string): Promise<PageJavascript> {
  const sizes = new Map<string, Promise<number>>();
  const onResponse = (response: import('playwright-core').Response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.js')) return;
    sizes.set(url.pathname, response.body().then((body) => gzipSync(body, { level: 9 }).byteLength));
  };
  page.on('response', onResponse);
  await probeFirstPaint(page);
  await page.goto(`${relay.url}/${path}`);
  const paint = await firstPaintOf(page);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const sized = async (paths: string[]) => Promise.all(paths.map(async (p) => ({ name: p.split('/').pop()!, size: (await sizes.get(p)) ?? 0 })));
  const before = await sized(paint.scripts);
  const all = await sized([...sizes.keys()]);
  const sum = (list: { size: number }[]) => list.reduce((total, { size }) => total + size, 0);
  const largest = [...before].sort((a, b) => b.size - a.size).slice(0, 8).map(({ size, name }) => `${name} ${size}`);
  return {
    beforeFirstPaint: { files: before.length, gzipBytes: sum(before), gzipKiB: round(sum(before) / 1024), largest },
    all: { files: all.length, gzipBytes: sum(all) },
  };
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
  const pages: Record<string, PageJavascript> = {};
  for (const [name, path] of [
    ['start', '#/'],
    ['scribe', `#/s/${writeKey}.${anchor}`],
    ['projector', `#/v/${roomId}.${anchor}`],
    // Every other language is one file of its own, fetched before the first paint of a page that speaks it.
    ['projectorInSpanish', `?lang=es#/v/${roomId}.${anchor}`],
  ] as const) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    pages[name] = await javascriptOf(await context.newPage(), path);
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
        appJavascriptBudget: (() => {
          const largestBytes = Math.max(...Object.values(pages).map((p) => p.beforeFirstPaint.gzipBytes));
          return { budgetBytes: 60_000, largestPageBytes: largestBytes, ok: largestBytes <= 60_000 };
        })(),
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await close();
}
