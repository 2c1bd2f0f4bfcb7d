import { LANGUAGE_PATTERN, type LanguageTag } from './records.ts';

/** A projector shows one language, or two side by side. */
export const MAX_SHOWN_LANGUAGES = 2;
const PARAM = 'show';

/** `?show=en` or `?show=es,en`: what a venue bookmarks; null when absent or unreadable. */
export function readShownLanguages(search: string): LanguageTag[] | null {
  const value = new URLSearchParams(search).get(PARAM);
  if (!value) return null;
  const tags = [...new Set(value.split(',').map((tag) => tag.trim()))].filter((tag) => LANGUAGE_PATTERN.test(tag));
  return tags.length ? tags.slice(0, MAX_SHOWN_LANGUAGES) : null;
}

/** The same address with `?show=` set; other parameters (such as ?lang=) and the hash stay as they are. */
export function withShownLanguages(href: string, languages: readonly LanguageTag[]): string {
  const url = new URL(href);
  url.searchParams.set(PARAM, languages.join(','));
  // Language tags need no escaping; a bookmark reads "show=es,en" rather than "show=es%2Cen".
  url.search = url.search.replace(/(^\?|&)show=([^&]*)/, (_, lead: string, value: string) => `${lead}show=${decodeURIComponent(value)}`);
  return url.href;
}

/** Without a choice, a projector shows its interface language when the session works in it, else the first working one. */
export function defaultShownLanguages(working: readonly LanguageTag[], interfaceLanguage: LanguageTag): LanguageTag[] {
  const first = working.includes(interfaceLanguage) ? interfaceLanguage : (working[0] ?? interfaceLanguage);
  return [first];
}

const VENUES_PARAM = 'venues';

/** `?venues=1`: the projector shows, under each proposal, the venues backing it; off without it. */
export const readShowVenues = (search: string): boolean => new URLSearchParams(search).get(VENUES_PARAM) === '1';

/** The same address with the venue option set or dropped; other parameters and the hash stay as they are. */
export function withShowVenues(href: string, on: boolean): string {
  const url = new URL(href);
  if (on) url.searchParams.set(VENUES_PARAM, '1');
  else url.searchParams.delete(VENUES_PARAM);
  // Setting a parameter re-encodes them all; commas need no escaping, and "show=es,en" stays as bookmarked.
  url.search = url.search.replace(/%2C/gi, ',');
  return url.href;
}
