import { html, type TemplateResult } from 'lit';

/** Stands for the user's text while the sentence is translated; never typed by anyone (private use). */
const PLACE = '\u{F8FF}';

/**
 * A translated sentence around user text (a title, a group's name), that text in `<bdi>`: Arabic, Hebrew
 * or a stray right-to-left override in it cannot reorder the sentence's own words.
 */
export function isolatedIn(sentence: (text: string) => string, text: string): TemplateResult | string {
  const [before, after, ...more] = sentence(PLACE).split(PLACE);
  if (after === undefined || more.length) return sentence(text);
  return html`${before}<bdi>${text}</bdi>${after}`;
}
