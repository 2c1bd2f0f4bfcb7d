import type { Messages } from './en.ts';
import { numberFormatter, pluralizer } from './plural.ts';

const plural = pluralizer('es');
const number = numberFormatter('es');

export const es = {
  appName: 'Taller de Democracia Colaborativa',
  language: 'Idioma',
  loading: 'Cargando la sesión…',
  notFound: 'Este enlace no es un enlace del taller. Compruebe que se copió entero.',
  untitled: 'Sesión sin título',
  unknownGroup: 'un grupo aún desconocido',
  close: 'Cerrar',
  dismiss: 'Descartar',
  cancel: 'Cancelar',

  start: {
    heading: 'Iniciar una sesión del taller',
    intro:
      'Dé un título a la sesión. Recibirá dos enlaces: uno para la persona que escribe en cada grupo y otro para el proyector y para quien quiera seguirla.',
    sessionTitle: 'Título de la sesión',
    createSession: 'Crear sesión',
    created: (title: string) => `La sesión «${title}» está lista`,
    scribeLink: 'Enlace de escritura',
    scribeLinkHint: 'Para quien escribe en cada grupo. Quien tenga este enlace puede escribir: compártalo solo con los grupos.',
    viewLink: 'Enlace de visualización',
    viewLinkHint: 'Solo lectura, para el proyector y para cualquiera que la siga, desde donde sea.',
    openProjector: 'Abrir proyector',
    another: 'Crear otra sesión',
    keepOpen: 'Mantenga esta página abierta hasta que el estado diga En línea, para que el título llegue al servidor.',
  },

  share: {
    copy: 'Copiar',
    copied: 'Copiado',
    copyFailed: 'No se pudo copiar: seleccione el enlace y cópielo a mano.',
    qrOf: (label: string) => `Código QR del ${label.toLowerCase()}`,
  },

  status: {
    online: 'En línea',
    offline: 'Sin conexión',
    syncing: 'Sincronizando',
    pending: (n: number) =>
      n === 0
        ? 'todos los cambios están en el servidor'
        : plural(n, { one: '# cambio aún no está en el servidor', other: '# cambios aún no están en el servidor' }),
  },

  join: {
    heading: 'Unirse como grupo',
    intro: 'Dé un nombre a su grupo. Cada grupo recibe un número y un símbolo, que aparecen junto a su nombre en todas partes.',
    groupName: 'Nombre del grupo',
    venue: 'Lugar',
    venueHint: 'Opcional: la ciudad o la sala, para distinguir dos grupos con el mismo nombre.',
    join: 'Unirse',
    continueHeading: 'O continuar como un grupo que ya se unió desde este navegador',
    continueAs: (group: string) => `Continuar como ${group}`,
    changeGroup: 'Cambiar de grupo',
    speakingFor: 'Escribe por',
  },

  problems: {
    'text-empty': 'Escriba algo primero.',
    'text-too-long': 'Demasiado largo: no pase de 1000 caracteres.',
    'document-full': 'El documento ya tiene 10 propuestas: edite una de ellas.',
    'not-joined': 'Primero únase como grupo.',
    'already-joined': 'Este grupo ya se unió.',
    'unknown-proposal': 'Esa propuesta ya no existe.',
    'unknown-revision': 'Esa versión aún no se conoce aquí.',
    'not-current': 'Esa versión fue reemplazada mientras tanto: mire la actual.',
    'already-endorsed': 'Su grupo ya apoya esta versión.',
    'not-endorsed': 'Su grupo no apoya esta versión.',
    'invalid-record': 'No se pudo guardar: el documento rechaza esos caracteres o esa longitud.',
  },

  scribe: {
    proposals: 'Propuestas',
    proposalCount: (n: number, cap: number) => `${number(n)} / ${number(cap)} propuestas`,
    empty: 'Aún no hay propuestas. Añada la primera abajo.',
    rank: (n: number) => `Puesto ${number(n)}`,
    endorsements: (n: number) => plural(n, { one: '# apoyo', other: '# apoyos' }),
    endorsedBy: 'Apoyada por',
    youEndorse: 'Su grupo la apoya',
    endorse: 'Apoyar',
    withdraw: 'Retirar apoyo',
    edit: 'Editar',
    history: 'Historial',
    editProposal: 'Editar propuesta',
    save: 'Guardar',
    changedWhileEditing: (group: string) =>
      `${group} guardó una versión nueva mientras usted editaba. Si guarda ahora, la reemplaza; su versión queda en el historial.`,
    newProposal: 'Nueva propuesta',
    addProposal: 'Añadir propuesta',
    characters: (n: number, max: number) => `${number(n)} / ${number(max)} caracteres`,
    tooLongBy: (n: number) => plural(n, { one: '# carácter de más', other: '# caracteres de más' }),
    full: (cap: number) =>
      `El documento tiene ${number(cap)} propuestas, el máximo. Una idea nueva solo puede entrar editando una propuesta existente.`,
    isEditing: (group: string) => `${group} está editando esta propuesta`,
    groupsOnline: 'Grupos en línea',
    noneOnline: 'Ningún grupo está en línea ahora.',
  },

  feedback: {
    heading: 'Para su grupo',
    notAdmitted: 'Su propuesta no fue admitida: el documento estaba lleno cuando llegó.',
    useAsEditOf: 'Usarla como edición de',
    useAsEdit: 'Usar como edición',
    superseded: (group: string) => `Su edición fue reemplazada por la edición simultánea de ${group}.`,
    restoreMine: 'Restaurar mi versión',
    discounted: 'Su apoyo era para una versión reemplazada, así que no cuenta.',
    endorseCurrent: 'Apoyar la versión actual',
    yourText: 'Su texto',
    proposal: 'Propuesta',
  },

  history: {
    heading: 'Historial de una propuesta',
    back: 'Volver a las propuestas',
    missing: 'Esta propuesta no está en el documento (todavía).',
    revision: (n: number) => `Versión ${number(n)}`,
    by: 'por',
    current: 'Versión actual',
    first: 'Primera versión',
    supersededConcurrently: (group: string) => `Reemplazada por la edición simultánea de ${group}`,
    replacedBy: (n: number) => `Reemplazada por la versión ${number(n)}`,
    endorsements: (n: number) => plural(n, { one: '# apoyo', other: '# apoyos' }),
    restore: 'Restaurar esta versión',
    legend: 'Subrayado: añadido en esta versión.',
    removed: 'Quitado',
    changes: 'Cambios respecto a la versión anterior',
  },

  projector: {
    endorsementsWord: (n: number) => plural(n, { one: 'apoyo', other: 'apoyos' }),
    notAdmitted: (n: number) =>
      plural(n, {
        one: '# propuesta llegó con el documento lleno',
        other: '# propuestas llegaron con el documento lleno',
      }),
    empty: 'Aún no hay propuestas.',
    scanToFollow: 'Escanee para seguir',
    fullScreen: 'Pantalla completa',
    history: 'Historial',
  },
  translations: {
    writtenIn: 'Escrita en',
    translate: 'Traducir',
    translateInto: 'Traducir al',
    translateIntoLanguage: (language: string) => `Traducir al ${language}`,
    field: (language: string) => `Traducción (${language})`,
    save: 'Guardar traducción',
    heading: 'Traducciones',
    summary: (n: number) => plural(n, { one: '# traducción', other: '# traducciones' }),
    outdatedCount: (n: number) => plural(n, { one: '# desactualizada', other: '# desactualizadas' }),
    outdated: 'desactualizada — la propuesta cambió desde entonces',
    outdatedShort: 'desactualizada',
    missing: 'aún sin traducir',
    upToDate: 'al día',
    originalIn: (language: string) => `original en ${language}`,
    changedWhileTranslating:
      'La propuesta cambió mientras usted traducía. Lea su texto nuevo y pulse «Guardar traducción» otra vez para traducir la versión nueva.',
    needsLink: (n: number) => `Por traducir (${number(n)})`,
    needsHeading: 'Por traducir',
    needsIntro:
      'La versión actual de estas propuestas aún no tiene traducción, o solo una desactualizada. Traduzca una y todos los proyectores que muestran ese idioma se actualizan al instante.',
    toTranslate: (n: number) => plural(n, { one: '# por traducir', other: '# por traducir' }),
    nothingInLanguage: 'Nada que traducir a este idioma.',
    translatedMeanwhile: 'Otro grupo la tradujo mientras tanto: compare antes de guardar.',
    back: 'Volver a las propuestas',
    by: 'por',
    ofVersion: (n: number) => `de la versión ${number(n)}`,
    current: 'Traducción actual',
    earlier: 'Reemplazada por una traducción posterior',
    none: 'Aún sin traducir.',
    projected: 'Idioma proyectado',
    beside: 'Al lado, en',
    nothing: 'Ninguno',
  },
} satisfies Messages;
