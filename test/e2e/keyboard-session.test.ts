import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { PROJECTOR, newParticipant } from './browser.ts';
import { PATIENCE_MS, eventually } from './eventually.ts';
import { addProposal, joinAsGroup, newProposalField, proposalItem } from './scribe-page.ts';
import { SCREENSHOT_DIR } from './screenshots.ts';
import { createSession } from './start-page.ts';
import { scenarioRig, stepRunner } from './scenario.ts';

// A scribe who uses no pointer at all: Tab, Shift+Tab, Enter, Space, typing and Ctrl+Enter, never a click.
const MINE = 'Light the riverside path at night';
const MINE_EDITED = 'Light the riverside path and the bridge at night';
const MINE_IN_SPANISH = 'Iluminar el camino del río y el puente de noche';
const THEIRS = 'Free buses on Sundays';
/** More presses than any page here has stops: reaching the limit means a trap or an unreachable control. */
const MOST_PRESSES = 80;

const rig = scenarioRig();
const { pageErrors } = rig;

/** The focused element, through shadow roots, described for a failure message. */
const focusedDescription = (page: Page): Promise<string> =>
  page.evaluate(() => {
    let at = document.activeElement;
    while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
    if (!at || at === document.body) return '(nothing)';
    const name = at.getAttribute('aria-label') ?? at.textContent?.trim().slice(0, 40) ?? '';
    return `${at.localName}${at.id ? `#${at.id}` : ''} "${name}"`;
  });

const hasFocus = (target: Locator): Promise<boolean> =>
  target.evaluate((element) => {
    let at = document.activeElement;
    while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
    return at === element;
  });

/** Presses Tab (or Shift+Tab) until `target` has focus; fails naming every stop on the way when it never does. */
async function tabTo(page: Page, target: Locator, what: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  await target.waitFor({ state: 'visible', timeout: PATIENCE_MS });
  const stops: string[] = [];
  for (let press = 0; press <= MOST_PRESSES; press++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(key);
    stops.push(await focusedDescription(page));
  }
  assert.fail(`${what} is not reachable with ${key}; focus went: ${stops.join(' → ')}`);
}

/** Tab leaves no mouse behind: a click anywhere in this test fails it. */
async function forbidClicks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    addEventListener('mousedown', (event) => event.isTrusted && ((window as { __clicked?: boolean }).__clicked = true), true);
  });
}
const clicked = (page: Page): Promise<boolean> => page.evaluate(() => Boolean((window as { __clicked?: boolean }).__clicked));

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

