import { numberFormatter, pluralizer } from '../plural.ts';
import type { VerifyWords } from './en.ts';

const plural = pluralizer('es');
const number = numberFormatter('es');

export const verifyEs: VerifyWords = {
  heading: 'Verificar un resultado',
  intro:
    'Elija la exportación JSON de una sesión. Esta página comprueba cada firma, vuelve a aplicar los registros auténticos con las reglas del taller y compara lo que dan con la clasificación y los recuentos que declara el archivo. Funciona en este navegador, también sin conexión: el archivo no sale de aquí.',
  file: 'Archivo de exportación JSON',
  viewLink: 'Enlace de visualización de la sesión (opcional)',
  viewLinkHint:
    'Con el enlace de visualización (…#/v/…), la comprobación dice además si los registros son de esa sesión, firmados por su persona facilitadora. Sin él, el archivo solo se comprueba contra sí mismo.',
  check: 'Verificar',
  checking: 'Comprobando cada firma…',
  problems: {
    'no-file': 'Elija primero un archivo.',
    unreadable: 'No se pudo leer este archivo.',
    'not-json': 'Este archivo no es JSON: elija el archivo guardado con «Descargar JSON».',
    'not-an-export': 'Este archivo JSON no es una exportación de una sesión del taller.',
    'unknown-version': 'Esta exportación se hizo con una versión de la aplicación que esta página no conoce.',
    'no-records': 'Esta exportación no contiene registros: no hay nada que verificar.',
    'bad-link': 'Esto no es un enlace de visualización. Pegue el enlace de visualización de la sesión completo (…#/v/…), o deje el campo vacío.',
  },
  verified: 'Verificado: el resultado de este archivo es el que dan sus registros auténticos.',
  notVerified:
    'No verificado: el archivo fue modificado, contiene registros que no son auténticos o no es de la sesión enlazada. Cada hallazgo se detalla abajo, indicando dónde.',
  resultFor: (file: string) => `Resultado de ${file}`,
  originHeading: 'De qué sesión es',
  selfConsistency: 'No se dio ningún enlace de visualización: el archivo solo se comprobó contra sí mismo (coherencia interna).',
  fileRoom: (room: string) => `El archivo nombra la sala ${room}.`,
  noRoom: 'El archivo no nombra ninguna sala.',
  linkRoom: (room: string) => `Comprobado contra el enlace de visualización de la sala ${room}.`,
  linkFacilitator: (facilitator: string) => `El enlace nombra a la persona facilitadora ${facilitator}.`,
  linkNoFacilitator: 'El enlace no nombra a ninguna persona facilitadora (un enlace creado antes de que los registros se firmaran).',
  roomMatches: 'El archivo nombra la misma sala.',
  otherRoom: (room: string) => `El archivo nombra otra sala: ${room}. Sus firmas no valen para la sala del enlace.`,
  facilitatorMatches: 'El registro de la sesión está firmado por la persona facilitadora que nombra el enlace.',
  facilitatorDiffers: (who: string) =>
    `La persona facilitadora del enlace no tiene ningún registro de sesión en este archivo; la sesión de los registros es de ${who}.`,
  nobody: 'nadie (ningún registro de sesión auténtico)',
  recordsHeading: 'Registros auténticos',
  records: (total: number, authentic: number) =>
    `${plural(total, { one: '# registro en el archivo', other: '# registros en el archivo' })}, ${plural(authentic, { one: '# auténtico', other: '# auténticos' })}.`,
  group: 'Grupo',
  venue: 'Lugar',
  groups: 'Grupos',
  authentic: 'Registros auténticos',
  noVenue: 'Sin lugar indicado',
  facilitator: 'La persona facilitadora',
  others: 'Otros, ajenos a esta sesión',
  ignoredHeading: 'Registros ignorados',
  noneIgnored: 'No se ignoró ningún registro.',
  ignoredIntro: (n: number) =>
    plural(n, { one: '# registro se ignora, como lo ignora la aplicación:', other: '# registros se ignoran, como los ignora la aplicación:' }),
  recordAt: (position: number) => `Registro ${number(position)} del archivo`,
  stages: {
    validation: 'Mal formado: ninguna aplicación lo exporta',
    signature: 'No auténtico',
    rules: 'Rechazado por una regla de la sesión, como en cada navegador',
  },
  sessionLocked: { name: 'Escrito con la sesión bloqueada', explain: 'La sesión estaba bloqueada cuando se escribió, así que no cambia nada.' },
  field: 'Campo',
  differencesHeading: 'El resumen frente a los registros',
  noDifferences: 'El resumen (título, grupos, clasificación, textos, recuentos, apoyos, versiones, traducciones) coincide con los registros.',
  differencesIntro: (n: number) =>
    plural(n, {
      one: 'El resumen difiere de lo que dan los registros en # lugar:',
      other: 'El resumen difiere de lo que dan los registros en # lugares:',
    }),
  session: 'La sesión',
  proposalRanked: (rank: string) => `La propuesta en el puesto ${rank}`,
  proposalFileRanks: (rank: string) => `La propuesta que el archivo pone en el puesto ${rank}`,
  groupItem: 'El grupo',
  notAdmittedItem: 'La propuesta no admitida',
  lists: { groups: 'La lista de grupos', proposals: 'La lista de propuestas', notAdmitted: 'La lista de propuestas no admitidas' },
  wholeItem: 'el elemento entero',
  onlyInFile: 'En el archivo, pero los registros no dan tal elemento.',
  leftOut: 'Los registros lo dan; el archivo lo omite.',
  inFile: 'En el archivo',
  fromRecords: 'Según los registros',
  nothing: 'nada',
  missingHeading: 'Registros nombrados pero ausentes',
  noneMissing: 'Ningún registro nombra un registro que falte en el archivo.',
  missingIntro: (n: number) =>
    plural(n, { one: 'Otro registro nombra # registro que falta en el archivo:', other: 'Otros registros nombran # registros que faltan en el archivo:' }),
  missing: (by: string, field: string, missing: string) =>
    `El registro ${by} nombra, en su campo ${field}, ${missing}, que el archivo no contiene: eliminado, o nunca escrito.`,
  undetectableHeading: 'Lo que esta comprobación no puede detectar',
  undetectable: {
    'no-link':
      'Sin el enlace de visualización, pasaría una sesión entera inventada con una nueva clave de facilitación: dé el enlace para comprobar de quién es la sesión.',
    'unreferenced-removal':
      'Un registro que ningún otro nombra (un apoyo, una retirada, una traducción, un bloqueo, la última edición de una propuesta…) eliminado, con el resumen editado para coincidir.',
    'added-group': 'Un grupo añadido después por alguien que conoce el id de la sala, con su propia clave nueva y sus registros, y el resumen editado para coincidir.',
    'late-records': 'Registros que un grupo o la persona facilitadora firmaron después de la sesión con sus propias claves, fechados para parecer anteriores.',
    'export-time': 'Cuándo se exportó el archivo: esa fecha no está firmada.',
  },
  convergence: {
    provenance: (verified: number, total: number) =>
      plural(total, {
        one: `Procedencia: ${number(verified)} de # candidata verificada con los registros firmados de su sesión de origen.`,
        other: `Procedencia: ${number(verified)} de # candidatas verificadas con los registros firmados de sus sesiones de origen.`,
      }),
    countAsClaimed: (n: number) =>
      plural(n, { one: '# recuento de apoyos declarado, no probado.', other: '# recuentos de apoyos declarados, no probados.' }),
  },
};
