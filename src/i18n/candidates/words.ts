import type { Language } from '../locale.ts';
import { candidatesEn, type CandidateWords } from './en.ts';

export type { CandidateWords };

/** The words come with the parts that use them: no other page carries them, English included. */
const LOADERS: Record<Language, () => Promise<CandidateWords>> = {
  en: () => Promise.resolve(candidatesEn),
  es: () => import('./es.ts').then((m) => m.candidatesEs),
  fr: () => import('./fr.ts').then((m) => m.candidatesFr),
  pt: () => import('./pt.ts').then((m) => m.candidatesPt),
};

export const loadCandidateWords = (language: Language): Promise<CandidateWords> => LOADERS[language]();

/** Until a language's words arrive, English: the same sentences, a moment early. */
export const fallbackCandidateWords: CandidateWords = candidatesEn;
