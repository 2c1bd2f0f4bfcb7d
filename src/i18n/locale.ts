import { localStore } from '../doc/guarded-storage.ts';
import { en, type Messages } from './en.ts';

interface LanguageEntry {
  /** The language in its own name, so a reader finds theirs whatever is shown now. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The locale dates and numbers are written in, when it is not the tag itself. */
  intl?: string;
  load: () => Promise<Messages>;
}

/**
 * Every interface language, one entry each: adding one is its file (src/i18n/<tag>.ts) and its line here. English
 * ships with the app; each other language is its own chunk, fetched only by the pages that speak it.
 */
const REGISTRY = {
  en: { name: 'English', dir: 'ltr', load: async () => en },
  es: { name: 'Español', dir: 'ltr', load: async () => (await import('./es.ts')).es },
  fr: { name: 'Français', dir: 'ltr', load: async () => (await import('./fr.ts')).fr },
  pt: { name: 'Português', dir: 'ltr', load: async () => (await import('./pt.ts')).pt },
  // Western digits, as the group badges, the projector's ranks and the other venues' screens show them.
  ar: { name: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn', load: async () => (await import('./ar.ts')).ar },
} as const satisfies Record<string, LanguageEntry>;

export type Language = keyof typeof REGISTRY;
export const LANGUAGES = Object.keys(REGISTRY) as readonly Language[];

export const LANGUAGE_NAMES = Object.fromEntries(LANGUAGES.map((tag) => [tag, REGISTRY[tag].name])) as Record<Language, string>;

/** Which way the language's lines run: <html dir> follows it, and logical CSS properties follow <html dir>. */
export const directionOf = (language: Language): 'ltr' | 'rtl' => REGISTRY[language].dir;

/** The locale for Intl (dates, times, numbers) in the language: Arabic with Western digits. */
export const intlLocale = (language: Language): string => {
  const entry: LanguageEntry = REGISTRY[language];
  return entry.intl ?? language;
};

export const loadCatalog = (language: Language): Promise<Messages> => REGISTRY[language].load();

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

/** Sets the page language from the address, the saved choice and the browser, and keeps <html lang dir> in step. */
export async function startLocale(target: Locale = locale): Promise<void> {
  const forced = new URLSearchParams(location.search).get('lang');
  target.subscribe(followLanguage);
  await target.set(pickLanguage(forced, readSaved(), navigator.languages ?? [navigator.language]));
}

/** The page's language and direction, for the browser, screen readers and every logical CSS property. */
export function followLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
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
