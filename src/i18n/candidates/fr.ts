import { numberFormatter, pluralizer } from '../plural.ts';
import type { CandidateWords } from './en.ts';

const plural = pluralizer('fr');
const number = numberFormatter('fr');

export const candidatesFr: CandidateWords = {
  heading: 'Candidates',
  intro: 'Les propositions finales des sessions précédentes. Reprenez-en une, ou fusionnez-en plusieurs en une proposition.',
  count: (n: number) => `Candidates (${number(n)})`,
  from: (label: string) => `de ${label}`,
  there: (rank: number, count: number) =>
    `Rang ${number(rank)} là-bas · ${plural(count, { one: '# soutien', other: '# soutiens' })}`,
  asClaimed: '(déclaré, non prouvé)',
  translations: (n: number) => plural(n, { one: '# traduction', other: '# traductions' }),
  checking: 'Vérification de sa source…',
  verified: 'Source vérifiée',
  notVerified: 'La source ne se vérifie pas',
  usedBy: (ranks: string) => `Dans le document : proposition ${ranks}`,
  notUsed: 'Pas encore dans le document',
  broughtIn: 'reprise',
  bringIn: 'Reprendre',
  bringInText: 'Texte à reprendre',
  bringInHint: 'Inchangé, il garde ses traductions.',
  mergeInto: 'Fusionner dans…',
  mergeTarget: 'Proposition où fusionner',
  mergeCites: 'Candidates fusionnées',
  mergeText: 'Nouveau texte de la proposition',
  saveMerge: 'Enregistrer la fusion',
  noTarget: 'Aucune proposition où fusionner : reprenez d’abord une candidate.',
  confirm: 'Je sais que sa source ne se vérifie pas et je la reprends quand même',
  mustConfirm: 'La source de cette candidate ne se vérifie pas : cochez la case pour continuer.',
  historyFrom: (labels: string) => `Reprise de ${labels}`,
  historyMerges: (labels: string) => `Fusionne ${labels}`,
  startOpen: 'Partir de plusieurs sessions',
  startIntro:
    'Choisissez les exports JSON de sessions précédentes, ou collez leurs liens de lecture tant que leur relais est joignable. Leurs propositions finales deviennent les candidates d’une nouvelle session.',
  files: 'Exports JSON',
  links: 'Liens de lecture, un par ligne',
  sources: 'Sources',
  proposals: (n: number) => plural(n, { one: '# proposition', other: '# propositions' }),
  unreadable: (name: string) => `${name} : pas un export de session`,
  badLinks: (n: number) => plural(n, { one: '# ligne n’est pas un lien de lecture.', other: '# lignes ne sont pas des liens de lecture.' }),
  waiting: 'En attente du relais…',
  workingLanguages: 'Langues de travail',
  start: 'Démarrer',
  noSources: 'Choisissez au moins un export ou un lien de lecture lisible.',
};
