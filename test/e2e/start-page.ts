import type { Page } from 'playwright-core';
import { eventually } from './eventually.ts';

export interface SessionLinks {
  scribeLink: string;
  viewLink: string;
  /** Issue 6: `#/f/<writeKey>/<secret>`, the facilitator's own link, for a second device. */
  facilitatorLink: string;
}

// Issue 6: scribe and view links carry the facilitator's actor id after the key, `<key>.<anchor>`.
const ID = '[A-Za-z0-9_-]{22}';
const END = '(?![A-Za-z0-9_.-])';
const SCRIBE_LINK = new RegExp(`https?://\\S+?#/s/${ID}\\.${ID}${END}`);
const VIEW_LINK = new RegExp(`https?://\\S+?#/v/${ID}\\.${ID}${END}`);
/** The secret is the key pair: `e.<d>.<x>` (Ed25519) or `p.<d>.<x>.<y>` (P-256), 43 characters each. */
const KEY_PART = '[A-Za-z0-9_-]{43}';
const FACILITATOR_LINK = new RegExp(`https?://\\S+?#/f/${ID}/(?:e\\.${KEY_PART}\\.${KEY_PART}|p\\.${KEY_PART}\\.${KEY_PART}\\.${KEY_PART})${END}`);

/** The facilitator's part: title the session, create it, and read the three links as shown on the page. */
export async function createSession(page: Page, title: string): Promise<SessionLinks> {
  await page.getByRole('textbox', { name: /^Session title/ }).fill(title);
  await page.getByRole('button', { name: /^Create session/ }).click();
  return shownLinks(page);
}

/**
 * "Start from several sessions": choose the earlier sessions' JSON exports, wait until every one reads as
 * verified, title the new session, start it, and read its links as createSession does.
 */
export async function startFromSeveralSessions(
  page: Page,
  title: string,
  exports: ReadonlyArray<{ name: string; json: string }>,
): Promise<SessionLinks> {
  await page.getByRole('button', { name: /^Start from several sessions/ }).click();
  const form = page.locator('cdw-convergence-form');
  const files = exports.map(({ name, json }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(json) }));
  await form.getByLabel(/^JSON exports/).setInputFiles(files);
  await eventually(
    `each of the ${exports.length} sources listed as verified`,
    () => form.locator('.source').allInnerTexts(),
    (lines) => lines.length === exports.length && lines.every((line) => /✓\s*Source verified/.test(line)),
  );
  await form.getByRole('textbox', { name: /^Session title/ }).fill(title);
  await form.getByRole('button', { name: /^Start$/ }).click();
  return shownLinks(page);
}

/** The three links of a session just created, the facilitator's opened from behind its disclosure. */
async function shownLinks(page: Page): Promise<SessionLinks> {
  // The facilitator link waits behind a disclosure, so a projected start page does not show it.
  await page.getByText('Show the facilitator link').click();
  const shown = await eventually(
    'the scribe link, the view link and the facilitator link shown in full (as text or read-only fields)',
    () => shownText(page),
    (text) => SCRIBE_LINK.test(text) && VIEW_LINK.test(text) && FACILITATOR_LINK.test(text),
  );
  return {
    scribeLink: shown.match(SCRIBE_LINK)![0],
    viewLink: shown.match(VIEW_LINK)![0],
    facilitatorLink: shown.match(FACILITATOR_LINK)![0],
  };
}

/** Visible text plus the values of text fields: a link counts as shown in full only if a person can read it. */
async function shownText(page: Page): Promise<string> {
  const texts = await page.getByText(/#\/[svf]\//).filter({ visible: true }).allInnerTexts();
  const fields = await page.getByRole('textbox').filter({ visible: true }).all();
  const values = await Promise.all(fields.map((field) => field.inputValue()));
  return [...texts, ...values].join('\n');
}
