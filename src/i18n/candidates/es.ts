import { numberFormatter, pluralizer } from '../plural.ts';
import type { CandidateWords } from './en.ts';

const plural = pluralizer('es');
const number = numberFormatter('es');

export const candidatesEs: CandidateWords = {
  heading: 'Candidatas',
  intro: 'Las propuestas finales de las sesiones anteriores. Incorpore una, o fusione varias en una propuesta.',
  count: (n: number) => `Candidatas (${number(n)})`,
  from: (label: string) => `de ${label}`,
  there: (rank: number, count: number) =>
    `Puesto ${number(rank)} allí · ${plural(count, { one: '# apoyo', other: '# apoyos' })}`,
  asClaimed: '(según declara, sin prueba)',
  translations: (n: number) => plural(n, { one: '# traducción', other: '# traducciones' }),
  checking: 'Comprobando su origen…',
  verified: 'Origen verificado',
  notVerified: 'El origen no se verifica',
  usedBy: (ranks: string) => `En el documento: propuesta ${ranks}`,
  notUsed: 'Aún no está en el documento',
  broughtIn: 'incorporada',
  bringIn: 'Incorporar',
  bringInText: 'Texto a incorporar',
  bringInHint: 'Si no se cambia, sus traducciones vienen con él.',
  mergeInto: 'Fusionar en…',
  mergeTarget: 'Propuesta en la que fusionar',
  mergeCites: 'Candidatas que fusiona',
  mergeText: 'Nuevo texto de la propuesta',
  saveMerge: 'Guardar la fusión',
  noTarget: 'Aún no hay propuesta en la que fusionar: incorpore antes una candidata.',
  confirm: 'Sé que su origen no se verifica y la incorporo de todos modos',
  mustConfirm: 'El origen de esta candidata no se verifica: marque la casilla para continuar.',
  historyFrom: (labels: string) => `Incorporada de ${labels}`,
  historyMerges: (labels: string) => `Fusiona ${labels}`,
  startOpen: 'Empezar a partir de varias sesiones',
  startIntro:
    'Elija las exportaciones JSON de sesiones anteriores, o pegue sus enlaces de visualización mientras su relé esté accesible. Sus propuestas finales serán las candidatas de una nueva sesión.',
  files: 'Exportaciones JSON',
  links: 'Enlaces de visualización, uno por línea',
  sources: 'Orígenes',
  proposals: (n: number) => plural(n, { one: '# propuesta', other: '# propuestas' }),
  unreadable: (name: string) => `${name}: no es una exportación de sesión`,
  badLinks: (n: number) => plural(n, { one: '# línea no es un enlace de visualización.', other: '# líneas no son enlaces de visualización.' }),
  waiting: 'Esperando al relé…',
  workingLanguages: 'Idiomas de trabajo',
  start: 'Empezar',
  noSources: 'Elija al menos una exportación o un enlace de visualización legible.',
};
