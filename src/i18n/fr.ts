import type { Messages } from './en.ts';
import { numberFormatter, pluralizer } from './plural.ts';

const plural = pluralizer('fr');
const number = numberFormatter('fr');

export const fr = {
  appName: 'Atelier de démocratie collaborative',
  language: 'Langue',
  loading: 'Chargement de la session…',
  notFound: 'Ce lien n’est pas un lien d’atelier. Vérifiez qu’il a été copié en entier.',
  untitled: 'Session sans titre',
  unknownGroup: 'un groupe encore inconnu',
  close: 'Fermer',
  dismiss: 'Masquer',
  cancel: 'Annuler',

  start: {
    heading: 'Lancer une session d’atelier',
    intro:
      'Donnez un titre à la session. Vous recevez deux liens : l’un pour la personne qui écrit dans chaque groupe, l’autre pour le projecteur et pour qui veut suivre.',
    sessionTitle: 'Titre de la session',
    createSession: 'Créer la session',
    created: (title: string) => `La session « ${title} » est prête`,
    scribeLink: 'Lien d’écriture',
    scribeLinkHint: 'Pour la personne qui écrit dans chaque groupe. Qui détient ce lien peut écrire : ne le partagez qu’avec les groupes.',
    viewLink: 'Lien de lecture',
    viewLinkHint: 'En lecture seule, pour le projecteur et pour qui veut suivre, où qu’il soit.',
    openProjector: 'Ouvrir le projecteur',
    another: 'Créer une autre session',
    keepOpen: 'Gardez cette page ouverte jusqu’à ce que l’état indique En ligne, pour que le titre atteigne le serveur.',
  },

  share: {
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'La copie a échoué : sélectionnez le lien et copiez-le à la main.',
    qrOf: (label: string) => `Code QR du ${label.toLowerCase()}`,
  },

  status: {
    online: 'En ligne',
    offline: 'Hors ligne',
    syncing: 'Synchronisation',
    pending: (n: number) =>
      n === 0
        ? 'toutes les modifications sont sur le serveur'
        : plural(n, {
            one: '# modification pas encore sur le serveur',
            other: '# modifications pas encore sur le serveur',
          }),
  },

  join: {
    heading: 'Rejoindre en tant que groupe',
    intro: 'Nommez votre groupe. Chaque groupe reçoit un numéro et un symbole, affichés partout à côté de son nom.',
    groupName: 'Nom du groupe',
    venue: 'Lieu',
    venueHint: 'Facultatif : la ville ou la salle, pour distinguer deux groupes du même nom.',
    join: 'Rejoindre',
    continueHeading: 'Ou continuer avec un groupe déjà rejoint depuis ce navigateur',
    continueAs: (group: string) => `Continuer en tant que ${group}`,
    changeGroup: 'Changer de groupe',
    speakingFor: 'Écrit pour',
  },

  problems: {
    'text-empty': 'Écrivez d’abord quelque chose.',
    'text-too-long': 'Trop long : 1 000 caractères au plus.',
    'document-full': 'Le document contient déjà 10 propositions : modifiez-en une.',
    'not-joined': 'Rejoignez d’abord en tant que groupe.',
    'already-joined': 'Ce groupe a déjà rejoint.',
    'unknown-proposal': 'Cette proposition n’existe plus.',
    'unknown-revision': 'Cette version n’est pas encore connue ici.',
    'not-current': 'Cette version a été remplacée entre-temps : regardez la version actuelle.',
    'already-endorsed': 'Votre groupe soutient déjà cette version.',
    'not-endorsed': 'Votre groupe ne soutient pas cette version.',
    'invalid-record': 'Impossible d’enregistrer : le document refuse ces caractères ou cette longueur.',
  },

  scribe: {
    proposals: 'Propositions',
    proposalCount: (n: number, cap: number) => `${number(n)} / ${number(cap)} propositions`,
    empty: 'Pas encore de proposition. Ajoutez la première ci-dessous.',
    rank: (n: number) => `Rang ${number(n)}`,
    endorsements: (n: number) => plural(n, { one: '# soutien', other: '# soutiens' }),
    endorsedBy: 'Soutenue par',
    youEndorse: 'Votre groupe la soutient',
    endorse: 'Soutenir',
    withdraw: 'Retirer le soutien',
    edit: 'Modifier',
    history: 'Historique',
    editProposal: 'Modifier la proposition',
    save: 'Enregistrer',
    changedWhileEditing: (group: string) =>
      `${group} a enregistré une nouvelle version pendant votre modification. Enregistrer maintenant la remplace ; sa version reste dans l’historique.`,
    newProposal: 'Nouvelle proposition',
    addProposal: 'Ajouter la proposition',
    characters: (n: number, max: number) => `${number(n)} / ${number(max)} caractères`,
    tooLongBy: (n: number) => plural(n, { one: '# caractère en trop', other: '# caractères en trop' }),
    full: (cap: number) =>
      `Le document contient ${number(cap)} propositions, le maximum. Une nouvelle idée ne peut entrer qu’en modifiant une proposition existante.`,
    isEditing: (group: string) => `${group} modifie cette proposition`,
    groupsOnline: 'Groupes en ligne',
    noneOnline: 'Aucun groupe n’est en ligne pour l’instant.',
  },

  feedback: {
    heading: 'Pour votre groupe',
    notAdmitted: 'Votre ajout n’a pas été admis : le document était plein à son arrivée.',
    useAsEditOf: 'L’utiliser comme modification de',
    useAsEdit: 'Utiliser comme modification',
    superseded: (group: string) => `Votre modification a été remplacée par la modification simultanée de ${group}.`,
    restoreMine: 'Rétablir ma version',
    discounted: 'Votre soutien portait sur une version remplacée : il ne compte pas.',
    endorseCurrent: 'Soutenir la version actuelle',
    yourText: 'Votre texte',
    proposal: 'Proposition',
  },

  history: {
    heading: 'Historique d’une proposition',
    back: 'Retour aux propositions',
    missing: 'Cette proposition n’est pas (encore) dans le document.',
    revision: (n: number) => `Version ${number(n)}`,
    by: 'par',
    current: 'Version actuelle',
    first: 'Première version',
    supersededConcurrently: (group: string) => `Remplacée par la modification simultanée de ${group}`,
    replacedBy: (n: number) => `Remplacée par la version ${number(n)}`,
    endorsements: (n: number) => plural(n, { one: '# soutien', other: '# soutiens' }),
    restore: 'Rétablir cette version',
    legend: 'Souligné : ajouté dans cette version.',
    removed: 'Supprimé',
    changes: 'Modifications par rapport à la version précédente',
  },

  projector: {
    endorsementsWord: (n: number) => plural(n, { one: 'soutien', other: 'soutiens' }),
    notAdmitted: (n: number) =>
      plural(n, {
        one: '# ajout arrivé une fois le document plein',
        other: '# ajouts arrivés une fois le document plein',
      }),
    empty: 'Pas encore de proposition.',
    scanToFollow: 'Scannez pour suivre',
    fullScreen: 'Plein écran',
    history: 'Historique',
  },
  translations: {
    writtenIn: 'Écrite en',
    translate: 'Traduire',
    translateInto: 'Traduire vers',
    translateIntoLanguage: (language: string) => `Traduire en ${language}`,
    field: (language: string) => `Traduction (${language})`,
    save: 'Enregistrer la traduction',
    heading: 'Traductions',
    summary: (n: number) => plural(n, { one: '# traduction', other: '# traductions' }),
    outdatedCount: (n: number) => plural(n, { one: '# obsolète', other: '# obsolètes' }),
    outdated: 'obsolète — la proposition a changé depuis',
    outdatedShort: 'obsolète',
    missing: 'pas encore traduite',
    upToDate: 'à jour',
    originalIn: (language: string) => `original en ${language}`,
    changedWhileTranslating:
      'La proposition a changé pendant que vous traduisiez. Lisez son nouveau texte, puis appuyez de nouveau sur « Enregistrer la traduction » pour traduire la nouvelle version.',
    needsLink: (n: number) => `À traduire (${number(n)})`,
    needsHeading: 'À traduire',
    needsIntro:
      'La version actuelle de ces propositions n’a pas encore de traduction, ou seulement une traduction obsolète. Traduisez-en une : tous les projecteurs qui affichent cette langue se mettent à jour aussitôt.',
    toTranslate: (n: number) => plural(n, { one: '# à traduire', other: '# à traduire' }),
    nothingInLanguage: 'Rien à traduire dans cette langue.',
    translatedMeanwhile: 'Un autre groupe l’a traduite entre-temps : comparez avant d’enregistrer.',
    back: 'Retour aux propositions',
    by: 'par',
    ofVersion: (n: number) => `de la version ${number(n)}`,
    current: 'Traduction actuelle',
    earlier: 'Remplacée par une traduction plus récente',
    none: 'Pas encore traduite.',
    projected: 'Langue projetée',
    beside: 'À côté, en',
    nothing: 'Aucune',
  },
} satisfies Messages;
