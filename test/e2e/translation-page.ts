import type { Browser, Locator, Page } from 'playwright-core';
import { PATIENCE_MS, eventually } from './eventually.ts';

// Issue 8. Names follow DESIGN.md §6: each begins with the given words, so every match is anchored at the start.

/** A participant whose browser speaks `locale` (e.g. es-MX): the page picks its interface language from it. */
export async function participantSpeaking(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number },
  locale: string,
): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale });
  return context.newPage();
}

/** The view link with `?show=` before its hash: what a venue bookmarks for its projector. */
export function projectorLink(viewLink: string, show: string): string {
  const url = new URL(viewLink);
  url.searchParams.set('show', show);
  return url.href.replace('%2C', ',');
}

/** The list "Proposals", named in the page's language (these tests use English and Spanish pages). */
export const anyProposalsList = (page: Page): Locator => page.getByRole('list', { name: /^(Proposals|Propuestas)/ });

/** The one projected proposal whose text (in any shown language) contains `text`. */
export const projectedItem = (page: Page, text: string): Locator =>
  anyProposalsList(page).getByRole('listitem').filter({ hasText: text });

/** What an item shows in its languages: each paragraph that declares a language, marks included. */
export async function shownTexts(item: Locator): Promise<string[]> {
  return (await item.locator('p[lang]').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Waits until the projected item holding `text` shows exactly `expected`, column by column. */
export function expectShown(page: Page, text: string, expected: readonly string[], what: string): Promise<string[]> {
  return eventually(`${what}: the item holding "${text}" to show ${JSON.stringify(expected)}`, () => shownTexts(projectedItem(page, text)), (shown) =>
    shown.length === expected.length && shown.every((s, i) => s === expected[i]),
  );
}

/** "Translate: <text>" on a scribe's proposal opens the form; the field is named "Translation (<language>)". */
export async function translateFromProposal(page: Page, item: Locator, language: string, translation: string): Promise<void> {
  await item.getByRole('button', { name: /^Translate/ }).click();
  const field = page.getByRole('textbox', { name: new RegExp(`^Translation \\(${language}\\)`) });
  await field.waitFor({ state: 'visible', timeout: PATIENCE_MS });
  await field.fill(translation);
  await page.getByRole('button', { name: /^Save translation/ }).click();
  await field.waitFor({ state: 'detached', timeout: PATIENCE_MS });
}
