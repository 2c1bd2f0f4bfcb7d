import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { PROJECTOR } from './browser.ts';
import { PATIENCE_MS, eventually } from './eventually.ts';
import { addProposal, joinAsGroup } from './scribe-page.ts';
import { SCREENSHOT_DIR } from './screenshots.ts';
import { createSession } from './start-page.ts';
import { participantSpeaking } from './translation-page.ts';
import { scenarioRig, stepRunner } from './scenario.ts';

// Arabic, right to left: a session that works in it, a scribe and a projector whose pages speak it, mixed texts.
const TEXT = {
  arabic: 'مياه شرب مجانية في كل مدرسة، بتمويل من UNICEF وبلدية Ramallah بحلول 2030',
  english: 'Open assemblies every month, in Paris and in رام الله',
  latinInArabic: 'حافلات كهربائية على الخط 12 بين Bethlehem والقدس',
} as const;
/** A phone as most scribes hold it; the projector at full HD. */
const PHONE_390 = { width: 390, height: 844 } as const;

const rig = scenarioRig();
const { pageErrors } = rig;

/** One screen as it is (the phone's whole page), kept with the test's artifacts: docs/screenshots picks from them. */
async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', fullPage });
}

const pageDirection = (page: Page): Promise<string[]> =>
  page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

/** The page has picked Arabic from the browser's languages, and runs right to left. */
const rightToLeft = (page: Page): Promise<string[]> =>
  eventually('the page in Arabic, right to left', () => pageDirection(page), ([lang, dir]) => lang === 'ar' && dir === 'rtl');

/** Each shown text of an item, with the language and direction it declares. */
const declaredTexts = (item: Locator): Promise<string[][]> =>
  item.locator('[dir=auto]').evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('lang') ?? '', n.getAttribute('dir') ?? '', n.textContent!.trim()]));

test('Arabic: a session working in it, a scribe and a projector laid out right to left, mixed Arabic and Latin texts', { timeout: 180_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const participant = async (name: string, viewport: { width: number; height: number }, locale: string): Promise<Page> =>
    pageErrors.watch(await participantSpeaking(rig.browser, rig.relay.url, viewport, locale), name);
  const facilitator = await participant('facilitator', { width: 1280, height: 800 }, 'en-US');
  const ramallah = await participant('scribe in Ramallah (Arabic)', PHONE_390, 'ar-PS');
  const paris = await participant('scribe in Paris (English)', { width: 1280, height: 800 }, 'en-US');
  const projector = await participant('projector in Ramallah (Arabic)', PROJECTOR, 'ar-PS');

  let scribeLink = '';
  let viewLink = '';
  await step('the facilitator creates a session with Arabic among its working languages', async () => {
    await facilitator.goto('/#/');
    await facilitator.getByRole('checkbox', { name: 'العربية' }).check();
    ({ scribeLink, viewLink } = await createSession(facilitator, 'Water and transport — المياه والنقل'));
  });

  await step('the Ramallah scribe’s page speaks Arabic, right to left, and writes in Arabic by default', async () => {
    await ramallah.goto(scribeLink);
    await rightToLeft(ramallah);
    await ramallah.getByRole('textbox', { name: /^اسم المجموعة/ }).fill('طاولة الشباب');
    await ramallah.getByRole('textbox', { name: /^المكان/ }).fill('رام الله');
    await ramallah.getByRole('button', { name: /^انضمّ/ }).click();
    const field = ramallah.getByRole('textbox', { name: /^مقترح جديد/ });
    await field.waitFor({ timeout: PATIENCE_MS });
    assert.equal(await ramallah.getByRole('combobox', { name: /^مكتوب بـ/ }).inputValue(), 'ar', 'the add form says Arabic by default');
    for (const text of [TEXT.arabic, TEXT.latinInArabic]) {
      await field.fill(text);
      await ramallah.getByRole('button', { name: /^أضف المقترح/ }).click();
      await ramallah.getByRole('list', { name: /^المقترحات/ }).getByRole('listitem').filter({ hasText: text }).waitFor({ timeout: PATIENCE_MS });
    }
  });

  await step('a Paris scribe adds an English proposal naming an Arabic city, and endorses the Arabic one', async () => {
    await joinAsGroup(paris, scribeLink, 'Table 2', 'Paris');
    await addProposal(paris, TEXT.english);
    const arabicItem = paris.getByRole('list', { name: /^Proposals/ }).getByRole('listitem').filter({ hasText: TEXT.arabic });
    await arabicItem.getByRole('button', { name: /^Endorse/ }).click();
    await arabicItem.getByRole('button', { name: /^Withdraw endorsement/ }).waitFor({ timeout: PATIENCE_MS });
  });

  await step('each text keeps its own language and dir="auto" on the Arabic scribe’s phone', async () => {
    const list = ramallah.getByRole('list', { name: /^المقترحات/ });
    const item = (text: string) => list.getByRole('listitem').filter({ hasText: text });
    await item(TEXT.english).waitFor({ timeout: PATIENCE_MS });
    await item(TEXT.arabic).getByText(/^تأييدان/).first().waitFor({ timeout: PATIENCE_MS });
    assert.deepEqual((await declaredTexts(item(TEXT.arabic)))[0], ['ar', 'auto', TEXT.arabic]);
    assert.deepEqual((await declaredTexts(item(TEXT.english)))[0], ['en', 'auto', TEXT.english]);
    await screenshot(ramallah, 'arabic-scribe-phone', true);
  });

  await step('the Ramallah projector shows the same, right to left, the language switch in its own names', async () => {
    await projector.goto(viewLink);
    await rightToLeft(projector);
    const list = projector.getByRole('list', { name: /^المقترحات/ });
    for (const text of Object.values(TEXT)) await list.getByRole('listitem').filter({ hasText: text }).waitFor({ timeout: PATIENCE_MS });
    const options = await projector.getByRole('combobox', { name: /^اللغة/ }).locator('option').allInnerTexts();
    assert.ok(options.includes('العربية') && options.includes('English'), `languages offered: ${options.join(', ')}`);
    await screenshot(projector, 'arabic-projector-1920');
  });

  await step('switching the scribe’s page to English lays it out left to right again', async () => {
    await ramallah.getByRole('combobox', { name: /^اللغة/ }).selectOption('en');
    await eventually('the page in English, left to right', () => pageDirection(ramallah), ([lang, dir]) => lang === 'en' && dir === 'ltr');
    await ramallah.getByRole('list', { name: /^Proposals/ }).waitFor({ timeout: PATIENCE_MS });
  });

  assert.deepEqual(pageErrors.seen, [], 'no participant page threw an uncaught error');
});
