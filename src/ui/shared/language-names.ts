import type { LanguageTag } from '../../domain/records.ts';
import { LANGUAGE_NAMES, isLanguage } from '../../i18n/locale.ts';

const namers = new Map<string, Intl.DisplayNames | null>();

function namer(reader: string): Intl.DisplayNames | null {
  if (!namers.has(reader)) {
    try {
      namers.set(reader, new Intl.DisplayNames([reader], { type: 'language' }));
    } catch {
      // An engine without display names still shows the tag itself.
      namers.set(reader, null);
    }
  }
  return namers.get(reader) ?? null;
}

/** A language named in the reader's language ("Spanish", "espagnol"), for labels and sentences. */
export function languageName(tag: LanguageTag, reader: string): string {
  try {
    return namer(reader)?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A language in its own name ("Español"), as the language switch offers it: each reader finds theirs. */
export function ownLanguageName(tag: LanguageTag): string {
  return isLanguage(tag) ? LANGUAGE_NAMES[tag] : capitalized(languageName(tag, tag), tag);
}

/** "español" heads a section as "Español"; inside a sentence it stays as the language writes it. */
export function capitalized(text: string, language: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(language) + text.slice(head.length);
}

/** The discreet mark of a text's language on the projector: "ES", "PT-BR". */
export const languageMark = (tag: LanguageTag): string => tag.toUpperCase();
