import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LanguageTag } from '../../domain/records.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { emit } from '../shared/events.ts';
import { ownLanguageName } from '../shared/language-names.ts';
import { selectStyles } from '../shared/select-styles.ts';
import { controlStyles } from '../shared/shared-styles.ts';

/** The projector's own choice of languages: one, or a second one side by side. The owner keeps it in the address. */
@customElement('cdw-projector-languages')
export class ProjectorLanguages extends LitElement {
  static override styles = [
    controlStyles,
    selectStyles,
    css`
      :host {
        display: grid;
        gap: 0.4rem;
        width: 100%;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.2rem 0.6rem;
      }
      label {
        margin: 0;
        font-weight: 600;
      }
      select {
        max-width: 100%;
        padding-block: 0.3rem;
        padding-inline-start: 0.5rem;
      }
    `,
  ];

  /** The session's working languages. */
  @property({ attribute: false }) languages: readonly LanguageTag[] = [];
  /** What the projector shows now. */
  @property({ attribute: false }) shown: readonly LanguageTag[] = [];

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t;
    const [first = '', second = ''] = this.shown;
    const offered = [...new Set([...this.languages, ...this.shown])];
    return html`<div class="row">
        <label for="first">${t.translations.projected}</label>
        <select id="first" @change=${this.onChange}>
          ${offered.map((tag) => html`<option value=${tag} lang=${tag} ?selected=${tag === first}>${ownLanguageName(tag)}</option>`)}
        </select>
      </div>
      <div class="row">
        <label for="second">${t.translations.beside}</label>
        <select id="second" @change=${this.onChange}>
          <option value="" ?selected=${!second}>${t.translations.nothing}</option>
          ${offered
            .filter((tag) => tag !== first)
            .map((tag) => html`<option value=${tag} lang=${tag} ?selected=${tag === second}>${ownLanguageName(tag)}</option>`)}
        </select>
      </div>`;
  }

  private onChange(): void {
    const value = (id: string) => this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`)!.value;
    const first = value('first');
    const second = value('second');
    emit(this, 'show-languages-change', { languages: second && second !== first ? [first, second] : [first] });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-projector-languages': ProjectorLanguages;
  }
}
