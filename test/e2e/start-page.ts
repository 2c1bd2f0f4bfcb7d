import type { Page } from 'playwright-core';
import { eventually } from './eventually.ts';

export interface SessionLinks {
  scribeLink: string;
  viewLink: string;
}

const SCRIBE_LINK = /https?:\/\/\S+?#\/s\/[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])/;
const VIEW_LINK = /https?:\/\/\S+?#\/v\/[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])/;

/** The facilitator's part: title the session, create it, and read both links as shown on the page. */
export async function createSession(page: Page, title: string): Promise<SessionLinks> {
  await page.getByRole('textbox', { name: /^Session title/ }).fill(title);
  await page.getByRole('button', { name: /^Create session/ }).click();
  const shown = await eventually(
    'the scribe link and the view link shown in full (as text or read-only fields)',
    () => shownText(page),
    (text) => SCRIBE_LINK.test(text) && VIEW_LINK.test(text),
  );
  return { scribeLink: shown.match(SCRIBE_LINK)![0], viewLink: shown.match(VIEW_LINK)![0] };
}

/** Visible text plus the values of text fields: a link counts as shown in full only if a person can read it. */
async function shownText(page: Page): Promise<string> {
  const texts = await page.getByText(/#\/[sv]\//).filter({ visible: true }).allInnerTexts();
  const fields = await page.getByRole('textbox').filter({ visible: true }).all();
  const values = await Promise.all(fields.map((field) => field.inputValue()));
  return [...texts, ...values].join('\n');
}
