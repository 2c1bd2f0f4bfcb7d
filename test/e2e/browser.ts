import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, installHint } from '../../scripts/chromium.mjs';

export const PHONE = { width: 360, height: 800 } as const;
export const PROJECTOR = { width: 1920, height: 1080 } as const;

/** The system Chromium; never a downloaded one. `extraArgs` e.g. map a LAN name to loopback. */
export async function launchSystemChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(installHint);
  return chromium.launch({ executablePath, args: [...chromiumArgs, ...extraArgs], headless: true });
}

/**
 * One participant = one browser context: its own storage and no shared BroadcastChannel, so
 * everything a participant sees has really travelled through the relay.
 */
export async function newParticipant(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number },
): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'en-US' });
  return context.newPage();
}
