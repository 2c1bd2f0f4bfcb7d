/** Limits of user-written text, counted in Unicode code points after trimming. */
export const PROPOSAL_TEXT_MAX = 1000;
export const TITLE_MAX = 200;
export const GROUP_NAME_MAX = 60;
export const VENUE_MAX = 60;

/** Code points, not UTF-16 units, so an emoji or an accented letter counts as one character. */
export function textLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

export function normalizeText(text: string): string {
  return text.trim();
}

export type TextProblem = 'empty' | 'too-long';

/** Why a text would be refused, or null when it fits between `min` and `max` characters after trimming. */
export function textProblem(text: string, max: number, min = 1): TextProblem | null {
  const length = textLength(normalizeText(text));
  if (length < min) return 'empty';
  if (length > max) return 'too-long';
  return null;
}
