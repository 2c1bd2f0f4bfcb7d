import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from '../../scripts/engines.mjs';
import { TAKE_ERRORS, WATCH_ERRORS, type Engine, type EnginePage } from './engine.ts';

/** Debian's Firefox ESR over WebDriver BiDi (puppeteer-core never downloads a browser). */
export async function launchFirefox(): Promise<Engine> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('firefox-esr is not installed');
  const browser: Browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  return {
    name: 'firefox',
    async participant(viewport) {
      // A user context is Firefox's own profile partition: storage, service workers and caches apart.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      await page.evaluateOnNewDocument(`(${WATCH_ERRORS})()`);
      return firefoxPage(page);
    },
    close: () => browser.close(),
  };
}

function firefoxPage(page: Page): EnginePage {
  const seen: string[] = [];
  const keepErrors = async () => {
    seen.push(...(await page.evaluate(`(${TAKE_ERRORS})()`).catch(() => []) as string[]));
  };
  return {
    async goto(url) {
      await keepErrors();
      await page.goto(url);
    },
    async reload() {
      await keepErrors();
      await page.reload();
    },
    run: <T>(source: string, args: unknown[]) =>
      page.evaluate(`(globalThis.__name ??= (f) => f, (${source})(...${JSON.stringify(args)}))`) as Promise<T>,
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    async errors() {
      await keepErrors();
      return [...seen];
    },
  };
}
