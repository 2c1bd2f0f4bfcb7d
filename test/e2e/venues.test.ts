import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { PHONE, PROJECTOR, newParticipant } from './browser.ts';
import { PATIENCE_MS, eventually } from './eventually.ts';
import { addProposal, endorse, joinAsGroup, proposalItem } from './scribe-page.ts';
import { SCREENSHOT_DIR, screenshotBothSizes } from './screenshots.ts';
import { createSession } from './start-page.ts';
import { scenarioRig, stepRunner } from './scenario.ts';

// Consensus across venues: venues typed by hand are one venue however they are spelled; the publish page
// and the projector's option say which venues back each proposal; the across-venues order stands beside
// the workshop's own, which stays as the rules give it.
const TEXT = {
  buses: 'Free buses on Sundays',
  trees: 'Plant shade trees along every school route',
} as const;

const rig = scenarioRig();
const { pageErrors } = rig;

const plain = async (locator: Locator): Promise<string> => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
/** Each item of a list as "rank text … venues", spaces collapsed. */
const items = async (list: Locator): Promise<string[]> => Promise.all((await list.getByRole('listitem').all()).map(plain));

test('consensus across venues: the publish page’s two orders and the projector’s venues', { timeout: 180_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const participant = async (name: string, viewport: { width: number; height: number }): Promise<Page> =>
    pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, viewport), name);

  const facilitator = await participant('facilitator', { width: 1280, height: 900 });
  const riverside = await participant('scribe Riverside', PHONE);
  const orchard = await participant('scribe Orchard', PHONE);
  const lighthouse = await participant('scribe Lighthouse', PHONE);
  const projector = await participant('projector', PROJECTOR);

  let viewLink = '';
  await step('three groups join from two venues, Paris typed two ways; each venue endorses', async () => {
    await facilitator.goto('/#/');
    const links = await createSession(facilitator, 'Two cities, one agenda');
    viewLink = links.viewLink;
    await joinAsGroup(riverside, links.scribeLink, 'Riverside', 'Paris');
    await joinAsGroup(orchard, links.scribeLink, 'Orchard', ' PARIS ');
    await joinAsGroup(lighthouse, links.scribeLink, 'Lighthouse', 'Dakar');
    await addProposal(riverside, TEXT.buses);
    await proposalItem(orchard, TEXT.buses).waitFor({ timeout: PATIENCE_MS });
    await endorse(orchard, TEXT.buses);
    await addProposal(lighthouse, TEXT.trees);
    await proposalItem(riverside, TEXT.trees).waitFor({ timeout: PATIENCE_MS });
    await endorse(riverside, TEXT.trees);
  });

  await step('the projector shows venues only when asked, and keeps the choice in its address', async () => {
    await projector.goto(viewLink);
    const toggle = projector.getByRole('button', { name: /^Show venues/ });
    await eventually('two endorsements each', () => items(projector.getByRole('list', { name: /^Proposals/ })), (rows) =>
      rows.length === 2 && rows.every((row) => row.includes('2 endorsements')),
    );
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'off by default');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(new URL(projector.url()).searchParams.get('venues'), '1');
    await projector.reload();
    const list = projector.getByRole('list', { name: /^Proposals/ });
    await eventually('each proposal with its venues', () => items(list), (rows) =>
      rows.length === 2 && rows[0]!.includes('Venues backing it: Paris') && rows[1]!.includes('Venues backing it: Paris · Dakar'),
    );
    // The workshop's order is untouched: equal counts, so the earlier admission leads (R6).
    assert.ok((await items(list))[0]!.startsWith(`1 ${TEXT.buses}`));
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await projector.screenshot({ path: join(SCREENSHOT_DIR, 'projector-venues-1920.png'), animations: 'disabled' });
  });

  await step('the publish page puts the across-venues order beside the workshop order', async () => {
    await facilitator.goto(viewLink);
    await facilitator.getByRole('link', { name: /^Publish/ }).click();
    const heading = facilitator.getByRole('heading', { name: /^Consensus across venues/ });
    await heading.waitFor({ timeout: PATIENCE_MS });
    await facilitator.getByText('Venues are compared ignoring case, spacing and Unicode form.').first().waitFor();
    const workshop = facilitator.getByRole('list', { name: /^Workshop order/ });
    const across = facilitator.getByRole('list', { name: /^Across venues/ });
    assert.deepEqual(await items(workshop), [
      `1 ${TEXT.buses} 2 endorsements Backed in 1 of 2 venues: Paris`,
      `2 ${TEXT.trees} 2 endorsements Backed in 2 of 2 venues: Paris · Dakar`,
    ]);
    assert.deepEqual(await items(across), [
      `1 ${TEXT.trees} 2 endorsements Backed in 2 of 2 venues: Paris · Dakar · Workshop rank: 2`,
      `2 ${TEXT.buses} 2 endorsements Backed in 1 of 2 venues: Paris · Workshop rank: 1`,
    ]);
    await heading.scrollIntoViewIfNeeded();
    await facilitator.evaluate(() => window.scrollBy(0, -16));
    await facilitator.screenshot({ path: join(SCREENSHOT_DIR, 'venues-publish-1280.png'), animations: 'disabled' });
    await screenshotBothSizes(facilitator, 'venues-publish');
  });

  await step('the downloaded Markdown carries the venues and the second order', async () => {
    const download = facilitator.waitForEvent('download');
    await facilitator.getByRole('button', { name: /^Download Markdown/ }).click();
    const path = await (await download).path();
    const markdown = await readFile(path, 'utf8');
    assert.match(markdown, /\nVenues: Paris, Dakar\n\n\*Venues are compared ignoring case, spacing and Unicode form\.\*\n/);
    assert.match(markdown, /## Across venues\n\n[^\n]+\n\n\| # \| Proposals \| Venues \|\n\| --- \| --- \| --- \|\n\| 1 \| Plant shade trees along every school route \| Backed in 2 of 2 venues: Paris, Dakar — Workshop rank: 2 \|\n/);
  });

  assert.deepEqual(pageErrors.seen, [], 'no participant page threw an uncaught error');
});
