import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LanguageTag } from '../../domain/records.ts';
import type { ProposalView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { excerpt } from '../../domain/group-label.ts';
import { capitalized, languageName } from '../shared/language-names.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import { likelyTarget, translationLanguages } from '../../domain/translation-target.ts';

/** Under a scribe's proposal: "Translate", and the translations it has, each marked when outdated. */
@customElement('cdw-proposal-translations')
export class ProposalTranslations extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        margin-top: 0.5rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .row button {
        padding-inline: 0.75rem;
      }
      summary {
        cursor: pointer;
        color: var(--muted);
        font-size: 0.92rem;
        padding: 0.5rem 0;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0.25rem 0 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        padding-inline-start: 0.7rem;
        border-inline-start: 3px solid var(--line);
      }
      li.outdated {
        border-inline-start-color: var(--warn-line);
      }
      .lang {
        font-weight: 700;
        font-size: 0.92rem;
        margin-inline-end: 0.5rem;
      }
      .outdated-mark {
        font-size: 0.85rem;
        color: var(--warn-line);
        font-weight: 600;
      }
      .translation {
        margin: 0.1rem 0 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) proposal!: ProposalView;
  /** The session's working languages. */
  @property({ attribute: false }) languages: readonly LanguageTag[] = [];
  /** Only a joined group writes translations. */
  @property({ type: Boolean }) canTranslate = false;
  /** The session is locked (or the group removed): "Translate" waits, an open form keeps its draft. */
  @property({ type: Boolean }) blocked = false;

  @state() private open = false;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t;
    const reader = this.i18n.language;
    const { proposal } = this;
    const candidates = translationLanguages(proposal, this.languages);
    const outdated = proposal.translations.filter((tr) => tr.outdated).length;
    const offered = this.canTranslate && candidates.length > 0;
    return html`<div class="row">
        ${offered && !this.open
          ? html`<button
              type="button"
              class="translate-button"
              aria-label="${t.translations.translate}: ${excerpt(proposal.current.text)}"
              ?disabled=${this.blocked}
              @click=${this.openForm}
            >
              ${t.translations.translate}
            </button>`
          : nothing}
        ${proposal.translations.length
          ? html`<details>
              <summary>
                ${t.translations.summary(proposal.translations.length)}${outdated ? ` · ${t.translations.outdatedCount(outdated)}` : ''}
              </summary>
              <ul>
                ${proposal.translations.map(
                  (tr) => html`<li class=${tr.outdated ? 'outdated' : ''}>
                    <span class="lang">${capitalized(languageName(tr.lang, reader), reader)}</span>
                    ${tr.outdated ? html`<span class="outdated-mark">⚠ ${t.translations.outdated}</span>` : nothing}
                    <p class="translation" lang=${tr.lang} dir="auto">${tr.current.text}</p>
                  </li>`,
                )}
              </ul>
            </details>`
          : nothing}
      </div>
      ${this.open && offered
        ? html`<cdw-translate-form
            .proposal=${proposal}
            .languages=${candidates}
            .target=${likelyTarget(proposal, candidates, reader)}
            ?blocked=${this.blocked}
            @close-translation=${this.closeForm}
          ></cdw-translate-form>`
        : nothing}`;
  }

  /** The form is fetched on first use: most scribes never translate. */
  private async openForm(): Promise<void> {
    await import('./translate-form.ts');
    this.open = true;
  }

  private async closeForm(event: Event): Promise<void> {
    event.stopPropagation();
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.translate-button')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-proposal-translations': ProposalTranslations;
  }
}
