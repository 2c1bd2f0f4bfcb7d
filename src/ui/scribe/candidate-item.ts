import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ActionProblem } from '../../doc/writer.ts';
import type { CandidateView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { CandidateWordsController } from '../shared/candidate-words.ts';
import { emit, request } from '../shared/events.ts';
import { isolatedIn } from '../shared/isolated.ts';
import { languageName } from '../shared/language-names.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import type { CandidateVerdict } from './candidate-core.ts';
import { candidateStyles, verdictBadge } from './candidate-verdict.ts';

/**
 * One candidate of a convergence session: its text, where it comes from, how it stood there, whether its source
 * verifies, which proposals use it; "Bring in" opens its text for editing, "Merge into…" asks the list.
 */
@customElement('cdw-candidate-item')
export class CandidateItem extends LitElement {
  static override styles = [
    controlStyles,
    candidateStyles,
    css`
      :host {
        display: block;
      }
      .text {
        margin: 0;
        font-size: 1.05rem;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.8rem;
        margin: 0.4rem 0;
        color: var(--muted);
        font-size: 0.92rem;
      }
      .label {
        font-weight: 600;
      }
      details {
        font-size: 0.92rem;
      }
      summary {
        cursor: pointer;
        color: var(--muted);
        padding-block: 0.3rem;
      }
      details p {
        margin: 0.3rem 0;
        padding-inline-start: 0.6rem;
        border-inline-start: 3px solid var(--line);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.5rem;
      }
      form {
        display: grid;
        gap: 0.5rem;
        margin-top: 0.6rem;
      }
    `,
  ];

  @property({ attribute: false }) candidate!: CandidateView;
  /** Undefined or null while its proof is being checked. */
  @property({ attribute: false }) verdict: CandidateVerdict | null | undefined = null;
  /** The ranks of the proposals that cite it. */
  @property({ attribute: false }) usedRanks: readonly number[] = [];
  @property({ type: Boolean }) blocked = false;
  @state() private open = false;
  @state() private text = '';
  @state() private confirmed = false;
  @state() private problem: ActionProblem | 'confirm' | null = null;

  private readonly i18n = new LocalizedController(this);
  private readonly words = new CandidateWordsController(this);

  protected override render() {
    const t = this.words.t;
    const { candidate } = this;
    const reader = this.i18n.language;
    return html`<p class="text" lang=${candidate.lang ?? nothing} dir="auto">${candidate.text}</p>
      <p class="meta">
        <span class="label">${isolatedIn(t.from, candidate.label)}</span>
        <span>${t.there(candidate.rank, candidate.count)}${this.verdict?.holds && !this.verdict.countProven ? ` ${t.asClaimed}` : ''}</span>
      </p>
      <p class="meta">${verdictBadge(this.verdict, t)}
        <span>${this.usedRanks.length ? t.usedBy(this.usedRanks.join(', ')) : t.notUsed}</span>
      </p>
      ${candidate.translations.length
        ? html`<details>
            <summary>${t.translations(candidate.translations.length)}</summary>
            ${candidate.translations.map(
              (tr) => html`<p><span class="visually-hidden">${languageName(tr.lang, reader)}: </span><span lang=${tr.lang} dir="auto">${tr.text}</span></p>`,
            )}
          </details>`
        : ''}
      ${this.open ? this.renderForm() : this.renderActions()}`;
  }

  private renderActions() {
    const t = this.words.t;
    const about = `: ${this.candidate.label}`;
    return html`<div class="actions">
      <button type="button" class="primary" ?disabled=${this.blocked} aria-label=${t.bringIn + about} @click=${this.startBringing}>
        ${t.bringIn}
      </button>
      <button
        type="button"
        ?disabled=${this.blocked}
        aria-label=${t.mergeInto + about}
        @click=${() => emit(this, 'open-merge', { candidate: this.candidate.id })}
      >
        ${t.mergeInto}
      </button>
    </div>`;
  }

  private renderForm() {
    const t = this.i18n.t;
    const unverified = this.verdict?.holds === false;
    return html`<form @submit=${this.onSubmit} novalidate>
      <label for="text">${this.words.t.bringInText}</label>
      <textarea
        id="text"
        dir="auto"
        lang=${this.candidate.lang ?? nothing}
        .value=${live(this.text)}
        aria-describedby="hint problem"
        aria-invalid=${this.problem && this.problem !== 'confirm' ? 'true' : 'false'}
        @input=${(e: InputEvent) => ((this.text = (e.target as HTMLTextAreaElement).value), (this.problem = null))}
      ></textarea>
      <p class="hint" id="hint">${this.words.t.bringInHint}</p>
      ${unverified
        ? html`<label class="confirm"
            ><input type="checkbox" .checked=${this.confirmed} @change=${(e: Event) => (this.confirmed = (e.target as HTMLInputElement).checked)} />
            ${this.words.t.confirm}</label
          >`
        : ''}
      <p class="problem" id="problem" aria-live="polite">
        ${this.problem === 'confirm' ? this.words.t.mustConfirm : this.problem ? t.problems[this.problem] : ''}
      </p>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.blocked}>${this.words.t.bringIn}</button>
        <button type="button" @click=${() => (this.open = false)}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private async startBringing(): Promise<void> {
    this.open = true;
    this.text = this.candidate.text;
    this.confirmed = false;
    this.problem = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#text')?.focus();
  }

  /** An unverified source is brought in only with the box ticked; the form closes once the add is written. */
  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.verdict?.holds === false && !this.confirmed) return void (this.problem = 'confirm');
    const lang = this.candidate.lang ?? this.i18n.language;
    request(this, 'bring-in', { candidates: [this.candidate.id], text: this.text, lang }, (problem) => {
      this.problem = problem;
      if (problem === null) this.open = false;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-candidate-item': CandidateItem;
  }
}
