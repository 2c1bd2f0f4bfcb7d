import type { Page } from 'playwright-core';
import { eventually } from './eventually.ts';

/** The mark the app sets once its first full paint is on screen (src/ui/shared/first-paint.ts). */
export const FIRST_FULL_PAINT = 'cdw-first-full-paint';

declare global {
  interface Window {
    /** Every text, label and accessible name in the page (shadow roots included) when the mark was set. */
    cdwShownAtFirstPaint?: string;
  }
}

/**
 * Records, in the page, what it shows at the moment the app marks its first full paint: the mark's word is
 * checked against the screen, not taken on trust.
 */
export async function probeFirstPaint(page: Page): Promise<void> {
  // Plain text, not a function: the test loader would wrap a function's inner names in helpers the page lacks.
  await page.addInitScript({
    content: `(() => {
      const shown = (root, into) => {
        for (let node = root.firstChild; node; node = node.nextSibling) {
          if (node.nodeType === Node.TEXT_NODE) into.push(node.textContent);
          if (!(node instanceof Element)) continue;
          for (const name of ['aria-label', 'placeholder']) if (node.hasAttribute(name)) into.push(node.getAttribute(name));
          if (node.shadowRoot) shown(node.shadowRoot, into);
          shown(node, into);
        }
      };
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        if (name === ${JSON.stringify(FIRST_FULL_PAINT)}) {
          const texts = [];
          shown(document.body, texts);
          window.cdwShownAtFirstPaint = texts.join(' ').replace(/\\s+/g, ' ');
        }
        return mark(name, options);
      };
    })();`,
  });
}

export interface FirstPaint {
  /** Milliseconds from navigation start. */
  at: number;
  shown: string;
  /** The paths of the app's scripts the page had asked for by then. */
  scripts: string[];
}

/** Waits for the app's first-full-paint mark and reads what had been fetched, and shown, by then. */
export async function firstPaintOf(page: Page): Promise<FirstPaint> {
  await eventually('the first full paint marked', () => page.evaluate((name) => performance.getEntriesByName(name).length, FIRST_FULL_PAINT), (n) => n > 0);
  return page.evaluate((name) => {
    const at = performance.getEntriesByName(name)[0]!.startTime;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= at)
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/assets/') && path.endsWith('.js'));
    return { at, shown: window.cdwShownAtFirstPaint ?? '', scripts };
  }, FIRST_FULL_PAINT);
}
