import { caseless } from './caseless.ts';

/**
 * A run of three code points. Below U+20000 (every script in use, emoji included) the three fit exactly in one
 * number, cheaper to hash than a string; rarer characters fall back to the string itself.
 */
export type Trigram = number | string;

/** How often each trigram occurs in a text's words, each word padded with a space either side. */
export interface TrigramProfile {
  counts: ReadonlyMap<Trigram, number>;
  /** Trigrams in all, repeats included. */
  size: number;
  /** Letters and digits in all: a draft shorter than a few words says too little to compare. */
  letters: number;
}

const MARKS = /\p{Mn}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
/** Arabic written either way: the stretching tatweel dropped, tāʾ marbūṭa as hāʾ, alif maqṣūra as yāʾ. */
const ARABIC_VARIANTS = /[\u0640\u0629\u0649]/g;
const arabicPlain = (char: string): string => (char === '\u0629' ? '\u0647' : char === '\u0649' ? '\u064a' : '');

/**
 * The words of a text as compared in every language: caseless, accents and Arabic vowel marks dropped (NFD
 * then without nonspacing marks, which also seats every hamza-carrying alif as a bare alif), punctuation and
 * white space of any script as word breaks ("d’arbres" is "d" and "arbres").
 */
export function comparableWords(text: string): string[] {
  const plain = caseless(text).normalize('NFD').replace(MARKS, '').replace(ARABIC_VARIANTS, arabicPlain);
  return plain.normalize('NFC').split(NOT_WORD).filter((word) => word !== '');
}

const SPACE = 0x20;
const BELOW = 0x20000;
const trigram = (a: number, b: number, c: number): Trigram =>
  a < BELOW && b < BELOW && c < BELOW ? (a * BELOW + b) * BELOW + c : String.fromCodePoint(a, b, c);

export function trigramProfile(text: string): TrigramProfile {
  const counts = new Map<Trigram, number>();
  let size = 0;
  let letters = 0;
  const count = (key: Trigram) => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    size++;
  };
  for (const word of comparableWords(text)) {
    // The two code points before this one; the word starts after a space.
    let before = -1;
    let last = SPACE;
    for (let i = 0; i < word.length; i++) {
      const point = word.codePointAt(i)!;
      if (point > 0xffff) i++;
      letters++;
      if (before >= 0) count(trigram(before, last, point));
      before = last;
      last = point;
    }
    count(trigram(before, last, SPACE));
  }
  return { counts, size, letters };
}

/** Trigrams the two profiles share, repeats counted as often as both have them. */
export function sharedTrigrams(a: TrigramProfile, b: TrigramProfile): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [trigram, count] of small.counts) {
    const other = large.counts.get(trigram);
    if (other !== undefined) shared += Math.min(count, other);
  }
  return shared;
}

/**
 * How much a draft resembles a text, from 0 to 1: the mean of their Dice coefficient (alike as wholes) and
 * of the share of the draft found in the text (a short draft inside a long proposal scores high on this
 * alone, two texts sharing only "on Sundays" score high on neither).
 */
export function resemblance(draft: TrigramProfile, text: TrigramProfile): number {
  return resemblanceOf(sharedTrigrams(draft, text), draft.size, text.size);
}

/** The same, from the trigrams the two share and the size of each. */
export function resemblanceOf(shared: number, draftSize: number, textSize: number): number {
  if (draftSize === 0 || textSize === 0) return 0;
  return ((2 * shared) / (draftSize + textSize) + shared / draftSize) / 2;
}
