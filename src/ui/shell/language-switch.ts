import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LANGUAGES, LANGUAGE_NAMES, directionOf, isLanguage } from '../../i18n/locale.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { emit } from '../shared/events.ts';
import { selectStyles } from '../shared/select-styles.ts';
import { controlStyles } from '../shared/shared-styles.ts';

/** A select of every interface language, each in its own name; announces the choice, the app applies it. */
@customElement('cdw-language-switch')
export class LanguageSwitch extends LitElement {
  static override styles = [
    controlStyles,
    selectStyles,
    css`
      :host {
        display: inline-block;
      }
      select {
        max-width: 100%;
        padding-block: 0.3rem;
        padding-inline-start: 0.5rem;
      }
    `,
  ];

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const current = this.i18n.language;
    return html`<select aria-label=${this.i18n.t.language} @change=${this.onChange}>
      ${LANGUAGES.map(
        (language) =>
          html`<option value=${language} lang=${language} dir=${directionOf(language)} ?selected=${language === current}
            >${LANGUAGE_NAMES[language]}</option
          >`,
      )}
    </select>`;
  }

  private onChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isLanguage(value)) emit(this, 'language-change', { language: value });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-language-switch': LanguageSwitch;
  }
}
