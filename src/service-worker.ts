/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the worker that keeps the app shell for offline venues (vite-plugin-pwa, "prompt" mode, so a
 * new version waits instead of taking over). It is applied, with a reload, only while this page is
 * untouched: such a page holds nothing a reload could lose (the document lives in IndexedDB). A page
 * someone typed or clicked in is never reloaded; it runs the new version from its next load.
 *
 * The update is applied once `pageLoaded` settles (the page has fetched the screen it shows and the parts that
 * follow its first paint), not when workbox-window reports a version that was already waiting: it does so at the
 * `load` event, while the page is still fetching its screen through the old worker. Chromium retires the old worker as soon as it
 * looks idle, and a request reaching it meanwhile is aborted ("Failed to fetch dynamically imported
 * module") or starts it again, and a restarted old worker gives way only after its 30-second idle
 * timeout. For the same reason the favicon, which the browser fetches right after `load`, is inline.
 */
export function registerAppShellWorker(pageLoaded: Promise<void>): void {
  if (!('serviceWorker' in navigator)) return;
  const isUntouched = watchForFirstTouch();
  const applyUpdate = registerSW({
    onNeedRefresh: () => {
      void pageLoaded.then(() => {
        if (isUntouched()) void applyUpdate();
      });
    },
    // Also called when another tab applied the update: only an untouched page reloads.
    onNeedReload: () => {
      if (isUntouched()) location.reload();
    },
  });
}

/** False from the first key, pointer or input event anywhere in the page (they cross shadow roots). */
function watchForFirstTouch(): () => boolean {
  let untouched = true;
  const events = ['keydown', 'pointerdown', 'input'] as const;
  const touched = (): void => {
    untouched = false;
    for (const type of events) window.removeEventListener(type, touched, true);
  };
  for (const type of events) window.addEventListener(type, touched, true);
  return () => untouched;
}
