/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { waitUntilAppShellCached } from './app-shell.ts';
import { PHONE, PROJECTOR, newParticipant } from './browser.ts';
import { PATIENCE_MS, eventually } from './eventually.ts';
import { SCREENSHOT_DIR, screenshotBothSizes } from './screenshots.ts';
import { seedSession, type SessionScript } from './seeded-session.ts';
import { scenarioRig, stepRunner } from './scenario.ts';

// A real session's JSON export, downloaded from the publishing page, verified on the app's own page; then tampered.
const SESSION: SessionScript = {
  title: 'Paris–Dakar: our streets',
  groups: [
    { name: 'Table 1', venue: 'Paris' },
    { name: 'Médina', venue: 'Dakar' },
    { name: 'Table 2', venue: 'Paris' },
  ],
  proposals: [
    { author: 0, text: 'Free buses on Sundays for everyone', endorsers: [1, 2] },
    { author: 1, text: 'Shade trees along every school route', endorsers: [0] },
    { author: 2, text: 'Open the public library in the evening', endorsers: [] },
  ],
};

const rig = scenarioRig();
const { rawClients, pageErrors } = rig;

/** Chooses `json` as the export, keeps the view link the page filled in, and waits for the verdict. */
async function verify(page: Page, json: string): Promise<string> {
  await page.getByLabel(/^JSON export file/).setInputFiles({ name: 'streets.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.getByRole('button', { name: /^Verify$/ }).click();
  const verdict = page.locator('cdw-verify-report .verdict');
  await verdict.waitFor({ timeout: PATIENCE_MS });
  await eventually('the verdict to have the focus', () => verdict.evaluate((el) => el.matches(':focus')), (focused) => focused);
  return verdict.innerText();
}

test('a published result verifies on the app’s own page, offline too; a tampered count is reported where it is', { timeout: 180_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const session = await seedSession(rig.relay.syncUrl, SESSION, rawClients);
  const page = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, { width: 1280, height: 900 }), 'verifier');

  let json = '';
  await step('the publishing page’s JSON download holds every record', async () => {
    await page.goto(`/${session.viewHash}/publish`);
    const download = page.getByRole('button', { name: /^Download JSON/ });
    await eventually('the document to arrive', () => download.isEnabled(), (enabled) => enabled);
    await eventually('every record to arrive', async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      json = await readFile((await file.path())!, 'utf8');
      return JSON.parse(json).records.length;
    }, (count) => count === session.records.length);
  });

  await step('"Verify a result" beside the exports opens the page with the session’s view link filled in', async () => {
    await page.getByRole('link', { name: /^Verify a result/ }).click();
    await page.getByRole('heading', { name: /^Verify a result/ }).waitFor({ timeout: PATIENCE_MS });
    const link = await page.getByLabel(/^View link of the session/).inputValue();
    assert.equal(link, `${rig.relay.url}/${session.viewHash}`);
  });

  await step('the honest export is verified against the view link, with its groups and venues', async () => {
    assert.match(await verify(page, json), /Verified: the result in this file is what its authentic records give\./);
    const report = await page.locator('cdw-verify-report section').innerText();
    assert.match(report, /The session record is signed by the facilitator the link names\./);
    assert.match(report, new RegExp(`${session.records.length} records in the file, ${session.records.length} authentic\\.`));
    assert.match(report, /Paris\t2\t/, 'Paris: two groups');
    assert.match(report, /No record was ignored\./);
    await screenshotBothSizes(page, 'verify-verified');
  });

  await step('the same file with one count raised: not verified, saying which proposal and field', async () => {
    const data = JSON.parse(json);
    const counted = data.proposals[0].endorsements;
    data.proposals[0].endorsements = counted + 5;
    assert.match(await verify(page, JSON.stringify(data, null, 2)), /^✗\s*Not verified/);
    const finding = await page.locator('cdw-verify-report ol.findings li').first().innerText();
    assert.match(finding, new RegExp(`^The proposal ranked 1 \\S+, field endorsements\\s+In the file\\s+${counted + 5}\\s+From the records\\s+${counted}$`));
    await screenshotBothSizes(page, 'verify-tampered');
    // The whole report, and on a phone the finding itself, for the README.
    await page.setViewportSize(PROJECTOR);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'verify-tampered-report-1920.png'), fullPage: true, animations: 'disabled' });
    await page.setViewportSize(PHONE);
    await page.locator('cdw-verify-report #differences-intro').evaluate((intro) => intro.scrollIntoView());
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'verify-tampered-finding-phone.png'), animations: 'disabled' });
  });

  await step('with the network off, the page still opens from the app shell and still verifies', async () => {
    const offline = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, PHONE), 'offline verifier');
    await offline.goto('/#/');
    await waitUntilAppShellCached(offline, 'offline verifier');
    await offline.context().setOffline(true);
    await offline.goto('/#/verify');
    // A real load, not a change of hash: the document and the page's lazy chunk come from the service worker.
    const reloaded = await offline.reload();
    assert.equal(reloaded?.fromServiceWorker(), true, 'the page came from the app shell');
    await offline.getByRole('heading', { name: /^Verify a result/ }).waitFor({ timeout: PATIENCE_MS });
    assert.match(await verify(offline, json), /Verified/);
    assert.match(await offline.locator('cdw-verify-report section').innerText(), /checked against itself only \(self-consistency\)/);
    await offline.context().close();
  });

  assert.deepEqual(pageErrors.seen, [], 'no page threw an uncaught error');
});
