import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fallbackCandidateWords, loadCandidateWords, type CandidateWords } from '../../i18n/candidates/words.ts';
import { locale, type Language } from '../../i18n/locale.ts';

/** A convergence part's words in the page's language, fetched with the part; English until they arrive. */
export class CandidateWordsController implements ReactiveController {
  t: CandidateWords = fallbackCandidateWords;
  /** Settles once the words of the page's language are there (tests). */
  loaded: Promise<void> = Promise.resolve();
  private wordsFor: Language | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = locale.subscribe((language) => this.load(language));
    this.load(locale.language);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private load(language: Language): void {
    if (language === this.wordsFor) return;
    this.wordsFor = language;
    this.loaded = loadCandidateWords(language).then((words) => {
      if (this.wordsFor !== language) return;
      this.t = words;
      this.host.requestUpdate();
    });
  }
}
