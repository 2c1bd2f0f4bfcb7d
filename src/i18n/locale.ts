import { localStore } from '../doc/guarded-storage.ts';
import { en, type Messages } from './en.ts';

export const LANGUAGES = ['en', 'es', 'fr', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language is offered in its own name, so a reader finds theirs whatever is shown now. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', fr: 'Français', pt: 'Português' };

/** English ships with the app; each other language is its own chunk, fetched only by the pages that speak it. */
const LOADERS: Record<Language, () => Promise<Messages>> = {
  en: async () => en,
  es: async () => (await import('./es.ts')).es,
  fr: async () => (await import('./fr.ts')).fr,
  pt: async () => (await import('./pt.ts')).pt,
};

export const loadCatalog = (language: Language): Promise<Messages> => LOADERS[language]();

const SAVED_KEY = 'cdw-language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `?lang=` wins, then the reader's last choice, then the browser's preferences ("pt-BR" counts as "pt"), then English. */
export function pickLanguage(forced: string | null, saved: string | null, preferred: readonly string[]): Language {
  if (isLanguage(forced)) return forced;
  if (isLanguage(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The language this page speaks now; components follow it through LocalizedController. */
export class Locale {
  private current: Language = 'en';
  private catalog: Messages = en;
  private requested: Language = 'en';
  private readonly listeners = new Set<(language: Language) => void>();

  get language(): Language {
    return this.current;
  }

  get messages(): Messages {
    return this.catalog;
  }

  /** Switches once the language's messages are loaded; of several quick choices the last one wins. */
  async set(language: Language): Promise<void> {
    this.requested = language;
    const catalog = await loadCatalog(language);
    if (this.requested !== language || this.current === language) return;
    this.current = language;
    this.catalog = catalog;
    for (const listener of this.listeners) listener(language);
  }

  subscribe(listener: (language: Language) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The page's one locale, as lit's own localize keeps one. */
export const locale = new Locale();

/** Sets the page language from the address, the saved choice and the browser, and keeps <html lang> in step. */
export async function startLocale(target: Locale = locale): Promise<void> {
  const forced = new URLSearchParams(location.search).get('lang');
  target.subscribe((language) => (document.documentElement.lang = language));
  await target.set(pickLanguage(forced, readSaved(), navigator.languages ?? [navigator.language]));
}

/** A choice made in the page is remembered for the next visit. */
export function chooseLanguage(language: Language, target: Locale = locale): Promise<void> {
  // Private mode may refuse storage; the choice still holds for this page.
  localStore.setItem(SAVED_KEY, language);
  return target.set(language);
}

function readSaved(): string | null {
  return localStore.getItem(SAVED_KEY);
}
