import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { miniBrowserPath, webkitDriverPath, xvfbPath } from '../../scripts/engines.mjs';
import { TAKE_ERRORS, WATCH_ERRORS, type Engine, type EnginePage } from './engine.ts';
import { freePort, own, startXvfb, type OwnedProcess } from './processes.ts';
import { WebDriverSession } from './webdriver-session.ts';

/**
 * WebKitGTK's MiniBrowser under a private Xvfb, driven over classic WebDriver. WebKitWebDriver holds one
 * session at a time, so each participant gets its own driver (and MiniBrowser, an ephemeral profile).
 */
export async function launchWebKit(): Promise<Engine> {
  const [binary, driver, xvfb] = [miniBrowserPath(), webkitDriverPath(), xvfbPath()];
  if (!binary || !driver || !xvfb) throw new Error('webkit2gtk-driver or xvfb is not installed');
  const screen = await startXvfb(xvfb);
  const owned: OwnedProcess[] = [];
  const sessions: WebDriverSession[] = [];
  return {
    name: 'webkit',
    async participant(viewport) {
      const port = await freePort();
      const child = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
        stdio: 'ignore',
        env: { ...process.env, DISPLAY: screen.display, LANG: 'en_US.UTF-8' },
      });
      owned.push(own(child));
      const url = `http://127.0.0.1:${port}`;
      await untilListening(url);
      const session = await WebDriverSession.start(url, {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      });
      sessions.push(session);
      await session.setWindowSize(viewport.width, viewport.height);
      return webkitPage(session);
    },
    async close() {
      await Promise.allSettled(sessions.map((session) => session.end()));
      await Promise.allSettled(owned.map((process) => process.stop()));
      await screen.stop();
    },
  };
}

async function untilListening(url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch (error) {
      if (attempt >= 200) throw new Error(`WebKitWebDriver at ${url} never answered`, { cause: error });
    }
    await sleep(50);
  }
}

function webkitPage(session: WebDriverSession): EnginePage {
  const seen: string[] = [];
  // Errors come back as values: a WebDriver "javascript error" would lose the page's own message.
  const run = async <T>(source: string, args: unknown[]): Promise<T> => {
    const outcome = await session.executeAsync<{ value?: T; error?: string }>(
      `const done = arguments[arguments.length - 1];
       globalThis.__name ??= (f) => f;
       Promise.resolve().then(() => (${source})(...${JSON.stringify(args)}))
         .then((value) => done({ value }), (error) => done({ error: String(error && error.message || error) }));`,
    );
    if (outcome.error !== undefined) throw new Error(outcome.error);
    return outcome.value as T;
  };
  const keepErrors = async () => {
    seen.push(...(await run<string[]>(TAKE_ERRORS, []).catch(() => [])));
  };
  const watch = () => run(WATCH_ERRORS, []);
  return {
    async goto(url) {
      await keepErrors();
      await session.navigate(url);
      await watch();
    },
    async reload() {
      await keepErrors();
      await session.refresh();
      await watch();
    },
    run,
    async screenshot(path) {
      await writeFile(path, Buffer.from(await session.screenshot(), 'base64'));
    },
    async errors() {
      await keepErrors();
      return [...seen];
    },
  };
}
