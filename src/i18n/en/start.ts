import { addEnglish } from '../en.ts';
import { pluralizer } from '../plural.ts';

const plural = pluralizer('en');

/** The start page's words, and continuing from an export: they load with it. */
export const startWords = {
  start: {
    heading: 'Start a workshop session',
    /** The closed convergence form: one button, its words with the page, the form fetched when it is pressed. */
    fromSeveral: 'Start from several sessions',
    intro:
      'Give the session a title. You get three links: one for the scribe of each group, who writes; one for the projector and anyone watching; and one for you, the facilitator.',
    sessionTitle: 'Session title',
    createSession: 'Create session',
    languages: 'Languages of the proposals',
    languagesHint: 'Proposals are written in these languages and translated into each of them; the projector shows them.',
    created: (title: string) => `Session “${title}” is ready`,
    openProjector: 'Open projector',
    another: 'Create another session',
    keepOpen: 'Keep this page open until the status says Online, so the title reaches the relay.',
    cannotContinue:
      'This export does not say which session it came from, so its signed records cannot be checked in a new session. Export the session again with “Download JSON” from this version of the app.',
  },
  publish: {
    continueHeading: 'Continue from an export',
    continueIntro:
      'Choose the JSON export of an earlier session. A new session starts with its whole history, and you get new links.',
    exportFile: 'JSON export file',
    continue: 'Continue from this export',
    importProblems: {
      'no-file': 'Choose a file first.',
      unreadable: 'This file could not be read.',
      'not-json': 'This file is not JSON: choose the file saved with “Download JSON”.',
      'not-an-export': 'This JSON file is not an export of a workshop session.',
      'unknown-version': 'This export was made by another version of the app and cannot be read here.',
      'no-records': 'This export holds no records to continue from.',
    },
    imported: (n: number) => plural(n, { one: '# record carried over.', other: '# records carried over.' }),
    rejected: (n: number) =>
      plural(n, {
        one: '# record of the file was not valid and was left out.',
        other: '# records of the file were not valid and were left out.',
      }),
  },
};

addEnglish(startWords);
