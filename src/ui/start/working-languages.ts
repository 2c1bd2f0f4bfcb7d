import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DEFAULT_WORKING_LANGUAGES, type LanguageTag } from '../../domain/records.ts';
import { LANGUAGES } from '../../i18n/locale.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/start.ts';
import { emit } from '../shared/events.ts';
import { ownLanguageName } from '../shared/language-names.ts';

/** The default four first, in their order, then the other interface languages (Arabic). */
export const OFFERED_LANGUAGES: readonly LanguageTag[] = [
  ...DEFAULT_WORKING_LANGUAGES,
  ...LANGUAGES.filter((tag) => !DEFAULT_WORKING_LANGUAGES.includes(tag)),
];

/** The session's working languages, each in its own name: proposals are written and translated in them. */
@customElement('cdw-working-languages')
export class WorkingLanguages extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    fieldset {
      border: 1px solid var(--line);
      border-radius: var(--radius);
      padding: 0.5rem 1rem 0.75rem;
      margin: 0;
    }
    legend {
      font-weight: 600;
      padding-inline: 0.25rem;
    }
    .hint {
      color: var(--muted);
      margin: 0 0 0.5rem;
      font-size: 0.9rem;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      min-height: 2.5rem;
    }
    input {
      inline-size: 1.2rem;
      block-size: 1.2rem;
      margin: 0;
    }
  `;

  /** The languages chosen now; the owner keeps them. */
  @property({ attribute: false }) chosen: readonly LanguageTag[] = DEFAULT_WORKING_LANGUAGES;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.start;
    // The last language left cannot be unticked: a session needs one to write in.
    const onlyOne = this.chosen.length === 1;
    return html`<fieldset aria-describedby="languages-hint">
      <legend>${t.languages}</legend>
      <p class="hint" id="languages-hint">${t.languagesHint}</p>
      <div class="choices">
        ${OFFERED_LANGUAGES.map((tag) => {
          const checked = this.chosen.includes(tag);
          return html`<label
            ><input
              type="checkbox"
              value=${tag}
              .checked=${checked}
              ?disabled=${checked && onlyOne}
              @change=${this.onChange}
            /><span lang=${tag}>${ownLanguageName(tag)}</span></label
          >`;
        })}
      </div>
    </fieldset>`;
  }

  private onChange(event: Event): void {
    const box = event.target as HTMLInputElement;
    const wanted = new Set(this.chosen);
    if (box.checked) wanted.add(box.value);
    else wanted.delete(box.value);
    emit(this, 'working-languages-change', { languages: OFFERED_LANGUAGES.filter((tag) => wanted.has(tag)) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-working-languages': WorkingLanguages;
  }
}
