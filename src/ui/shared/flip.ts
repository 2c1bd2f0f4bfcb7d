/**
 * FLIP (first, last, invert, play) with the Web Animations API: measure items before a render, then
 * animate each from where it was to where it is. Skipped for readers who ask for reduced motion.
 */
export type Positions = Map<string, DOMRect>;

export function measure(items: Iterable<HTMLElement>, keyOf: (item: HTMLElement) => string | undefined): Positions {
  const positions: Positions = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (key) positions.set(key, item.getBoundingClientRect());
  }
  return positions;
}

export const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function playFlip(
  items: Iterable<HTMLElement>,
  keyOf: (item: HTMLElement) => string | undefined,
  before: Positions,
  duration = 450,
): void {
  if (prefersReducedMotion()) return;
  for (const item of items) {
    const key = keyOf(item);
    const first = key ? before.get(key) : undefined;
    if (!first) continue;
    const last = item.getBoundingClientRect();
    const dy = first.top - last.top;
    if (Math.abs(dy) < 1) continue;
    item.animate([{ transform: `translateY(${dy}px)` }, { transform: 'translateY(0)' }], {
      duration,
      easing: 'cubic-bezier(0.2, 0, 0, 1)',
    });
  }
}
