import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { PHONE, PROJECTOR, newParticipant } from './browser.ts';
import { eventually } from './eventually.ts';
import { scenarioRig, stepRunner } from './scenario.ts';
import { joinAsGroup, newProposalField } from './scribe-page.ts';
import { createSession } from './start-page.ts';

// DESIGN.md §7: the app JavaScript a page loads before its first full paint, gzip, in a secure context (loopback is one).
const BUDGET_BYTES = 60_000;
/**
 * Not met yet: every page loads 68–75 KB (the README's figures say where it goes). Until it is, no page may grow
 * past what it loads today, so each saving is kept; lower this with every saving, down to BUDGET_BYTES.
 * Lowered from 77,000 once the words of lazily loaded screens (facilitator, history, diagnostics, venue relay,
 * publish, start page, links, exports, verifier, announcements) left the core chunk to travel with their screens,
 * and Arabic came in as one more lazily loaded language (largest page 74,071 B). Raised once to 75,973 B for the
 * convergence session: every page derives candidates and validates candidate records and citations (+1.1 KB in
 * the core chunk, the same on every replica, so not lazily loadable); its screens, words and checks are lazy. The
 * largest page, the facilitator's, loads 75,473 B; the 500 B above it is room for a small fix, not for a feature.
 */
const CEILING_BYTES = 75_973;

const rig = scenarioRig();

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
    void request.response().then(async (response) => {
      const body = await response!.body();
      scripts.chunks.set(new URL(request.url()).pathname, gzipSync(body, { level: 9 }).length);
      scripts.inFlight.delete(request.url());
    });
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
}

/**
 * Opens the page in a fresh browser context and waits until it is fully painted, its service worker controls it and
 * no script is still arriving: what it fetched by then is what a visitor waits for.
 */
async function measure(target: PageUnderTest): Promise<PageScripts> {
  const page = await newParticipant(rig.browser, rig.relay.url, target.viewport);
  await target.before?.(page);
  const scripts = recordScripts(page);
  await target.open(page);
  await target.painted(page).first().waitFor({ state: 'visible' });
  await eventually(
    `${target.name}: the service worker in control and every script fetched`,
    async () => ({
      controlled: await page.evaluate(() => navigator.serviceWorker.controller !== null),
      inFlight: scripts.inFlight.size,
    }),
    (state) => state.controlled && state.inFlight === 0,
  );
  await page.context().close();
  return scripts;
}

const total = (scripts: PageScripts): number => [...scripts.chunks.values()].reduce((sum, size) => sum + size, 0);

function describe(name: string, scripts: PageScripts): string {
  const biggest = [...scripts.chunks].sort((a, b) => b[1] - a[1]);
  const list = biggest.map(([path, size]) => `${path.replace('/assets/', '')} ${size}`).join(', ');
  return `${name}: ${total(scripts)} B gzip in ${scripts.chunks.size} scripts (${list})`;
}

test(`no page loads more JavaScript (gzip) before its first full paint than today's ${CEILING_BYTES} B ceiling (budget ${BUDGET_BYTES} B)`, { timeout: 180_000 }, async (t) => {
  const step = stepRunner(t, rig);
  let links = { scribeLink: '', viewLink: '', facilitatorLink: '' };
  await step('a session is created, for links to real pages', async () => {
    const facilitator = await newParticipant(rig.browser, rig.relay.url, PROJECTOR);
    await facilitator.goto('/');
    links = await createSession(facilitator, 'Page sizes');
    await facilitator.context().close();
  });
  const visit = (link: string) => (page: Page) => page.goto(link);
  const pages: PageUnderTest[] = [
    { name: 'start page', viewport: PROJECTOR, open: visit('/#/'), painted: (page) => page.getByRole('button', { name: /^Create session/ }) },
    {
      name: 'scribe, first visit',
      viewport: PHONE,
      open: visit(links.scribeLink),
      painted: (page) => page.getByRole('textbox', { name: /^Group name/ }),
    },
    {
      name: 'scribe, joined, reopened',
      viewport: PHONE,
      before: (page) => joinAsGroup(page, links.scribeLink, 'Table 1', 'Paris'),
      open: (page) => page.reload(),
      painted: newProposalField,
    },
    { name: 'projector', viewport: PROJECTOR, open: visit(links.viewLink), painted: (page) => page.getByRole('list', { name: /^Proposals/ }) },
    {
      name: 'facilitator',
      viewport: PHONE,
      open: visit(links.facilitatorLink),
      painted: (page) => page.getByRole('heading', { name: /^Facilitator panel/ }),
    },
  ];
  const over: string[] = [];
  for (const target of pages) {
    await step(`the ${target.name}`, async () => {
      const measured = await measure(target);
      t.diagnostic(describe(target.name, measured));
      if (total(measured) > BUDGET_BYTES) t.diagnostic(`${target.name}: over the ${BUDGET_BYTES} B budget by ${total(measured) - BUDGET_BYTES} B`);
      if (total(measured) > CEILING_BYTES) over.push(describe(target.name, measured));
    });
  }
  if (over.length) assert.fail(`over the ${CEILING_BYTES} B ceiling of JavaScript (gzip), biggest chunks first:\n${over.join('\n')}`);
});
