import type { Page } from 'playwright-core';
import { eventuallyEqual } from './eventually.ts';
import type { ExpectedProposal } from './expected-ranking.ts';
import { listItemTexts } from './list-items.ts';
import { proposalsList } from './scribe-page.ts';

/** How an item states its count, e.g. "3 endorsements" / "1 endorsement" (DESIGN.md §6: text and count). */
const COUNT = /(?:^|\s)(\d+)\s+endorsements?\b/i;

/**
 * Reads an item as {text, count}: `text` is whichever known proposal text the item holds (the longest,
 * so a text is never mistaken for a shorter one), or the whole item when it holds none.
 */
export function readItem(item: string, knownTexts: readonly string[]): { text: string; count: number | null } {
  const text = knownTexts.filter((t) => item.includes(t)).sort((a, b) => b.length - a.length)[0];
  const rest = text === undefined ? item : item.replace(text, ' ');
  const count = rest.match(COUNT);
  return { text: text ?? item, count: count ? Number(count[1]) : null };
}

/**
 * Waits until the page's list "Proposals" shows exactly `expected`: same items, same order, same counts.
 * A scribe's list holds its order while the pointer rests on it, so the pointer moves off first, as a
 * person's would before reading the ranking.
 */
export async function expectProjection(page: Page, expected: readonly ExpectedProposal[], knownTexts: readonly string[], step: string) {
  await page.mouse.move(0, 0);
  return eventuallyEqual(
    `"${step}": the list "Proposals"`,
    async () => (await listItemTexts(proposalsList(page))).map((item) => readItem(item, knownTexts)),
    expected.map((p) => ({ ...p })),
  );
}

/** Items of the list "Proposals" not entirely inside the viewport: a room cannot scroll the projector. */
export async function itemsOutsideViewport(page: Page): Promise<string[]> {
  const viewport = page.viewportSize()!;
  const outside: string[] = [];
  for (const item of await proposalsList(page).getByRole('listitem').all()) {
    const box = await item.boundingBox();
    const inside = box && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
    if (!inside) outside.push(`${(await item.innerText()).replace(/\s+/g, ' ')} at ${JSON.stringify(box)}`);
  }
  return outside;
}
