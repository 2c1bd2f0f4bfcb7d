import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ActionProblem } from '../../doc/writer.ts';
import type { LanguageTag, RecordId } from '../../domain/records.ts';
import { PROPOSAL_TEXT_MAX, normalizeText, textProblem } from '../../domain/text.ts';
import { textRefusal } from '../../domain/text-refusal.ts';
import type { ProposalTranslation, ProposalView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { characterCount } from './character-count.ts';
import { emit, request } from '../shared/events.ts';
import { languageName, ownLanguageName } from '../shared/language-names.ts';
import { controlStyles, warningNote } from '../shared/shared-styles.ts';
import { submitOnCtrlEnter } from '../shared/submit-key.ts';

/**
 * Adds or corrects the translation of a proposal's current version: prefilled with the translation shown
 * now, if any. When the proposal changes meanwhile, Save first asks the translator to read the new text.
 */
@customElement('cdw-translate-form')
export class TranslateForm extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 0.4rem;
        margin-top: 0.75rem;
      }
      select {
        width: auto;
        max-width: 100%;
      }
      .note {
        margin: 0;
        ${warningNote}
        border-inline-start: 4px solid var(--warn-line);
      }
      .count {
        margin: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) proposal!: ProposalView;
  /** The languages it may translate into; more than one offers a choice. */
  @property({ attribute: false }) languages: readonly LanguageTag[] = [];
  /** The language chosen when the form opens. */
  @property() target: LanguageTag = '';
  /** The session is locked (or the group removed): the draft stays, Save waits. */
  @property({ type: Boolean }) blocked = false;

  @state() private chosen: LanguageTag = '';
  @state() private drafts: ReadonlyMap<LanguageTag, string> = new Map();
  /** The version whose text the translator has had in front of them. */
  @state() private basis: RecordId | null = null;
  @state() private changeSeen = false;
  @state() private problem: ActionProblem | null = null;

  private readonly i18n = new LocalizedController(this);

  protected override willUpdate(): void {
    this.chosen ||= this.target || (this.languages[0] ?? '');
    this.basis ??= this.proposal.current.id;
  }

  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  private existing(lang: LanguageTag): ProposalTranslation | undefined {
    return this.proposal.translations.find((t) => t.lang === lang);
  }

  private draft(lang: LanguageTag): string {
    return this.drafts.get(lang) ?? this.existing(lang)?.current.text ?? '';
  }

  private get changedUnderneath(): boolean {
    return this.basis !== this.proposal.current.id;
  }

  protected override render() {
    const t = this.i18n.t;
    const lang = this.chosen;
    const existing = this.existing(lang);
    const showChange = this.changedUnderneath || this.changeSeen;
    const describedBy = ['translation-count', 'translation-problem', existing?.outdated ? 'status' : '', showChange ? 'changed' : '']
      .filter(Boolean)
      .join(' ');
    return html`<form novalidate @submit=${this.onSubmit}>
      ${this.languages.length > 1
        ? html`<label for="lang">${t.translations.translateInto}</label>
            <select id="lang" @change=${this.onLanguage}>
              ${this.languages.map(
                (tag) => html`<option value=${tag} ?selected=${tag === lang}>${ownLanguageName(tag)} — ${this.statusOf(tag)}</option>`,
              )}
            </select>`
        : nothing}
      ${showChange ? html`<p class="note" id="changed">${t.translations.changedWhileTranslating}</p>` : nothing}
      <label for="translation">${t.translations.field(languageName(lang, this.i18n.language))}</label>
      ${existing?.outdated ? html`<p class="hint" id="status">⚠ ${t.translations.outdated}</p>` : nothing}
      <textarea
        id="translation"
        lang=${lang}
        dir="auto"
        .value=${live(this.draft(lang))}
        aria-describedby=${describedBy}
        aria-invalid=${this.problem ? 'true' : 'false'}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      ></textarea>
      ${characterCount(t, this.draft(lang), 'translation-count')}
      <p class="problem" id="translation-problem" aria-live="polite">${this.problem ? t.problems[this.problem] : ''}</p>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.blocked}>${t.translations.save}</button>
        <button type="button" @click=${() => this.close()}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private statusOf(lang: LanguageTag): string {
    const t = this.i18n.t.translations;
    const existing = this.existing(lang);
    return !existing ? t.missing : existing.outdated ? t.outdatedShort : t.upToDate;
  }

  private onLanguage(event: Event): void {
    this.chosen = (event.target as HTMLSelectElement).value;
    this.problem = null;
  }

  private onInput(event: InputEvent): void {
    this.drafts = new Map(this.drafts).set(this.chosen, (event.target as HTMLTextAreaElement).value);
    this.problem = null;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.close();
    submitOnCtrlEnter(event, () => this.save());
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.save();
  }

  private save(): void {
    if (this.blocked) return;
    const text = this.draft(this.chosen);
    const tooShortOrLong = textProblem(text, PROPOSAL_TEXT_MAX);
    if (tooShortOrLong) return void (this.problem = textRefusal(tooShortOrLong));
    // A translation must follow the text it translates: first let the translator read the new version.
    if (this.changedUnderneath) {
      this.basis = this.proposal.current.id;
      this.changeSeen = true;
      return;
    }
    const existing = this.existing(this.chosen);
    if (existing && !existing.outdated && normalizeText(text) === existing.current.text) return this.close();
    request(this, 'save-translation', { revision: this.proposal.current.id, lang: this.chosen, text }, (problem) => {
      if (problem === null) this.close(true);
      else this.problem = problem;
    });
  }

  private close(saved = false): void {
    emit(this, 'close-translation', { saved });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-translate-form': TranslateForm;
  }
}
