import type { ReactiveControllerHost } from 'lit';
import '../../i18n/en/candidates.ts';
import type { CandidateWords } from '../../i18n/en/candidates.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';

/**
 * A convergence part's words in the page's language. English travels with the convergence parts (importing this
 * module adds them); every other language has them in its one file, already loaded.
 */
export class CandidateWordsController {
  private readonly i18n: LocalizedController;

  constructor(host: ReactiveControllerHost) {
    this.i18n = new LocalizedController(host);
  }

  get t(): CandidateWords {
    return this.i18n.t.candidates;
  }
}
