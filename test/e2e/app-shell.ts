/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { eventually } from './eventually.ts';

export interface ServiceWorkerState {
  /** The registration's active worker's state, e.g. "activated"; null without one. */
  active: string | null;
  /** Whether this page's requests go through a service worker. */
  controlled: boolean;
}

export function serviceWorkerState(page: Page): Promise<ServiceWorkerState> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { active: registration?.active?.state ?? null, controlled: navigator.serviceWorker.controller !== null };
  });
}

/** An active worker has finished precaching the app shell; a controlled page gets even its lazy chunks from it. */
export async function waitUntilAppShellCached(page: Page, who: string): Promise<void> {
  await eventually(
    `${who}'s page to be controlled by an activated service worker`,
    () => serviceWorkerState(page),
    (state) => state.active === 'activated' && state.controlled,
  );
}

/** Every URL held in Cache Storage, whichever cache holds it. */
export function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(request.url);
    }
    return urls;
  });
}
