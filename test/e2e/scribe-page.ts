import type { Locator, Page } from 'playwright-core';
import { PATIENCE_MS, eventually } from './eventually.ts';

// Names follow DESIGN.md §6: a name begins with the given words, so every match is anchored at the start.
export const proposalsList = (page: Page): Locator => page.getByRole('list', { name: /^Proposals/ });
export const newProposalField = (page: Page): Locator => page.getByRole('textbox', { name: /^New proposal/ });
export const addProposalButton = (page: Page): Locator => page.getByRole('button', { name: /^Add proposal/ });
export const anyConnectionStatus = (page: Page): Locator =>
  page.getByRole('status').filter({ hasText: /^\s*(Online|Offline|Syncing)/ });

/** The scribe's list item holding `text` (texts in these tests are unique and never part of another). */
export const proposalItem = (page: Page, text: string): Locator =>
  proposalsList(page).getByRole('listitem').filter({ hasText: text });

const endorseButton = (item: Locator): Locator => item.getByRole('button', { name: /^Endorse/ });
const withdrawButton = (item: Locator): Locator => item.getByRole('button', { name: /^Withdraw endorsement/ });

export async function joinAsGroup(page: Page, scribeLink: string, name: string, venue: string): Promise<void> {
  await page.goto(scribeLink);
  await page.getByRole('textbox', { name: /^Group name/ }).fill(name);
  await page.getByRole('textbox', { name: /^Venue/ }).fill(venue);
  await page.getByRole('button', { name: /^Join/ }).click();
  await newProposalField(page).waitFor({ state: 'visible', timeout: PATIENCE_MS });
}

export async function addProposal(page: Page, text: string): Promise<void> {
  await newProposalField(page).fill(text);
  await addProposalButton(page).click();
  await proposalItem(page, text).waitFor({ state: 'visible', timeout: PATIENCE_MS });
}

/** R4: "Edit" opens a field pre-filled with the current text; "Save" writes the new revision. */
export async function editProposal(page: Page, oldText: string, newText: string): Promise<void> {
  await proposalItem(page, oldText).getByRole('button', { name: /^Edit/ }).click();
  const field = page.getByRole('textbox', { name: /^Edit proposal/ });
  await eventually(`the "Edit proposal" field pre-filled with "${oldText}"`, () => field.inputValue(), (v) => v === oldText);
  await field.fill(newText);
  await page.getByRole('button', { name: /^Save/ }).click();
  await proposalItem(page, newText).waitFor({ state: 'visible', timeout: PATIENCE_MS });
}

export async function endorse(page: Page, text: string): Promise<void> {
  const item = proposalItem(page, text);
  await endorseButton(item).click();
  await withdrawButton(item).waitFor({ state: 'visible', timeout: PATIENCE_MS });
}

export async function withdrawEndorsement(page: Page, text: string): Promise<void> {
  const item = proposalItem(page, text);
  await withdrawButton(item).click();
  await endorseButton(item).waitFor({ state: 'visible', timeout: PATIENCE_MS });
}

/** Which of the two buttons the scribe is offered on `text`: it mirrors whether the group endorses it. */
export async function offeredEndorsementAction(page: Page, text: string): Promise<'endorse' | 'withdraw' | 'both' | 'none'> {
  const item = proposalItem(page, text);
  const [canEndorse, canWithdraw] = await Promise.all([endorseButton(item).isVisible(), withdrawButton(item).isVisible()]);
  if (canEndorse && canWithdraw) return 'both';
  return canEndorse ? 'endorse' : canWithdraw ? 'withdraw' : 'none';
}
