import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from './en.ts';
import { intlLocale, locale as pageLocale, type Language, type Locale } from './locale.ts';

/** Re-renders its host whenever the page language changes; `t` holds the current messages. */
export class LocalizedController implements ReactiveController {
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: Locale = pageLocale,
  ) {
    host.addController(this);
  }

  get t(): Messages {
    return this.source.messages;
  }

  get language(): Language {
    return this.source.language;
  }

  /** The locale dates, times and numbers are written in (Arabic's digits are Western). */
  get intl(): string {
    return intlLocale(this.source.language);
  }

  hostConnected(): void {
    this.unsubscribe = this.source.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
