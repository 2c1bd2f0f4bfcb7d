import { textLength } from '../../domain/text.ts';

/** Short proposals are set large; long ones smaller, so a full list of ten still fits one screen. */
export function lengthFactor(text: string): number {
  return lengthFactorOf(textLength(text));
}

/** The same for a length in characters: two columns side by side wrap like one text twice as long. */
export function lengthFactorOf(length: number): number {
  return length <= 40 ? 1 : Math.max(0.4, Math.sqrt(40 / length));
}

/** Below this width (a phone on the view link) the list scrolls instead of fitting the screen. */
export const FIT_QUERY = '(min-width: 50rem)';

/**
 * Shrinks everything in `list` by one common factor (the CSS variable --fit) until it fits the list's
 * height: a binary search of a few layout passes. Where `query` does not match, the list keeps --fit 1.
 */
export function fitToHeight(list: HTMLElement, query: string): number {
  const fits = (fit: number): boolean => {
    list.style.setProperty('--fit', String(fit));
    return list.scrollHeight <= list.clientHeight + 1;
  };
  if (!matchMedia(query).matches || fits(1)) {
    list.style.setProperty('--fit', '1');
    return 1;
  }
  let low = 0.2;
  let high = 1;
  for (let step = 0; step < 7; step++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  fits(low);
  return low;
}
