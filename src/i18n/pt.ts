import type { Messages } from './en.ts';
import { numberFormatter, pluralizer } from './plural.ts';

const plural = pluralizer('pt');
const number = numberFormatter('pt');

export const pt = {
  appName: 'Oficina de Democracia Colaborativa',
  language: 'Idioma',
  loading: 'Carregando a sessão…',
  notFound: 'Este link não é um link da oficina. Verifique se foi copiado por inteiro.',
  untitled: 'Sessão sem título',
  unknownGroup: 'um grupo ainda desconhecido',
  close: 'Fechar',
  dismiss: 'Dispensar',
  cancel: 'Cancelar',

  start: {
    heading: 'Iniciar uma sessão da oficina',
    intro:
      'Dê um título à sessão. Você recebe dois links: um para quem escreve em cada grupo e outro para o projetor e para quem quiser acompanhar.',
    sessionTitle: 'Título da sessão',
    createSession: 'Criar sessão',
    created: (title: string) => `A sessão “${title}” está pronta`,
    scribeLink: 'Link de escrita',
    scribeLinkHint: 'Para quem escreve em cada grupo. Quem tem este link pode escrever: compartilhe-o só com os grupos.',
    viewLink: 'Link de visualização',
    viewLinkHint: 'Somente leitura, para o projetor e para quem quiser acompanhar, de qualquer lugar.',
    openProjector: 'Abrir projetor',
    another: 'Criar outra sessão',
    keepOpen: 'Mantenha esta página aberta até o estado dizer Conectado, para que o título chegue ao servidor.',
  },

  share: {
    copy: 'Copiar',
    copied: 'Copiado',
    copyFailed: 'Não foi possível copiar: selecione o link e copie-o à mão.',
    qrOf: (label: string) => `Código QR do ${label.toLowerCase()}`,
  },

  status: {
    online: 'Conectado',
    offline: 'Sem conexão',
    syncing: 'Sincronizando',
    pending: (n: number) =>
      n === 0
        ? 'todas as alterações estão no servidor'
        : plural(n, { one: '# alteração ainda não está no servidor', other: '# alterações ainda não estão no servidor' }),
  },

  join: {
    heading: 'Entrar como grupo',
    intro: 'Dê um nome ao seu grupo. Cada grupo recebe um número e um símbolo, mostrados ao lado do nome em todo lugar.',
    groupName: 'Nome do grupo',
    venue: 'Local',
    venueHint: 'Opcional: a cidade ou a sala, para distinguir dois grupos com o mesmo nome.',
    join: 'Entrar',
    continueHeading: 'Ou continuar como um grupo que já entrou por este navegador',
    continueAs: (group: string) => `Continuar como ${group}`,
    changeGroup: 'Trocar de grupo',
    speakingFor: 'Escreve por',
  },

  problems: {
    'text-empty': 'Escreva algo primeiro.',
    'text-too-long': 'Longo demais: no máximo 1.000 caracteres.',
    'document-full': 'O documento já tem 10 propostas: edite uma delas.',
    'not-joined': 'Entre como grupo primeiro.',
    'already-joined': 'Este grupo já entrou.',
    'unknown-proposal': 'Essa proposta não existe mais.',
    'unknown-revision': 'Essa versão ainda não é conhecida aqui.',
    'not-current': 'Essa versão foi substituída nesse meio-tempo: veja a atual.',
    'already-endorsed': 'Seu grupo já apoia esta versão.',
    'not-endorsed': 'Seu grupo não apoia esta versão.',
    'invalid-record': 'Não foi possível salvar: o documento recusa esses caracteres ou esse tamanho.',
  },

  scribe: {
    proposals: 'Propostas',
    proposalCount: (n: number, cap: number) => `${number(n)} / ${number(cap)} propostas`,
    empty: 'Ainda não há propostas. Adicione a primeira abaixo.',
    rank: (n: number) => `Posição ${number(n)}`,
    endorsements: (n: number) => plural(n, { one: '# apoio', other: '# apoios' }),
    endorsedBy: 'Apoiada por',
    youEndorse: 'Seu grupo apoia esta',
    endorse: 'Apoiar',
    withdraw: 'Retirar apoio',
    edit: 'Editar',
    history: 'Histórico',
    editProposal: 'Editar proposta',
    save: 'Salvar',
    changedWhileEditing: (group: string) =>
      `${group} salvou uma nova versão enquanto você editava. Salvar agora a substitui; a versão dele fica no histórico.`,
    newProposal: 'Nova proposta',
    addProposal: 'Adicionar proposta',
    characters: (n: number, max: number) => `${number(n)} / ${number(max)} caracteres`,
    tooLongBy: (n: number) => plural(n, { one: '# caractere a mais', other: '# caracteres a mais' }),
    full: (cap: number) =>
      `O documento tem ${number(cap)} propostas, o máximo. Uma ideia nova só pode entrar editando uma proposta existente.`,
    isEditing: (group: string) => `${group} está editando esta proposta`,
    groupsOnline: 'Grupos conectados',
    noneOnline: 'Nenhum grupo está conectado agora.',
  },

  feedback: {
    heading: 'Para o seu grupo',
    notAdmitted: 'Sua proposta não foi admitida: o documento estava cheio quando ela chegou.',
    useAsEditOf: 'Usá-la como edição de',
    useAsEdit: 'Usar como edição',
    superseded: (group: string) => `Sua edição foi substituída pela edição simultânea de ${group}.`,
    restoreMine: 'Restaurar minha versão',
    discounted: 'Seu apoio era para uma versão substituída, então não conta.',
    endorseCurrent: 'Apoiar a versão atual',
    yourText: 'Seu texto',
    proposal: 'Proposta',
  },

  history: {
    heading: 'Histórico de uma proposta',
    back: 'Voltar às propostas',
    missing: 'Esta proposta não está no documento (ainda).',
    revision: (n: number) => `Versão ${number(n)}`,
    by: 'por',
    current: 'Versão atual',
    first: 'Primeira versão',
    supersededConcurrently: (group: string) => `Substituída pela edição simultânea de ${group}`,
    replacedBy: (n: number) => `Substituída pela versão ${number(n)}`,
    endorsements: (n: number) => plural(n, { one: '# apoio', other: '# apoios' }),
    restore: 'Restaurar esta versão',
    legend: 'Sublinhado: adicionado nesta versão.',
    removed: 'Removido',
    changes: 'Alterações em relação à versão anterior',
  },

  projector: {
    endorsementsWord: (n: number) => plural(n, { one: 'apoio', other: 'apoios' }),
    notAdmitted: (n: number) =>
      plural(n, {
        one: '# proposta chegou com o documento cheio',
        other: '# propostas chegaram com o documento cheio',
      }),
    empty: 'Ainda não há propostas.',
    scanToFollow: 'Escaneie para acompanhar',
    fullScreen: 'Tela cheia',
    history: 'Histórico',
  },
  translations: {
    writtenIn: 'Escrita em',
    translate: 'Traduzir',
    translateInto: 'Traduzir para',
    translateIntoLanguage: (language: string) => `Traduzir para ${language}`,
    field: (language: string) => `Tradução (${language})`,
    save: 'Salvar tradução',
    heading: 'Traduções',
    summary: (n: number) => plural(n, { one: '# tradução', other: '# traduções' }),
    outdatedCount: (n: number) => plural(n, { one: '# desatualizada', other: '# desatualizadas' }),
    outdated: 'desatualizada — a proposta mudou desde então',
    outdatedShort: 'desatualizada',
    missing: 'ainda não traduzida',
    upToDate: 'em dia',
    originalIn: (language: string) => `original em ${language}`,
    changedWhileTranslating:
      'A proposta mudou enquanto você traduzia. Leia o novo texto e pressione “Salvar tradução” de novo para traduzir a nova versão.',
    needsLink: (n: number) => `Para traduzir (${number(n)})`,
    needsHeading: 'Para traduzir',
    needsIntro:
      'A versão atual destas propostas ainda não tem tradução, ou só uma desatualizada. Traduza uma, e todos os projetores que mostram esse idioma se atualizam na hora.',
    toTranslate: (n: number) => plural(n, { one: '# para traduzir', other: '# para traduzir' }),
    nothingInLanguage: 'Nada para traduzir para este idioma.',
    translatedMeanwhile: 'Outro grupo a traduziu enquanto isso: compare antes de salvar.',
    back: 'Voltar às propostas',
    by: 'por',
    ofVersion: (n: number) => `da versão ${number(n)}`,
    current: 'Tradução atual',
    earlier: 'Substituída por uma tradução posterior',
    none: 'Ainda não traduzida.',
    projected: 'Idioma projetado',
    beside: 'Ao lado, em',
    nothing: 'Nenhum',
  },
} satisfies Messages;
