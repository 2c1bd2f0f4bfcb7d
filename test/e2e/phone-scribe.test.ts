import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { newParticipant } from './browser.ts';
import { PATIENCE_MS, eventually } from './eventually.ts';
import { addProposal, joinAsGroup, newProposalField, addProposalButton, proposalItem } from './scribe-page.ts';
import { SCREENSHOT_DIR } from './screenshots.ts';
import { createSession } from './start-page.ts';
import { scenarioRig, stepRunner } from './scenario.ts';

const TEXT = {
  library: 'Open the public library on Sundays',
  trees: 'Plant shade trees along every school route',
  fruitTrees: 'Shade every school route with fruit trees',
} as const;

const rig = scenarioRig();
const { pageErrors } = rig;

/** A person cannot scroll sideways to find a button: the page is never wider than the phone. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${where}: page ${scrollWidth}px wide in a ${innerWidth}px screen`);
}

test('a scribe on a 360×740 touch phone reaches every action without scrolling sideways', { timeout: 180_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const facilitator = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, { width: 1280, height: 800 }), 'facilitator');
  const context = await rig.browser.newContext({
    baseURL: rig.relay.url,
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    locale: 'en-US',
  });
  const phone = pageErrors.watch(await context.newPage(), 'phone scribe');

  let scribeLink = '';
  await step('another group adds a proposal from a laptop', async () => {
    await facilitator.goto('/#/');
    ({ scribeLink } = await createSession(facilitator, 'Our city, from a phone'));
    await joinAsGroup(facilitator, scribeLink, 'Lighthouse', 'Dakar');
    await addProposal(facilitator, TEXT.library);
  });

  await step('join by tapping', async () => {
    await phone.goto(scribeLink);
    await phone.getByRole('textbox', { name: /^Group name/ }).fill('Riverside');
    await phone.getByRole('textbox', { name: /^Venue/ }).fill('Paris');
    await expectNoSidewaysScroll(phone, 'the join form');
    await phone.getByRole('button', { name: /^Join/ }).tap();
    await newProposalField(phone).waitFor({ state: 'visible', timeout: PATIENCE_MS });
    await proposalItem(phone, TEXT.library).waitFor({ state: 'visible', timeout: PATIENCE_MS });
  });

  await step('add by tapping', async () => {
    await newProposalField(phone).fill(TEXT.trees);
    await addProposalButton(phone).tap();
    await proposalItem(phone, TEXT.trees).waitFor({ state: 'visible', timeout: PATIENCE_MS });
    await expectNoSidewaysScroll(phone, 'the scribe view');
  });

  await step("endorse the other group's proposal by tapping", async () => {
    await proposalItem(phone, TEXT.library).getByRole('button', { name: /^Endorse/ }).tap();
    await proposalItem(phone, TEXT.library).getByRole('button', { name: /^Withdraw endorsement/ }).waitFor({ timeout: PATIENCE_MS });
  });

  await step('edit by tapping', async () => {
    await proposalItem(phone, TEXT.trees).getByRole('button', { name: /^Edit/ }).tap();
    const field = phone.getByRole('textbox', { name: /^Edit proposal/ });
    await eventually('the "Edit proposal" field pre-filled', () => field.inputValue(), (value) => value === TEXT.trees);
    await expectNoSidewaysScroll(phone, 'the edit form');
    await field.fill(TEXT.fruitTrees);
    await phone.getByRole('button', { name: /^Save/ }).tap();
    await proposalItem(phone, TEXT.fruitTrees).waitFor({ state: 'visible', timeout: PATIENCE_MS });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.screenshot({ path: join(SCREENSHOT_DIR, 'phone-touch-scribe.png'), fullPage: true, animations: 'disabled' });
  });

  await step('open the history by tapping and read both revisions', async () => {
    await proposalItem(phone, TEXT.fruitTrees).getByRole('button', { name: /^History/ }).tap();
    for (const text of [TEXT.trees, TEXT.fruitTrees]) {
      await phone.getByText(text, { exact: true }).filter({ visible: true }).first().waitFor({ timeout: PATIENCE_MS });
    }
    await expectNoSidewaysScroll(phone, 'the history');
    await phone.screenshot({ path: join(SCREENSHOT_DIR, 'phone-touch-history.png'), animations: 'disabled' });
  });

  await context.close();
  assert.deepEqual(pageErrors.seen, [], 'no page threw an uncaught error');
});
