/// <reference lib="dom" />
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PHONE, PROJECTOR } from './browser.ts';

/** Git-ignored (test-artifacts/ in .gitignore); the README picks its pictures from here. */
export const SCREENSHOT_DIR = join('test-artifacts', 'screenshots');

/** Saves `view` at phone and projector size as the screen shows it, then gives the page its own size back. */
export async function screenshotBothSizes(page: Page, view: string): Promise<string[]> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const ownSize = page.viewportSize();
  const saved: string[] = [];
  for (const [sizeName, size] of [['phone', PHONE], ['projector', PROJECTOR]] as const) {
    await page.setViewportSize(size);
    // The top of a view is what a person sees first, whatever the last action scrolled to.
    await page.evaluate(() => window.scrollTo(0, 0));
    await settled(page);
    const path = join(SCREENSHOT_DIR, `${view}-${sizeName}.png`);
    await page.screenshot({ path, animations: 'disabled' });
    saved.push(path);
  }
  if (ownSize) await page.setViewportSize(ownSize);
  return saved;
}

/** Two animation frames: the layout for the new size has been computed and painted. */
function settled(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}
