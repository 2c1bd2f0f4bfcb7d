import { numberFormatter, pluralizer } from '../plural.ts';
import type { VerifyWords } from './en.ts';

const plural = pluralizer('fr');
const number = numberFormatter('fr');

export const verifyFr: VerifyWords = {
  heading: 'Vérifier un résultat',
  intro:
    'Choisissez l’export JSON d’une session. Cette page vérifie chaque signature, rejoue les enregistrements authentiques selon les règles de l’atelier et compare ce qu’ils donnent avec le classement et les décomptes qu’annonce le fichier. Elle fonctionne dans ce navigateur, hors ligne aussi : le fichier ne va nulle part.',
  file: 'Fichier d’export JSON',
  viewLink: 'Lien de lecture de la session (facultatif)',
  viewLinkHint:
    'Avec le lien de lecture (…#/v/…), la vérification dit aussi si les enregistrements sont ceux de cette session, signés par la personne qui l’anime. Sans lui, le fichier n’est vérifié que par rapport à lui-même.',
  check: 'Vérifier',
  checking: 'Vérification de chaque signature…',
  problems: {
    'no-file': 'Choisissez d’abord un fichier.',
    unreadable: 'Ce fichier n’a pas pu être lu.',
    'not-json': 'Ce fichier n’est pas du JSON : choisissez le fichier enregistré avec « Télécharger en JSON ».',
    'not-an-export': 'Ce fichier JSON n’est pas l’export d’une session d’atelier.',
    'unknown-version': 'Cet export a été fait par une version de l’application que cette page ne connaît pas.',
    'no-records': 'Cet export ne contient aucun enregistrement : il n’y a rien à vérifier.',
    'bad-link': 'Ce n’est pas un lien de lecture. Collez le lien de lecture de la session en entier (…#/v/…), ou laissez le champ vide.',
  },
  verified: 'Vérifié : le résultat de ce fichier est bien celui que donnent ses enregistrements authentiques.',
  notVerified:
    'Non vérifié : le fichier a été modifié, contient des enregistrements non authentiques, ou n’est pas celui de la session du lien. Chaque constat est détaillé ci-dessous, en disant où.',
  resultFor: (file: string) => `Résultat pour ${file}`,
  originHeading: 'À quelle session il appartient',
  selfConsistency: 'Aucun lien de lecture donné : le fichier n’a été vérifié que par rapport à lui-même (cohérence interne).',
  fileRoom: (room: string) => `Le fichier désigne la salle ${room}.`,
  noRoom: 'Le fichier ne désigne aucune salle.',
  linkRoom: (room: string) => `Vérifié par rapport au lien de lecture de la salle ${room}.`,
  linkFacilitator: (facilitator: string) => `Le lien désigne la personne qui anime ${facilitator}.`,
  linkNoFacilitator: 'Le lien ne désigne personne pour animer (un lien créé avant la signature des enregistrements).',
  roomMatches: 'Le fichier désigne la même salle.',
  otherRoom: (room: string) => `Le fichier désigne une autre salle : ${room}. Ses signatures ne valent pas pour la salle du lien.`,
  facilitatorMatches: 'L’enregistrement de session est signé par la personne qui anime désignée par le lien.',
  facilitatorDiffers: (who: string) =>
    `La personne qui anime désignée par le lien n’a aucun enregistrement de session dans ce fichier ; la session des enregistrements est celle de ${who}.`,
  nobody: 'personne (aucun enregistrement de session authentique)',
  recordsHeading: 'Enregistrements authentiques',
  records: (total: number, authentic: number) =>
    `${plural(total, { one: '# enregistrement dans le fichier', other: '# enregistrements dans le fichier' })}, ${plural(authentic, { one: '# authentique', other: '# authentiques' })}.`,
  group: 'Groupe',
  venue: 'Lieu',
  groups: 'Groupes',
  authentic: 'Enregistrements authentiques',
  noVenue: 'Lieu non précisé',
  facilitator: 'La personne qui anime',
  others: 'D’autres, étrangers à cette session',
  ignoredHeading: 'Enregistrements ignorés',
  noneIgnored: 'Aucun enregistrement n’a été ignoré.',
  ignoredIntro: (n: number) =>
    plural(n, {
      one: '# enregistrement est ignoré, comme l’application l’ignore :',
      other: '# enregistrements sont ignorés, comme l’application les ignore :',
    }),
  recordAt: (position: number) => `Enregistrement ${number(position)} du fichier`,
  stages: {
    validation: 'Mal formé : aucune application ne l’exporte',
    signature: 'Non authentique',
    rules: 'Refusé par une règle de la session, comme dans chaque navigateur',
  },
  sessionLocked: { name: 'Écrit pendant le verrouillage', explain: 'La session était verrouillée quand il a été écrit : il ne change donc rien.' },
  field: 'Champ',
  differencesHeading: 'Le résumé face aux enregistrements',
  noDifferences: 'Le résumé (titre, groupes, classement, textes, décomptes, soutiens, versions, traductions) correspond aux enregistrements.',
  differencesIntro: (n: number) =>
    plural(n, {
      one: 'Le résumé diffère de ce que donnent les enregistrements en # endroit :',
      other: 'Le résumé diffère de ce que donnent les enregistrements en # endroits :',
    }),
  session: 'La session',
  proposalRanked: (rank: string) => `La proposition en position ${rank}`,
  proposalFileRanks: (rank: string) => `La proposition que le fichier place en position ${rank}`,
  groupItem: 'Le groupe',
  notAdmittedItem: 'L’ajout non admis',
  lists: { groups: 'La liste des groupes', proposals: 'La liste des propositions', notAdmitted: 'La liste des ajouts non admis' },
  wholeItem: 'l’élément entier',
  onlyInFile: 'Dans le fichier, mais les enregistrements ne donnent pas cet élément.',
  leftOut: 'Les enregistrements le donnent ; le fichier l’omet.',
  inFile: 'Dans le fichier',
  fromRecords: 'D’après les enregistrements',
  nothing: 'rien',
  missingHeading: 'Enregistrements cités mais absents',
  noneMissing: 'Aucun enregistrement ne cite un enregistrement absent du fichier.',
  missingIntro: (n: number) =>
    plural(n, {
      one: '# enregistrement absent du fichier est cité par un autre :',
      other: '# enregistrements absents du fichier sont cités par d’autres :',
    }),
  missing: (by: string, field: string, missing: string) =>
    `L’enregistrement ${by} cite, dans son champ ${field}, ${missing}, que le fichier ne contient pas : supprimé, ou jamais écrit.`,
  undetectableHeading: 'Ce que cette vérification ne peut pas détecter',
  undetectable: {
    'no-link':
      'Sans le lien de lecture, une session entièrement inventée sous une nouvelle clé d’animation passerait : donnez le lien pour vérifier à qui appartient la session.',
    'unreferenced-removal':
      'Un enregistrement qu’aucun autre ne cite (un soutien, un retrait, une traduction, un verrouillage, la dernière modification d’une proposition…) supprimé, le résumé modifié en conséquence.',
    'added-group': 'Un groupe ajouté après coup par quelqu’un qui connaît l’identifiant de la salle, avec sa propre clé et ses enregistrements, le résumé modifié en conséquence.',
    'late-records': 'Des enregistrements qu’un groupe ou la personne qui anime a signés après la session avec ses propres clés, datés pour paraître antérieurs.',
    'export-time': 'La date de l’export du fichier : elle n’est pas signée.',
  },
  convergence: {
    provenance: (verified: number, total: number) =>
      plural(total, {
        one: `Provenance : ${number(verified)} candidate sur # vérifiée d’après les enregistrements signés de sa session d’origine.`,
        other: `Provenance : ${number(verified)} candidates sur # vérifiées d’après les enregistrements signés de leurs sessions d’origine.`,
      }),
    countAsClaimed: (n: number) =>
      plural(n, { one: '# nombre de soutiens tel que déclaré, non prouvé.', other: '# nombres de soutiens tels que déclarés, non prouvés.' }),
  },
};
