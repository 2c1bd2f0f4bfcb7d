import type { Page } from 'playwright-core';

/** Uncaught errors of every participant's page: R9 says a page never crashes, so the suite checks none occurred. */
export class PageErrors {
  readonly seen: string[] = [];

  watch(page: Page, participant: string): Page {
    page.on('pageerror', (error) => this.seen.push(`${participant}: ${error.message}`));
    return page;
  }
}
