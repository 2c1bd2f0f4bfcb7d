/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { waitUntilAppShellCached } from './app-shell.ts';
import { launchSystemChromium } from './browser.ts';
import { eventually } from './eventually.ts';
import { PageErrors } from './page-errors.ts';
import { startRelayUnderTest, type RelayUnderTest } from './relay-under-test.ts';

// Issue 5: a new version is picked up on the next load without breaking a page in use.
const VERSION_META = 'cdw-test-version';

let appDir: string | undefined;
let relay: RelayUnderTest | undefined;
let browser: Browser | undefined;
const pageErrors = new PageErrors();

before(async () => {
  // A copy of the build, so the test can deploy a "new version" without touching dist/.
  appDir = await mkdtemp(join(tmpdir(), 'cdw-app-'));
  await cp('dist', appDir, { recursive: true });
  relay = await startRelayUnderTest({ staticDir: appDir });
  browser = await launchSystemChromium();
});

after(async () => {
  await browser?.close();
  await relay?.close();
  if (appDir) await rm(appDir, { recursive: true, force: true });
});

/** A new index.html, and the service worker that precaches it, as a rebuild would produce them. */
async function deployVersion(dir: string, version: string): Promise<void> {
  const indexPath = join(dir, 'index.html');
  const marker = new RegExp(`<meta name="${VERSION_META}" content="[^"]*">`);
  const index = (await readFile(indexPath, 'utf8')).replace(marker, '').replace('<head>', `<head><meta name="${VERSION_META}" content="${version}">`);
  await writeFile(indexPath, index);
  const swPath = join(dir, 'sw.js');
  const sw = await readFile(swPath, 'utf8');
  const revision = createHash('md5').update(index).digest('hex');
  const updated = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+(")/, `$1${revision}$2`);
  assert.notEqual(updated, sw, "the test found index.html's precache entry in sw.js");
  await writeFile(swPath, updated);
}

/** The version a page runs: the marker of a deployed version, "1" for the original build. */
const runningVersion = (page: Page): Promise<string> =>
  page.evaluate((name) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '1', VERSION_META);

/**
 * Records in the page's session storage, which outlives a reload, when a reload is asked for and when the
 * worker changes. The app's own listener was added earlier and runs first, and `beforeunload` fires within
 * `location.reload()`, so once the change is recorded any reload the app wanted is recorded too.
 */
const watchReloadsAndWorkerChanges = (page: Page): Promise<void> =>
  page.evaluate(() => {
    addEventListener('beforeunload', () => sessionStorage.setItem('test-reload-asked', 'yes'));
    navigator.serviceWorker.addEventListener('controllerchange', () => sessionStorage.setItem('test-worker-changed', 'yes'));
  });
const recorded = (page: Page, key: string): Promise<boolean> => page.evaluate((k) => sessionStorage.getItem(k) === 'yes', key);

const registrationWaiting = (page: Page): Promise<boolean> =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null);
const checkForUpdate = (page: Page): Promise<void> =>
  page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())!.update()));

test('a new version waits for pages in use and arrives on their next load', { timeout: 180_000 }, async (t) => {
  const context = await browser!.newContext({ baseURL: relay!.url, locale: 'en-US' });
  const inUse = pageErrors.watch(await context.newPage(), 'page in use');
  const title = inUse.getByRole('textbox', { name: /^Session title/ });
  await inUse.goto('/#/');
  await waitUntilAppShellCached(inUse, 'the page in use');

  t.diagnostic('one tab: a version found while the page is in use waits, and its next load runs it');
  await title.pressSequentially('Typed while version 2 arrives');
  await deployVersion(appDir!, '2');
  await checkForUpdate(inUse);
  await eventually('version 2 to be installed and waiting', () => registrationWaiting(inUse), (waiting) => waiting);
  await inUse.reload();
  await eventually('the page to run version 2 after its next load', () => runningVersion(inUse), (version) => version === '2');

  t.diagnostic('two tabs: an idle tab takes version 3 at once; the tab in use keeps its text and is not reloaded');
  const idle = pageErrors.watch(await context.newPage(), 'idle page');
  await idle.goto('/#/');
  await waitUntilAppShellCached(idle, 'the idle page');
  await watchReloadsAndWorkerChanges(inUse);
  const typed = 'Typed while version 3 arrives';
  await title.pressSequentially(typed);
  await deployVersion(appDir!, '3');
  await checkForUpdate(inUse);
  await eventually('the new worker to control the page in use', () => recorded(inUse, 'test-worker-changed'), (changed) => changed);
  assert.equal(await recorded(inUse, 'test-reload-asked'), false, 'the page in use was not reloaded');
  assert.equal(await title.inputValue(), typed, 'the typed title is intact');
  assert.equal(await runningVersion(inUse), '2', 'the page in use keeps running the version it loaded');
  await eventually('the idle page to run version 3', () => runningVersion(idle), (version) => version === '3');
  await inUse.reload();
  await eventually('the page in use to run version 3 after its next load', () => runningVersion(inUse), (version) => version === '3');

  assert.deepEqual(pageErrors.seen, [], 'no page threw an uncaught error');
  await context.close();
});