/** The projector's live region (role status: polite; visually hidden), and what it says to a screen reader. */
const liveRegion = (projector: Page): Locator => projector.locator('cdw-projector-view cdw-change-announcer[role="status"]');
const announced = (projector: Page): Promise<string> =>
  liveRegion(projector).evaluate((region) => (region.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());

test('join, add, endorse, edit, translate and publish with the keyboard alone', { timeout: 240_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const facilitator = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, { width: 1280, height: 800 }), 'facilitator');
  const other = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, { width: 1280, height: 800 }), 'other scribe');
  const scribe = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, { width: 1280, height: 800 }), 'keyboard scribe');
  const projector = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, PROJECTOR), 'keyboard projector');
  await forbidClicks(scribe);
  await forbidClicks(projector);

  let scribeLink = '';
  let viewLink = '';
  await step('the facilitator creates the session (not part of the keyboard test)', async () => {
    await facilitator.goto('/#/');
    ({ scribeLink, viewLink } = await createSession(facilitator, 'Streets at night'));
  });

  await step('the projector opens, before anything changes', async () => {
    await projector.goto(viewLink);
    await projector.getByRole('heading', { name: 'Streets at night' }).waitFor({ timeout: PATIENCE_MS });
  });

  await step('join: Tab to the name and the venue, type, Tab to Join, Enter', async () => {
    await scribe.goto(scribeLink);
    await tabTo(scribe, scribe.getByRole('textbox', { name: /^Group name/ }), '"Group name"');
    await scribe.keyboard.type('Riverside');
    await tabTo(scribe, scribe.getByRole('textbox', { name: /^Venue/ }), '"Venue"');
    await scribe.keyboard.type('Paris');
    await tabTo(scribe, scribe.getByRole('button', { name: /^Join/ }), '"Join"');
    await scribe.keyboard.press('Enter');
    await newProposalField(scribe).waitFor({ state: 'visible', timeout: PATIENCE_MS });
  });

  await step('add: Tab to "New proposal", type, Ctrl+Enter', async () => {
    await tabTo(scribe, newProposalField(scribe), '"New proposal"');
    await scribe.keyboard.type(MINE);
    await scribe.keyboard.press('Control+Enter');
    await proposalItem(scribe, MINE).waitFor({ state: 'visible', timeout: PATIENCE_MS });
    // Another group adds one after it: second place, until the keyboard scribe endorses it.
    await joinAsGroup(other, scribeLink, 'Lighthouse', 'Dakar');
    await addProposal(other, THEIRS);
    await proposalItem(scribe, THEIRS).waitFor({ state: 'visible', timeout: PATIENCE_MS });
    // Heard before the endorsement, or the two would be said at once, as where it ended up.
    await eventually('the projector to announce the new proposal', () => announced(projector), (text) =>
      text === `${THEIRS}: new proposal, in place 2, 1 endorsement.`,
    );
  });

  await step('endorse: Tab to "Endorse" on the other group’s proposal, Space; the projector announces it', async () => {
    const item = proposalItem(scribe, THEIRS);
    await tabTo(scribe, item.getByRole('button', { name: /^Endorse/ }), `"Endorse" on "${THEIRS}"`);
    await scribe.keyboard.press('Space');
    await item.getByRole('button', { name: /^Withdraw endorsement/ }).waitFor({ state: 'visible', timeout: PATIENCE_MS });
    // At most once every five seconds: the add was announced just before, so this one waits its turn.
    await eventually('the projector to announce the move', () => announced(projector), (text) =>
      text.startsWith(`${THEIRS} moved to first place, 2 endorsements.`),
    );
  });

  await step('edit: Shift+Tab back to "Edit" on its own proposal, Enter, replace the text, Ctrl+Enter', async () => {
    await tabTo(scribe, proposalItem(scribe, MINE).getByRole('button', { name: /^Edit/ }), `"Edit" on "${MINE}"`, 'Shift+Tab');
    await scribe.keyboard.press('Enter');
    const field = scribe.getByRole('textbox', { name: /^Edit proposal/ });
    await eventually('the edit field to have focus', () => hasFocus(field), Boolean);
    await scribe.keyboard.press('Control+A');
    await scribe.keyboard.type(MINE_EDITED);
    await scribe.keyboard.press('Control+Enter');
    await proposalItem(scribe, MINE_EDITED).waitFor({ state: 'visible', timeout: PATIENCE_MS });
  });

  await step('translate: Tab to "Translate", Enter, pick Spanish by typing, Tab to the field, type, Ctrl+Enter', async () => {
    const item = proposalItem(scribe, MINE_EDITED);
    await tabTo(scribe, item.getByRole('button', { name: /^Translate/ }), `"Translate" on "${MINE_EDITED}"`);
    await scribe.keyboard.press('Enter');
    const language = scribe.getByRole('combobox', { name: /^Translate into/ });
    await tabTo(scribe, language, '"Translate into"', 'Shift+Tab');
    await scribe.keyboard.type('Español');
    const field = scribe.getByRole('textbox', { name: /^Translation \(Spanish\)/ });
    await tabTo(scribe, field, '"Translation (Spanish)"');
    await scribe.keyboard.type(MINE_IN_SPANISH);
    await scribe.keyboard.press('Control+Enter');
    await field.waitFor({ state: 'detached', timeout: PATIENCE_MS });
    assert.ok(await hasFocus(item.getByRole('button', { name: /^Translate/ })), 'focus returns to "Translate"');
    assert.equal(await clicked(scribe), false, 'the scribe page saw no click');
  });

  await step('the projector: Tab to "Publish" (focus visible), Enter; Tab to "Download JSON", Enter', async () => {
    const publish = projector.getByRole('link', { name: /^Publish$/ });
    await tabTo(projector, publish, '"Publish" on the projector');
    await screenshot(projector, 'projector-keyboard-focus-1920');
    // What the live region said last, shown for a person looking at the screenshot; a screen reader hears it.
    await liveRegion(projector).evaluate((region: HTMLElement) =>
      Object.assign(region.style, {
        position: 'fixed', insetInlineStart: '2rem', bottom: '2rem', width: 'auto', height: 'auto', clipPath: 'none',
        padding: '1rem 1.5rem', background: '#fff', color: '#111', font: '600 1.6rem system-ui', outline: '4px dashed #f5c518', zIndex: '10',
      }),
    );
    await screenshot(projector, 'projector-announcement-1920');
    await liveRegion(projector).evaluate((region: HTMLElement) => region.removeAttribute('style'));
    await projector.keyboard.press('Enter');
    await projector.getByRole('heading', { name: /^Publish the result/ }).waitFor({ timeout: PATIENCE_MS });
    const download = projector.waitForEvent('download');
    await tabTo(projector, projector.getByRole('button', { name: /^Download JSON/ }), '"Download JSON"');
    await projector.keyboard.press('Enter');
    assert.match((await download).suggestedFilename(), /\.json$/);
    assert.equal(await clicked(projector), false, 'the projector and publish pages saw no click');
  });

  assert.deepEqual(pageErrors.seen, [], 'no page threw an uncaught error');
});
