import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ActionProblem } from '../../doc/writer.ts';
import type { LanguageTag } from '../../domain/records.ts';
import { PROPOSAL_CAP } from '../../domain/reducer.ts';
import type { ProposalView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { characterCount } from './character-count.ts';
import { loadSimilarProposals } from './similar-loader.ts';
import { request } from '../shared/events.ts';
import { ownLanguageName } from '../shared/language-names.ts';
import { controlStyles, warningBox } from '../shared/shared-styles.ts';
import { submitOnCtrlEnter } from '../shared/submit-key.ts';

/**
 * "New proposal": a live character count, and closed with its reason before typing when the document is full (R7).
 * The proposals the text resembles show under the Add button, so their coming moves nothing the scribe may tap, and
 * stay when the text is refused or the document fills up: editing one of them is the way in then.
 */
@customElement('cdw-add-proposal')
export class AddProposal extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 0.5rem;
      }
      .footer {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: 0.5rem;
      }
      .count {
        margin: 0;
      }
      .send {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 0.75rem;
      }
      .written-in {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
      }
      .written-in label {
        margin: 0;
        font-size: 0.92rem;
      }
      .written-in select {
        width: auto;
        min-height: 2.75rem;
        padding-block: 0.3rem;
      }
      textarea:disabled {
        min-height: 2.75rem;
        height: 2.75rem;
        resize: none;
      }
      .full {
        margin: 0 0 0.5rem;
        ${warningBox}
        padding: 0.75rem 1rem;
      }
    `,
  ];

  @property({ type: Number }) proposalCount = 0;
  /** The current proposals, for those the draft resembles. */
  @property({ attribute: false }) proposals: readonly ProposalView[] = [];
  /** The session's working languages, offered as the language the proposal is written in. */
  @property({ attribute: false }) languages: readonly LanguageTag[] = [];
  /** Why the group cannot add now (the session is locked, the group removed); null when it can. */
  @property({ attribute: false }) blockedBy: string | null = null;
  @state() private text = '';
  /** Chosen by the scribe; until then the page's own language. */
  @state() private writtenIn: LanguageTag | null = null;
  /** Why the owner refused the last add, until the scribe types again. */
  @state() private problem: ActionProblem | null = null;

  private readonly i18n = new LocalizedController(this);

  get full(): boolean {
    return this.proposalCount >= PROPOSAL_CAP;
  }

  private get closed(): boolean {
    return this.full || this.blockedBy !== null;
  }

  protected override render() {
    const t = this.i18n.t;
    const describedBy = `${this.blockedBy ? 'blocked ' : ''}${this.full ? 'full ' : ''}count problem`;
    return html`<form @submit=${this.onSubmit} novalidate>
      <label for="text">${t.scribe.newProposal}</label>
      ${this.blockedBy ? html`<p class="visually-hidden" id="blocked">${this.blockedBy}</p>` : ''}
      ${this.full ? html`<p class="full" id="full">${t.scribe.full(PROPOSAL_CAP)}</p>` : ''}
      <textarea
        id="text"
        dir="auto"
        .value=${live(this.text)}
        ?disabled=${this.closed}
        aria-describedby=${describedBy}
        aria-invalid=${this.problem ? 'true' : 'false'}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      ></textarea>
      <div class="footer">
        ${characterCount(t, this.text, 'count')}
        <div class="send">
          <span class="written-in">
            <label for="lang">${t.translations.writtenIn}</label>
            <select id="lang" ?disabled=${this.closed} @change=${this.onLanguage}>
              ${this.offeredLanguages.map(
                (tag) => html`<option value=${tag} ?selected=${tag === this.writingLanguage}>${ownLanguageName(tag)}</option>`,
              )}
            </select>
          </span>
          <button class="primary" type="submit" ?disabled=${this.closed}>${t.scribe.addProposal}</button>
        </div>
      </div>
      <p class="problem" id="problem" aria-live="polite">${this.problem ? t.problems[this.problem] : ''}</p>
      <cdw-similar-proposals
        .proposals=${this.proposals}
        .text=${this.text}
        ?blocked=${this.blockedBy !== null}
        live
      ></cdw-similar-proposals>
    </form>`;
  }

  /** The language recorded with the add: the scribe's choice, else the page's language. */
  get writingLanguage(): LanguageTag {
    return this.writtenIn ?? this.i18n.language;
  }

  private get offeredLanguages(): LanguageTag[] {
    return [...new Set([...this.languages, this.writingLanguage])];
  }

  private onLanguage(event: Event): void {
    this.writtenIn = (event.target as HTMLSelectElement).value;
  }

  private onInput(event: InputEvent): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.problem = null;
    void loadSimilarProposals();
  }

  private onKeydown(event: KeyboardEvent): void {
    submitOnCtrlEnter(event, () => this.submit());
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.submit();
  }

  /** The field empties once the proposal is written, unless the scribe has typed on meanwhile; a refusal is said under it. */
  private submit(): void {
    if (this.closed) return;
    const text = this.text;
    request(this, 'add-proposal', { text, lang: this.writingLanguage }, (problem) => {
      this.problem = problem;
      if (problem === null && this.text === text) this.text = '';
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-add-proposal': AddProposal;
  }
}
