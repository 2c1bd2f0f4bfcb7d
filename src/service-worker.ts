/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the worker that keeps the app shell for offline venues (vite-plugin-pwa, "prompt" mode, so a
 * new version waits instead of taking over). It is applied, with a reload, only while this page is
 * untouched: such a page holds nothing a reload could lose (the document lives in IndexedDB). A page
 * someone typed or clicked in is never reloaded; it runs the new version from its next load.
 */
export function registerAppShellWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const isUntouched = watchForFirstTouch();
  const applyUpdate = registerSW({
    onNeedRefresh: () => {
      if (isUntouched()) void applyUpdate();
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
