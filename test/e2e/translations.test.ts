import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PHONE, PROJECTOR } from './browser.ts';
import { PATIENCE_MS, eventually } from './eventually.ts';
import { addProposal, joinAsGroup, proposalItem, proposalsList } from './scribe-page.ts';
import { SCREENSHOT_DIR } from './screenshots.ts';
import { createSession } from './start-page.ts';
import { anyProposalsList, expectShown, participantSpeaking, projectedItem, projectorLink } from './translation-page.ts';
import { scenarioRig, stepRunner } from './scenario.ts';

// Issue 8: a Spanish scribe, a volunteer translating into English, and projectors that each pick their languages.
const TEXT = {
  spanish: 'Agua potable gratuita en cada escuela',
  spanishEdited: 'Agua potable gratuita y fuentes en cada escuela y cada parque',
  english: 'Free drinking water in every school',
  englishEdited: 'Free drinking water and fountains in every school and every park',
  englishOriginal: 'Light the riverside path at night',
} as const;
const OUTDATED = 'outdated';
/** The Mexico City projector's page speaks Spanish, and so do its marks. */
const OUTDATED_ES = 'desactualizada';
// The visible tag, then what a screen reader hears.
const FROM_SPANISH = 'ES (original in Spanish)';

const rig = scenarioRig();
const { pageErrors } = rig;

/** One screen as it is, at its own size, for a person to look at. */
async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
}

