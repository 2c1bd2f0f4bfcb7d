import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { PHONE, PROJECTOR, newParticipant } from './browser.ts';
import { eventually } from './eventually.ts';
import { scenarioRig, stepRunner } from './scenario.ts';
import { firstPaintOf, probeFirstPaint, type FirstPaint } from './first-paint-probe.ts';
import { addProposal, joinAsGroup, newProposalField } from './scribe-page.ts';
import { createSession } from './start-page.ts';

// DESIGN.md §7: the app JavaScript a page loads before its first full paint, gzip, in a secure context (loopback is one).
const BUDGET_BYTES = 60_000;

const rig = scenarioRig();
/** A proposal in the measured session: its pages are fully painted once they show it. */
const PROPOSAL = 'Free night buses on weekends';

interface PageScripts {
  /** Every app script the page fetched, by path, with its gzip size. */
  chunks: Map<string, number>;
  inFlight: Set<string>;
}

/** The page's own scripts, as the browser fetched them; the service worker's script and its precache run apart. */
function recordScripts(page: Page): PageScripts {
  const scripts: PageScripts = { chunks: new Map(), inFlight: new Set() };
  const isAppScript = (url: string): boolean => new URL(url).pathname.startsWith('/assets/') && url.endsWith('.js');
  page.on('request', (request) => {
    if (isAppScript(request.url())) scripts.inFlight.add(request.url());
  });
  page.on('requestfailed', (request) => scripts.inFlight.delete(request.url()));
  page.on('requestfinished', (request) => {
    if (!isAppScript(request.url())) return;
    void request
      .response()
      .then(async (response) => {
        const body = await response!.body();
        scripts.chunks.set(new URL(request.url()).pathname, gzipSync(body, { level: 9 }).length);
      })
      // A script the page asks for after it was measured may finish as its context closes: its body is gone, and
      // it was not counted (what is counted was asked for before the first full paint, and ran).
      .catch(() => undefined)
      .finally(() => scripts.inFlight.delete(request.url()));
  });
  return scripts;
}

interface PageUnderTest {
  name: string;
  viewport: { width: number; height: number };
  /** A returning visitor's earlier visit, not counted. */
  before?: (page: Page) => Promise<unknown>;
  open(page: Page): Promise<unknown>;
  /** What shows once the page is fully painted. */
  painted(page: Page): Locator;
  /** Words the page shows at its first full paint, as the app marks it. */
  shows: string[];
}

interface Measured {
  scripts: PageScripts;
  paint: FirstPaint;
}

/**
 * Opens the page in a fresh browser context and waits until it is fully painted, its service worker controls it and
 * no script is still arriving; reads which scripts it had asked for when the app marked its first full paint, and
 * what it showed then.
 */
async function measure(target: PageUnderTest): Promise<Measured> {
  const page = await newParticipant(rig.browser, rig.relay.url, target.viewport);
  await target.before?.(page);
  await probeFirstPaint(page);
  const scripts = recordScripts(page);
  await target.open(page);
  await target.painted(page).first().waitFor({ state: 'visible' });
  const paint = await firstPaintOf(page);
  await eventually(
    `${target.name}: the service worker in control and every script fetched`,
    async () => ({
      controlled: await page.evaluate(() => navigator.serviceWorker.controller !== null),
      inFlight: scripts.inFlight.size,
    }),
    (state) => state.controlled && state.inFlight === 0,
  );
  await page.context().close();
  return { scripts, paint };
}

const total = (chunks: Map<string, number>): number => [...chunks.values()].reduce((sum, size) => sum + size, 0);

/** The scripts asked for before the first full paint, with their sizes. */
function beforePaint({ scripts, paint }: Measured): Map<string, number> {
  const unmeasured = paint.scripts.filter((path) => !scripts.chunks.has(path));
  assert.deepEqual(unmeasured, [], 'every script asked for before the first full paint was measured');
  return new Map(paint.scripts.map((path) => [path, scripts.chunks.get(path)!]));
}

function describe(name: string, chunks: Map<string, number>): string {
  const biggest = [...chunks].sort((a, b) => b[1] - a[1]);
  const list = biggest.map(([path, size]) => `${path.replace('/assets/', '')} ${size}`).join(', ');
  return `${name}: ${total(chunks)} B gzip in ${chunks.size} scripts (${list})`;
}

test(`no page loads more than ${BUDGET_BYTES} B of JavaScript (gzip) before its first full paint`, { timeout: 180_000 }, async (t) => {
  const step = stepRunner(t, rig);
  let links = { scribeLink: '', viewLink: '', facilitatorLink: '' };
  await step('a session is created, for links to real pages', async () => {
    const facilitator = await newParticipant(rig.browser, rig.relay.url, PROJECTOR);
    await facilitator.goto('/');
    links = await createSession(facilitator, 'Page sizes');
    await facilitator.context().close();
    const scribe = await newParticipant(rig.browser, rig.relay.url, PHONE);
    await joinAsGroup(scribe, links.scribeLink, 'Table 9', 'Lyon');
    await addProposal(scribe, PROPOSAL);
    await scribe.context().close();
  });
  const visit = (link: string) => (page: Page) => page.goto(link);
  const pages: PageUnderTest[] = [
    { name: 'start page', viewport: PROJECTOR, open: visit('/#/'), painted: (page) => page.getByRole('button', { name: /^Create session/ }), shows: ['Create session'] },
    {
      name: 'scribe, first visit',
      viewport: PHONE,
      open: visit(links.scribeLink),
      painted: (page) => page.getByRole('textbox', { name: /^Group name/ }),
      shows: ['Group name'],
    },
    {
      name: 'scribe, joined, reopened',
      viewport: PHONE,
      before: (page) => joinAsGroup(page, links.scribeLink, 'Table 1', 'Paris'),
      open: (page) => page.reload(),
      painted: newProposalField,
      shows: ['New proposal', PROPOSAL],
    },
    { name: 'projector', viewport: PROJECTOR, open: visit(links.viewLink), painted: (page) => page.getByRole('list', { name: /^Proposals/ }), shows: [PROPOSAL] },
    {
      name: 'facilitator',
      viewport: PHONE,
      open: visit(links.facilitatorLink),
      painted: (page) => page.getByRole('heading', { name: /^Facilitator panel/ }),
      shows: ['Facilitator panel', PROPOSAL],
    },
  ];
  const over: string[] = [];
  for (const target of pages) {
    await step(`the ${target.name}`, async () => {
      const measured = await measure(target);
      const before = beforePaint(measured);
      t.diagnostic(`${describe(target.name, before)}; first full paint at ${Math.round(measured.paint.at)} ms`);
      t.diagnostic(`${target.name}, with what it fetched after that paint: ${total(measured.scripts.chunks)} B`);
      for (const words of target.shows) assert.ok(measured.paint.shown.includes(words), `${target.name}: "${words}" shown at the first full paint mark, which showed: ${measured.paint.shown.slice(0, 400)}`);
      if (total(before) > BUDGET_BYTES) over.push(describe(target.name, before));
    });
  }
  if (over.length) assert.fail(`over the ${BUDGET_BYTES} B budget of JavaScript (gzip) before the first full paint, biggest chunks first:\n${over.join('\n')}`);
});
