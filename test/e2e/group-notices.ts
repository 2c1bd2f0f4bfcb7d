import type { Locator, Page } from 'playwright-core';

// DESIGN.md R8 and issue 4: rule outcomes are told to the group in a region "For your group", one item each.
export const groupNotices = (page: Page): Locator => page.getByRole('region', { name: /^For your group/ });

/** The notice that this group's add holding `text` was not admitted. */
export const notAdmittedNotice = (page: Page, text: string): Locator =>
  groupNotices(page).getByRole('listitem').filter({ hasText: /not admitted/i }).filter({ hasText: text });

/** The one action that turns a not-admitted add into an edit of the proposal chosen beside it. */
export async function useAsEditOf(notice: Locator, proposalText: string): Promise<void> {
  const target = notice.getByRole('combobox', { name: /^Use it as an edit of/ });
  // Options are read by their text; each starts with a rank that changes as the document does.
  const option = target.locator('option').filter({ hasText: proposalText });
  await target.selectOption((await option.getAttribute('value'))!);
  await notice.getByRole('button', { name: /^Use as an edit/ }).click();
}
