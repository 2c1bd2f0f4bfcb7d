import type { Language } from '../locale.ts';
import { verifyEn, type VerifyWords } from './en.ts';

export type { VerifyWords };

/** The page's words come with the page: no other page carries them, English included. */
const LOADERS: Record<Language, () => Promise<VerifyWords>> = {
  en: () => Promise.resolve(verifyEn),
  es: () => import('./es.ts').then((m) => m.verifyEs),
  fr: () => import('./fr.ts').then((m) => m.verifyFr),
  pt: () => import('./pt.ts').then((m) => m.verifyPt),
};

export const loadVerifyWords = (language: Language): Promise<VerifyWords> => LOADERS[language]();
