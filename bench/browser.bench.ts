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
  await close();
}
