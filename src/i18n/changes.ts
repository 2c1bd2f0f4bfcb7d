import type { Language } from './locale.ts';
import { numberFormatter, pluralizer } from './plural.ts';

/**
 * What the projector's live region says, in each language. Apart from the catalogues, which every page loads before
 * its first paint: only a projector fetches these, once something changes. Each phrase follows a proposal's own text
 * at once, so it starts with the space or punctuation its language needs; the endorsements follow it.
 */
export interface ChangeSentences {
  first: string;
  added: (rank: number) => string;
  edited: (rank: number) => string;
  moved: (rank: number) => string;
  count: (rank: number) => string;
  /** A whole sentence: a removed proposal's text is repeated nowhere. */
  removed: (rank: number) => string;
  more: (n: number) => string;
}

function sentences(language: Language, make: (number: (n: number) => string, plural: ReturnType<typeof pluralizer>) => ChangeSentences) {
  return make(numberFormatter(language), pluralizer(language));
}

export const CHANGE_SENTENCES: Record<Language, ChangeSentences> = {
  en: sentences('en', (number, plural) => ({
    first: ' moved to first place',
    added: (rank) => `: new proposal, in place ${number(rank)}`,
    edited: (rank) => `: new version, in place ${number(rank)}`,
    moved: (rank) => ` moved to place ${number(rank)}`,
    count: (rank) => `: still in place ${number(rank)}`,
    removed: (rank) => `The proposal in place ${number(rank)} was removed`,
    more: (n) => plural(n, { one: 'And # more change', other: 'And # more changes' }),
  })),
  es: sentences('es', (number, plural) => ({
    first: ' pasó al primer puesto',
    added: (rank) => `: propuesta nueva, en el puesto ${number(rank)}`,
    edited: (rank) => `: nueva versión, en el puesto ${number(rank)}`,
    moved: (rank) => ` pasó al puesto ${number(rank)}`,
    count: (rank) => `: sigue en el puesto ${number(rank)}`,
    removed: (rank) => `Se retiró la propuesta del puesto ${number(rank)}`,
    more: (n) => plural(n, { one: 'Y # cambio más', other: 'Y # cambios más' }),
  })),
  fr: sentences('fr', (number, plural) => ({
    first: ' passe en tête',
    added: (rank) => ` : nouvelle proposition, au rang ${number(rank)}`,
    edited: (rank) => ` : nouvelle version, au rang ${number(rank)}`,
    moved: (rank) => ` passe au rang ${number(rank)}`,
    count: (rank) => ` : toujours au rang ${number(rank)}`,
    removed: (rank) => `La proposition du rang ${number(rank)} a été retirée`,
    more: (n) => plural(n, { one: 'Et # autre changement', other: 'Et # autres changements' }),
  })),
  pt: sentences('pt', (number, plural) => ({
    first: ' passou para a primeira posição',
    added: (rank) => `: nova proposta, na posição ${number(rank)}`,
    edited: (rank) => `: nova versão, na posição ${number(rank)}`,
    moved: (rank) => ` passou para a posição ${number(rank)}`,
    count: (rank) => `: continua na posição ${number(rank)}`,
    removed: (rank) => `A proposta da posição ${number(rank)} foi retirada`,
    more: (n) => plural(n, { one: 'E mais # mudança', other: 'E mais # mudanças' }),
  })),
};