test('a Spanish proposal, an English translation, and projectors in their own languages', { timeout: 180_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const participant = async (name: string, viewport: { width: number; height: number }, locale: string): Promise<Page> =>
    pageErrors.watch(await participantSpeaking(rig.browser, rig.relay.url, viewport, locale), name);

  const facilitator = await participant('facilitator', { width: 1280, height: 800 }, 'en-US');
  const mexico = await participant('scribe Mesa 1 (Spanish)', { width: 1280, height: 800 }, 'es-MX');
  const volunteer = await participant('volunteer (English)', { width: 1280, height: 800 }, 'en-US');
  const english = await participant('projector in Detroit (English)', PROJECTOR, 'en-US');
  const both = await participant('projector in Mexico City (Spanish and English)', PROJECTOR, 'es-MX');

  let scribeLink = '';
  let viewLink = '';
  await step('the facilitator creates a session', async () => {
    await facilitator.goto('/#/');
    ({ scribeLink, viewLink } = await createSession(facilitator, 'Agua y ciudad'));
  });

  await step('a scribe whose page speaks Spanish adds a proposal, recorded as written in Spanish', async () => {
    await mexico.goto(scribeLink);
    await mexico.getByRole('textbox', { name: /^Nombre del grupo/ }).fill('Mesa 1');
    await mexico.getByRole('textbox', { name: /^Lugar/ }).fill('CDMX');
    await mexico.getByRole('button', { name: /^Unirse/ }).click();
    const field = mexico.getByRole('textbox', { name: /^Nueva propuesta/ });
    await field.waitFor({ timeout: PATIENCE_MS });
    assert.equal(await mexico.getByRole('combobox', { name: /^Escrita en/ }).inputValue(), 'es', 'the add form says Spanish by default');
    await field.fill(TEXT.spanish);
    await mexico.getByRole('button', { name: /^Añadir propuesta/ }).click();
    await mexico.getByRole('list', { name: /^Propuestas/ }).getByRole('listitem').filter({ hasText: TEXT.spanish }).waitFor({ timeout: PATIENCE_MS });
  });

  await step('a volunteer of another group joins and adds an English proposal', async () => {
    await joinAsGroup(volunteer, scribeLink, 'Translators', 'Detroit');
    await addProposal(volunteer, TEXT.englishOriginal);
  });

  await step('the English projector shows the Spanish original, tagged, until someone translates it', async () => {
    await english.goto(projectorLink(viewLink, 'en'));
    await expectShown(english, TEXT.spanish, [`${TEXT.spanish} ${FROM_SPANISH}`], 'English projector before translation');
    await expectShown(english, TEXT.englishOriginal, [TEXT.englishOriginal], 'English projector, English original');
    await screenshot(english, 'translations-projector-original-tagged');
  });

  await step('the volunteer finds it under "Needs translation" and translates it into English with one click', async () => {
    await volunteer.getByRole('link', { name: /^Needs translation/ }).click();
    await volunteer.getByRole('heading', { name: /^Needs translation/, level: 1 }).waitFor({ timeout: PATIENCE_MS });
    await volunteer.getByRole('button', { name: new RegExp(`^Translate into English: ${TEXT.spanish}`) }).click();
    const field = volunteer.getByRole('textbox', { name: /^Translation \(English\)/ });
    assert.equal(await field.inputValue(), '', 'nothing to prefill yet');
    await screenshot(volunteer, 'translations-needs');
    await field.fill(TEXT.english);
    await volunteer.getByRole('button', { name: /^Save translation/ }).click();
    await eventually(
      'the English section to have nothing left to translate',
      () => volunteer.getByRole('heading', { name: /^English/, level: 2 }).innerText(),
      (text) => /0 to translate/.test(text),
    );
    await volunteer.getByRole('link', { name: /^Back to proposals/ }).click();
    await proposalsList(volunteer).waitFor({ timeout: PATIENCE_MS });
  });

  await step('the English projector shows the translation', async () => {
    await expectShown(english, TEXT.english, [TEXT.english], 'English projector after translation');
    await screenshot(english, 'translations-projector-one-language');
  });

  await step('a venue picks Spanish with English beside it in its projector panel, and the choice is in its address', async () => {
    await both.goto(viewLink);
    await anyProposalsList(both).waitFor({ timeout: PATIENCE_MS });
    // This page speaks Spanish: so do its controls.
    await both.getByRole('combobox', { name: /^Idioma proyectado/ }).selectOption('es');
    await both.getByRole('combobox', { name: /^Al lado, en/ }).selectOption('en');
    await eventually('the address to hold ?show=es,en', async () => new URL(both.url()).search, (search) => search.includes('show=es,en'));
    await both.reload();
    await expectShown(both, TEXT.spanish, [TEXT.spanish, TEXT.english], 'two-language projector');
    await expectShown(both, TEXT.englishOriginal, [TEXT.englishOriginal], 'two-language projector, no Spanish yet');
    assert.equal(await both.getByText(/^aún sin traducir$/).count(), 1, 'the missing Spanish column says so');
  });

  await step('the Spanish scribe edits the proposal: every projector marks the English translation outdated', async () => {
    const item = mexico.getByRole('list', { name: /^Propuestas/ }).getByRole('listitem').filter({ hasText: TEXT.spanish });
    await item.getByRole('button', { name: /^Editar/ }).click();
    const field = mexico.getByRole('textbox', { name: /^Editar propuesta/ });
    await field.fill(TEXT.spanishEdited);
    await mexico.getByRole('button', { name: /^Guardar/ }).click();
    await expectShown(english, TEXT.english, [`${TEXT.english} ${OUTDATED}`], 'English projector after the edit');
    await expectShown(both, TEXT.spanishEdited, [TEXT.spanishEdited, `${TEXT.english} ${OUTDATED_ES}`], 'two-language projector after the edit');
    await screenshot(both, 'translations-projector-two-languages');
  });

  await step('on a phone, the volunteer sees the translation outdated and corrects it from the proposal', async () => {
    await volunteer.setViewportSize(PHONE);
    const item = proposalItem(volunteer, TEXT.spanishEdited);
    await item.getByText(/1 translation · 1 outdated/).click();
    await item.getByText(/outdated — the proposal changed since/).waitFor({ timeout: PATIENCE_MS });
    await item.getByRole('button', { name: /^Translate/ }).click();
    const field = volunteer.getByRole('textbox', { name: /^Translation \(English\)/ });
    await eventually('the field prefilled with the outdated translation', () => field.inputValue(), (value) => value === TEXT.english);
    await field.fill(TEXT.englishEdited);
    await field.scrollIntoViewIfNeeded();
    await screenshot(volunteer, 'translations-scribe-translating-phone');
    await volunteer.getByRole('button', { name: /^Save translation/ }).click();
    await field.waitFor({ state: 'detached', timeout: PATIENCE_MS });
    await expectShown(english, TEXT.englishEdited, [TEXT.englishEdited], 'English projector after the correction');
    await expectShown(both, TEXT.spanishEdited, [TEXT.spanishEdited, TEXT.englishEdited], 'two-language projector after the correction');
  });

  await step('the translation keeps its own history, inside the proposal’s history', async () => {
    await proposalItem(volunteer, TEXT.spanishEdited).getByRole('button', { name: /^History/ }).click();
    const translations = volunteer.getByRole('region', { name: /^Translations/ });
    await translations.getByText(TEXT.englishEdited).waitFor({ timeout: PATIENCE_MS });
    assert.equal(await translations.getByRole('listitem').count(), 2, 'both English translations are kept');
    const first = translations.getByRole('listitem').first();
    assert.match(await first.innerText(), /^Replaced by a later translation/);
    await first.getByText('Translators').waitFor({ timeout: PATIENCE_MS });
  });

  await step('the Spanish scribe translates the English proposal from the proposal itself', async () => {
    const item = mexico.getByRole('list', { name: /^Propuestas/ }).getByRole('listitem').filter({ hasText: TEXT.englishOriginal });
    await item.getByRole('button', { name: /^Traducir/ }).click();
    const field = mexico.getByRole('textbox', { name: /^Traducción \(español\)/ });
    await field.fill('Iluminar el camino del río por la noche');
    await mexico.getByRole('button', { name: /^Guardar traducción/ }).click();
    await expectShown(both, TEXT.englishOriginal, ['Iluminar el camino del río por la noche', TEXT.englishOriginal], 'two-language projector');
  });

  assert.deepEqual(pageErrors.seen, [], 'no participant page threw an uncaught error');
  await projectedItem(english, TEXT.englishOriginal).waitFor({ timeout: PATIENCE_MS });
});
