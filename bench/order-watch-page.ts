/// <reference lib="dom" />
// Runs in the projector page (installed by click-latency.bench.ts): a MutationObserver on the list "Proposals"
// that notes, in page time, the moment the DOM shows the awaited order, and the next animation frame after it.

export interface OrderSeen {
  /** performance.timeOrigin + performance.now() in the observer's callback. */
  domAt: number;
  /** The same at the first animation frame after it: the frame that paints the new order. */
  frameAt: number;
}

declare global {
  interface Window {
    armOrderWatch(text: string, place: 'first' | 'last', timeoutMs: number): void;
    orderSeen: Promise<OrderSeen> | null;
  }
}

/** The projector's list: an <ol> named by aria-label, inside the shadow roots of the app's elements. */
function findList(root: Document | ShadowRoot): HTMLOListElement | null {
  const here = root.querySelector<HTMLOListElement>('ol[aria-label^="Proposals"]');
  if (here) return here;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const found = element.shadowRoot ? findList(element.shadowRoot) : null;
    if (found) return found;
  }
  return null;
}

window.orderSeen = null;
window.armOrderWatch = (text, place, timeoutMs) => {
  const list = findList(document);
  if (!list) throw new Error('no list "Proposals" in the projector page');
  const reached = (): boolean => {
    const items = Array.from(list.children).filter((child) => child.matches('li[data-id]'));
    const index = items.findIndex((item) => item.textContent?.includes(text));
    return index !== -1 && index === (place === 'first' ? 0 : items.length - 1);
  };
  if (reached()) throw new Error(`"${text}" is already ${place}: the click would not reorder the list`);
  window.orderSeen = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`"${text}" never came ${place} within ${timeoutMs} ms`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!reached()) return;
      const domAt = performance.timeOrigin + performance.now();
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve({ domAt, frameAt: performance.timeOrigin + performance.now() }));
    });
    observer.observe(list, { childList: true, subtree: true, characterData: true });
  });
};
