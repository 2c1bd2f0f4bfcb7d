import { numberFormatter, pluralizer } from '../plural.ts';
import type { VerifyWords } from './en.ts';

const plural = pluralizer('pt');
const number = numberFormatter('pt');

export const verifyPt: VerifyWords = {
  heading: 'Verificar um resultado',
  intro:
    'Escolha a exportação JSON de uma sessão. Esta página verifica cada assinatura, reaplica os registros autênticos com as regras da oficina e compara o que eles dão com a classificação e as contagens que o arquivo declara. Funciona neste navegador, também sem conexão: o arquivo não vai a lugar nenhum.',
  file: 'Arquivo de exportação JSON',
  viewLink: 'Link de visualização da sessão (opcional)',
  viewLinkHint:
    'Com o link de visualização (…#/v/…), a verificação diz também se os registros são dessa sessão, assinados pela sua pessoa facilitadora. Sem ele, o arquivo só é verificado contra si mesmo.',
  check: 'Verificar',
  checking: 'Verificando cada assinatura…',
  problems: {
    'no-file': 'Escolha primeiro um arquivo.',
    unreadable: 'Não foi possível ler este arquivo.',
    'not-json': 'Este arquivo não é JSON: escolha o arquivo salvo com “Baixar JSON”.',
    'not-an-export': 'Este arquivo JSON não é uma exportação de uma sessão da oficina.',
    'unknown-version': 'Esta exportação foi feita por uma versão do aplicativo que esta página não conhece.',
    'no-records': 'Esta exportação não contém registros: não há nada a verificar.',
    'bad-link': 'Isto não é um link de visualização. Cole o link de visualização da sessão completo (…#/v/…), ou deixe o campo vazio.',
  },
  verified: 'Verificado: o resultado deste arquivo é o que os seus registros autênticos dão.',
  notVerified:
    'Não verificado: o arquivo foi alterado, contém registros que não são autênticos ou não é da sessão do link. Cada constatação está listada abaixo, dizendo onde.',
  resultFor: (file: string) => `Resultado de ${file}`,
  originHeading: 'De que sessão é',
  selfConsistency: 'Nenhum link de visualização dado: o arquivo só foi verificado contra si mesmo (coerência interna).',
  fileRoom: (room: string) => `O arquivo indica a sala ${room}.`,
  noRoom: 'O arquivo não indica nenhuma sala.',
  linkRoom: (room: string) => `Verificado contra o link de visualização da sala ${room}.`,
  linkFacilitator: (facilitator: string) => `O link indica a pessoa facilitadora ${facilitator}.`,
  linkNoFacilitator: 'O link não indica nenhuma pessoa facilitadora (um link criado antes de os registros serem assinados).',
  roomMatches: 'O arquivo indica a mesma sala.',
  otherRoom: (room: string) => `O arquivo indica outra sala: ${room}. As suas assinaturas não valem para a sala do link.`,
  facilitatorMatches: 'O registro da sessão está assinado pela pessoa facilitadora que o link indica.',
  facilitatorDiffers: (who: string) =>
    `A pessoa facilitadora do link não tem nenhum registro de sessão neste arquivo; a sessão dos registros é de ${who}.`,
  nobody: 'ninguém (nenhum registro de sessão autêntico)',
  recordsHeading: 'Registros autênticos',
  records: (total: number, authentic: number) =>
    `${plural(total, { one: '# registro no arquivo', other: '# registros no arquivo' })}, ${plural(authentic, { one: '# autêntico', other: '# autênticos' })}.`,
  group: 'Grupo',
  venue: 'Local',
  groups: 'Grupos',
  authentic: 'Registros autênticos',
  noVenue: 'Local não informado',
  facilitator: 'A pessoa facilitadora',
  others: 'Outros, alheios a esta sessão',
  ignoredHeading: 'Registros ignorados',
  noneIgnored: 'Nenhum registro foi ignorado.',
  ignoredIntro: (n: number) =>
    plural(n, { one: '# registro é ignorado, como o aplicativo o ignora:', other: '# registros são ignorados, como o aplicativo os ignora:' }),
  recordAt: (position: number) => `Registro ${number(position)} do arquivo`,
  stages: {
    validation: 'Malformado: nenhum aplicativo o exporta',
    signature: 'Não autêntico',
    rules: 'Recusado por uma regra da sessão, como em cada navegador',
  },
  sessionLocked: { name: 'Escrito com a sessão bloqueada', explain: 'A sessão estava bloqueada quando foi escrito, por isso não muda nada.' },
  field: 'Campo',
  differencesHeading: 'O resumo diante dos registros',
  noDifferences: 'O resumo (título, grupos, classificação, textos, contagens, apoios, versões, traduções) corresponde aos registros.',
  differencesIntro: (n: number) =>
    plural(n, {
      one: 'O resumo difere do que os registros dão em # lugar:',
      other: 'O resumo difere do que os registros dão em # lugares:',
    }),
  session: 'A sessão',
  proposalRanked: (rank: string) => `A proposta classificada em ${rank}º`,
  proposalFileRanks: (rank: string) => `A proposta que o arquivo classifica em ${rank}º`,
  groupItem: 'O grupo',
  notAdmittedItem: 'A proposta não admitida',
  lists: { groups: 'A lista de grupos', proposals: 'A lista de propostas', notAdmitted: 'A lista de propostas não admitidas' },
  wholeItem: 'o item inteiro',
  onlyInFile: 'No arquivo, mas os registros não dão tal item.',
  leftOut: 'Os registros o dão; o arquivo o omite.',
  inFile: 'No arquivo',
  fromRecords: 'Segundo os registros',
  nothing: 'nada',
  missingHeading: 'Registros citados mas ausentes',
  noneMissing: 'Nenhum registro cita um registro que falte no arquivo.',
  missingIntro: (n: number) =>
    plural(n, { one: 'Outro registro cita # registro que falta no arquivo:', other: 'Outros registros citam # registros que faltam no arquivo:' }),
  missing: (by: string, field: string, missing: string) =>
    `O registro ${by} cita, no seu campo ${field}, ${missing}, que o arquivo não contém: removido, ou nunca escrito.`,
  undetectableHeading: 'O que esta verificação não consegue detectar',
  undetectable: {
    'no-link':
      'Sem o link de visualização, passaria uma sessão inteira inventada com uma nova chave de facilitação: dê o link para verificar de quem é a sessão.',
    'unreferenced-removal':
      'Um registro que nenhum outro cita (um apoio, uma retirada, uma tradução, um bloqueio, a última edição de uma proposta…) removido, com o resumo editado para coincidir.',
    'added-group': 'Um grupo acrescentado depois por alguém que conhece o id da sala, com a sua própria chave nova e registros, e o resumo editado para coincidir.',
    'late-records': 'Registros que um grupo ou a pessoa facilitadora assinaram depois da sessão com as suas próprias chaves, datados para parecerem anteriores.',
    'export-time': 'Quando o arquivo foi exportado: essa data não é assinada.',
  },
  convergence: {
    provenance: (verified: number, total: number) =>
      plural(total, {
        one: `Procedência: ${number(verified)} de # candidata verificada com os registos assinados da sua sessão de origem.`,
        other: `Procedência: ${number(verified)} de # candidatas verificadas com os registos assinados das suas sessões de origem.`,
      }),
    countAsClaimed: (n: number) =>
      plural(n, { one: '# contagem de apoios declarada, não provada.', other: '# contagens de apoios declaradas, não provadas.' }),
  },
};
