import { numberFormatter, pluralizer } from '../plural.ts';
import type { CandidateWords } from './en.ts';

const plural = pluralizer('pt');
const number = numberFormatter('pt');

export const candidatesPt: CandidateWords = {
  heading: 'Candidatas',
  intro: 'As propostas finais das sessões anteriores. Traga uma, ou funda várias em uma proposta.',
  count: (n: number) => `Candidatas (${number(n)})`,
  from: (label: string) => `de ${label}`,
  there: (rank: number, count: number) =>
    `Posição ${number(rank)} lá · ${plural(count, { one: '# apoio', other: '# apoios' })}`,
  asClaimed: '(conforme declarado, sem prova)',
  translations: (n: number) => plural(n, { one: '# tradução', other: '# traduções' }),
  checking: 'Verificando a origem…',
  verified: 'Origem verificada',
  notVerified: 'A origem não se verifica',
  usedBy: (ranks: string) => `No documento: proposta ${ranks}`,
  notUsed: 'Ainda não está no documento',
  broughtIn: 'trazida',
  bringIn: 'Trazer',
  bringInText: 'Texto a trazer',
  bringInHint: 'Sem alterações, as traduções vêm junto.',
  mergeInto: 'Fundir em…',
  mergeTarget: 'Proposta onde fundir',
  mergeCites: 'Candidatas que funde',
  mergeText: 'Novo texto da proposta',
  saveMerge: 'Guardar a fusão',
  noTarget: 'Ainda não há proposta onde fundir: traga primeiro uma candidata.',
  confirm: 'Sei que a origem não se verifica e quero trazê-la mesmo assim',
  mustConfirm: 'A origem desta candidata não se verifica: marque a caixa para continuar.',
  historyFrom: (labels: string) => `Trazida de ${labels}`,
  historyMerges: (labels: string) => `Funde ${labels}`,
  startOpen: 'Começar a partir de várias sessões',
  startIntro:
    'Escolha as exportações JSON de sessões anteriores, ou cole os links de visualização delas enquanto o relé estiver acessível. As propostas finais tornam-se as candidatas de uma nova sessão.',
  files: 'Exportações JSON',
  links: 'Links de visualização, um por linha',
  sources: 'Origens',
  proposals: (n: number) => plural(n, { one: '# proposta', other: '# propostas' }),
  unreadable: (name: string) => `${name}: não é uma exportação de sessão`,
  badLinks: (n: number) => plural(n, { one: '# linha não é um link de visualização.', other: '# linhas não são links de visualização.' }),
  waiting: 'Aguardando o relé…',
  workingLanguages: 'Idiomas de trabalho',
  start: 'Começar',
  noSources: 'Escolha pelo menos uma exportação ou link de visualização legível.',
};
