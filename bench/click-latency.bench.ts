// DESIGN.md §7 "click in a scribe page → projector reordered, in page time, median ≤ 25 ms": the built app
// served by the real relay, a scribe page and a projector page in separate browser contexts; the click is
// dispatched in the scribe page and the projector's own MutationObserver notes when its list shows the new
// order. Prints one JSON object; progress on stderr. Needs a built app (dist/) and the system Chromium.
// Run: node --import tsx bench/click-latency.bench.ts   (CLICK_BENCH_ENDORSEMENTS, default 30)
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchSystemChromium, newParticipant, PHONE, PROJECTOR } from '../test/e2e/browser.ts';
import { startRelayUnderTest } from '../test/e2e/relay-under-test.ts';
import { addProposal, joinAsGroup, proposalItem, proposalsList } from '../test/e2e/scribe-page.ts';
import { createSession } from '../test/e2e/start-page.ts';
import type { OrderSeen } from './order-watch-page.ts';
import { percentiles, round } from './stats.ts';

const ENDORSEMENTS = Number(process.env.CLICK_BENCH_ENDORSEMENTS ?? 30);
const WARMUP = 2;
const BUDGET_MS = 25;
const WATCH_TIMEOUT_MS = 15_000;
const CLOCK_SAMPLES = 15;
/** Three proposals of one group, each endorsed by it: withdrawing from the first sends it last, endorsing it again brings it first. */
const TEXTS = ['Free bicycles at every station', 'A library in every district', 'Night buses on weekends'];

/** The machine is shared: how busy it was (1, 5 and 15 minute load averages) says how far to trust the figures. */
const loadAtStart = loadavg().map(round);
const log = (message: string): void => void process.stderr.write(`[click latency] ${message}\n`);

if (!existsSync('dist/index.html')) throw new Error('build the app first: npm run build');

/** The observer's page code, bundled to run as a plain script. */
async function orderWatchScript(): Promise<string> {
  const bundle = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: new URL('./order-watch-page.ts', import.meta.url).pathname, formats: ['iife'], name: 'orderWatch' } },
  });
  const output = (Array.isArray(bundle) ? bundle[0]! : bundle) as { output: Array<{ type: string; code?: string }> };
  return output.output.find((chunk) => chunk.type === 'chunk')!.code!;
}

const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.timeOrigin + performance.now());

/**
 * How far the two pages' clocks (timeOrigin + now) disagree, each read against this process's clock through the
 * tightest of several round trips; `uncertaintyMs` bounds what a round trip lets us know.
 */
async function clockSkew(scribe: Page, projector: Page) {
  const offset = async (page: Page) => {
    let best = { roundTrip: Infinity, offset: 0 };
    for (let i = 0; i < CLOCK_SAMPLES; i++) {
      const before = performance.timeOrigin + performance.now();
      const inPage = await pageNow(page);
      const after = performance.timeOrigin + performance.now();
      if (after - before < best.roundTrip) best = { roundTrip: after - before, offset: inPage - (before + after) / 2 };
    }
    return best;
  };
  const [s, p] = [await offset(scribe), await offset(projector)];
  return { projectorMinusScribeMs: round(p.offset - s.offset), uncertaintyMs: round((s.roundTrip + p.roundTrip) / 2) };
}

/** One click in the scribe page, timed there, and the moment the projector showed its effect, timed there. */
async function timedClick(scribe: Page, projector: Page, button: RegExp, place: 'first' | 'last'): Promise<OrderSeen & { clickAt: number }> {
  await projector.evaluate(([text, where, timeout]) => window.armOrderWatch(text, where, timeout), [TEXTS[0]!, place, WATCH_TIMEOUT_MS] as const);
  const handle = await proposalItem(scribe, TEXTS[0]!).getByRole('button', { name: button }).elementHandle();
  const clickAt = await handle!.evaluate((element) => {
    const at = performance.timeOrigin + performance.now();
    (element as HTMLElement).click();
    return at;
  });
  const seen = await projector.evaluate(() => window.orderSeen!);
  // The scribe's own page settles (its button flips) before the next click.
  const next = place === 'last' ? /^Endorse/ : /^Withdraw endorsement/;
  await proposalItem(scribe, TEXTS[0]!).getByRole('button', { name: next }).waitFor({ timeout: WATCH_TIMEOUT_MS });
  return { clickAt, ...seen };
}

