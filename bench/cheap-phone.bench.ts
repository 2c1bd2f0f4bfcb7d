// The projector on a cheap phone: a 2,000-record signed session opened in Chromium with the CPU slowed
// 4× (CDP Emulation.setCPUThrottlingRate), from navigation start to the first frame that shows every
// current proposal with its count. Budget ≤ 1 s (DESIGN.md §7). Needs a built app (dist/) and the system Chromium.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, installHint } from '../scripts/chromium.mjs';
import { deriveView } from '../src/domain/derive.ts';
import type { TrustContext } from '../src/domain/trust.ts';
import { seededRelay } from './seeded-relay.ts';
import { round } from './stats.ts';

const RECORDS = 2_000;
const CPU_SLOWDOWN = 4;
const RUNS = 5;
const BUDGET_MS = 1000;

const distDir = process.env.BENCH_DIST ?? 'dist';
if (!existsSync(`${distDir}/index.html`)) throw new Error('build the app first: npm run build');
const executablePath = chromiumPath();
if (!executablePath) throw new Error(installHint);

const seeded = await seededRelay(RECORDS, distDir);
// What the page must show, derived here from the same records (every signature was made by the generator).
const trustAll: TrustContext = { anchor: null, authenticity: () => 'authentic' };
const expected = deriveView(seeded.records, trustAll).proposals.map((p) => ({ text: p.current.text, count: p.endorsements }));

/**
 * Runs in the page from its first script: each animation frame, looks for the list "Proposals" across
 * shadow roots and notes the frame's time once it holds every expected proposal with its count.
 */
function watchFirstFullPaint(expected: { text: string; count: number }[]): void {
  const w = window as unknown as { __fullPaintMs?: number };
  const findList = (root: Document | ShadowRoot): Element | null => {
    const list = root.querySelector('ol[aria-label="Proposals"]');
    if (list) return list;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const found = el.shadowRoot ? findList(el.shadowRoot) : null;
      if (found) return found;
    }
    return null;
  };
  const textOf = (node: Node): string =>
    node instanceof Element && node.shadowRoot
      ? Array.from(node.shadowRoot.childNodes).map(textOf).join(' ')
      : node.nodeType === Node.TEXT_NODE
        ? (node as Text).data
        : Array.from(node.childNodes).map(textOf).join(' ');
  const complete = (): boolean => {
    const list = findList(document);
    if (!list) return false;
    const items = Array.from(list.children).map((li) => textOf(li).replace(/\s+/g, ' '));
    return expected.every(({ text, count }) =>
      items.some((item) => item.includes(text) && new RegExp(`(^|\\s)${count}\\s+endorsements?\\b`).test(item.replace(text, ' '))),
    );
  };
  const frame = (time: number): void => {
    if (complete()) w.__fullPaintMs = time;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
try {
  const paints: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.evaluate('globalThis.__name ??= (fn) => fn').catch(() => undefined);
    await page.addInitScript(`globalThis.__name ??= (fn) => fn; (${watchFirstFullPaint.toString()})(${JSON.stringify(expected)})`);
    await page.goto(`${seeded.relay.url}/#/v/${seeded.roomId}.${seeded.anchor}`);
    await page.waitForFunction(() => (window as unknown as { __fullPaintMs?: number }).__fullPaintMs !== undefined, null, {
      timeout: 60_000,
      polling: 100,
    });
    paints.push(await page.evaluate(() => (window as unknown as { __fullPaintMs: number }).__fullPaintMs));
    await context.close();
  }
  paints.sort((a, b) => a - b);
  const median = paints[Math.floor(paints.length / 2)]!;
  console.log(
    JSON.stringify(
      {
        projectorFirstFullPaintCheapPhone: {
          records: RECORDS,
          cpuSlowdown: CPU_SLOWDOWN,
          proposals: expected.length,
          runsMs: paints.map(round),
          medianMs: round(median),
          budgetMs: BUDGET_MS,
          ok: median <= BUDGET_MS,
        },
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await seeded.close();
}