const relay = await startRelayUnderTest();
const browser = await launchSystemChromium();
try {
  const script = await orderWatchScript();
  const facilitator = await newParticipant(browser, relay.url, PHONE);
  await facilitator.goto('/#/');
  const { scribeLink, viewLink } = await createSession(facilitator, 'Click latency');
  await facilitator.context().close();
  const scribe = await newParticipant(browser, relay.url, PHONE);
  await joinAsGroup(scribe, scribeLink, 'Table 1', 'Paris');
  for (const text of TEXTS) await addProposal(scribe, text);
  // The bench's own watcher is an inline script, which the relay's Content-Security-Policy refuses, as it should.
  const projector = await (await browser.newContext({ baseURL: relay.url, viewport: PROJECTOR, locale: 'en-US', bypassCSP: true })).newPage();
  await projector.goto(viewLink);
  await proposalsList(projector).getByRole('listitem').nth(TEXTS.length - 1).waitFor({ timeout: WATCH_TIMEOUT_MS });
  await projector.addScriptTag({ content: script });
  const skew = await clockSkew(scribe, projector);
  log(`${ENDORSEMENTS} endorsements (and as many withdrawals) after ${WARMUP} warm-up pairs`);
  const endorse: { dom: number[]; frame: number[] } = { dom: [], frame: [] };
  const withdraw: { dom: number[]; frame: number[] } = { dom: [], frame: [] };
  for (let i = -WARMUP; i < ENDORSEMENTS; i++) {
    const out = await timedClick(scribe, projector, /^Withdraw endorsement/, 'last');
    const back = await timedClick(scribe, projector, /^Endorse/, 'first');
    if (i < 0) continue;
    withdraw.dom.push(out.domAt - out.clickAt);
    withdraw.frame.push(out.frameAt - out.clickAt);
    endorse.dom.push(back.domAt - back.clickAt);
    endorse.frame.push(back.frameAt - back.clickAt);
  }
  const median = percentiles(endorse.dom)!.p50;
  console.log(
    JSON.stringify(
      {
        clickToProjector: {
          scenario:
            'The built app served by our relay (in this process) on loopback; headless Chromium (system), one browser, three ' +
            'contexts: the facilitator creates the session and closes, a scribe page (360×800) joins as one group and adds three ' +
            'proposals (each endorsed by its author), a projector page (1920×1080) on the view link. Each pair of clicks, ' +
            "dispatched in the scribe page on the first proposal's buttons: withdraw (it drops to last), endorse (it comes back " +
            'first). Latency = click (performance.timeOrigin + now() in the scribe page, just before element.click()) → the ' +
            "projector page's MutationObserver on its list sees the new order (dom), and the animation frame after it (frame), " +
            'read on the same clock in the projector page. clockSkew: the two pages read against this process, best of ' +
            `${CLOCK_SAMPLES} round trips each.`,
          machine: { loadAverage: { atStart: loadAtStart, atEnd: loadavg().map(round) } },
          endorsements: ENDORSEMENTS,
          clockSkew: skew,
          endorse: { domMs: percentiles(endorse.dom), frameMs: percentiles(endorse.frame) },
          withdraw: { domMs: percentiles(withdraw.dom), frameMs: percentiles(withdraw.frame) },
          budget: { budget: BUDGET_MS, measured: median, ok: median <= BUDGET_MS },
        },
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await relay.close();
}
