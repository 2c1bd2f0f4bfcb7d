import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ActionProblem } from '../../doc/writer.ts';
import type { RecordId } from '../../domain/records.ts';
import type { CandidateView, ProposalView } from '../../domain/view.ts';
import { excerpt } from '../../domain/group-label.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { CandidateWordsController } from '../shared/candidate-words.ts';
import { emit, request } from '../shared/events.ts';
import { isolatedIn } from '../shared/isolated.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import type { Verdicts } from './candidate-core.ts';
import { candidateStyles, verdictBadge } from './candidate-verdict.ts';

/** "Merge into…": one current proposal, the candidates it merges (one or more), its new text; an edit citing them. */
@customElement('cdw-candidate-merge')
export class CandidateMerge extends LitElement {
  static override styles = [
    controlStyles,
    candidateStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 0.6rem;
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: var(--radius);
        margin: 0;
        padding: 0.5rem 0.8rem;
      }
      legend {
        font-weight: 600;
      }
      .choice {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        font-weight: 400;
        margin: 0.3rem 0;
      }
      .choice input {
        width: auto;
        min-width: 1.25rem;
        min-height: 1.25rem;
        margin-block-start: 0.2rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) candidates: readonly CandidateView[] = [];
  @property({ attribute: false }) proposals: readonly ProposalView[] = [];
  @property({ attribute: false }) verdicts: Verdicts = new Map();
  /** The candidate whose "Merge into…" opened the form: chosen at first. */
  @property({ attribute: false }) first: RecordId | null = null;
  @property({ type: Boolean }) blocked = false;
  @state() private target: RecordId | null = null;
  @state() private chosen: ReadonlySet<RecordId> = new Set();
  @state() private text = '';
  @state() private confirmed = false;
  @state() private problem: ActionProblem | 'confirm' | null = null;

  private readonly i18n = new LocalizedController(this);
  private readonly words = new CandidateWordsController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('first')) this.chosen = new Set(this.first ? [this.first] : []);
    if (this.target === null && this.proposals[0]) this.choose(this.proposals[0].id);
  }

  /** Focus starts in the proposal's choice, where the form begins. */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('select, button')?.focus();
  }

  private choose(target: RecordId): void {
    this.target = target;
    this.text = this.proposals.find((p) => p.id === target)?.current.text ?? '';
    this.problem = null;
  }

  private get unverified(): boolean {
    return [...this.chosen].some((id) => this.verdicts.get(id)?.holds === false);
  }

  protected override render() {
    const t = this.i18n.t;
    const c = this.words.t;
    if (!this.proposals.length) {
      return html`<p>${c.noTarget}</p>
        <button type="button" @click=${() => emit(this, 'close-merge', { saved: false })}>${t.cancel}</button>`;
    }
    const target = this.proposals.find((p) => p.id === this.target);
    return html`<form @submit=${this.onSubmit} novalidate>
      <div>
        <label for="target">${c.mergeTarget}</label>
        <select id="target" @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value)}>
          ${this.proposals.map(
            (p) => html`<option value=${p.id} ?selected=${p.id === this.target}>${p.rank}. ${excerpt(p.current.text)}</option>`,
          )}
        </select>
      </div>
      <fieldset>
        <legend>${c.mergeCites}</legend>
        ${this.candidates.map(
          (candidate) => html`<label class="choice"
            ><input type="checkbox" .checked=${this.chosen.has(candidate.id)} @change=${() => this.toggle(candidate.id)} />
            <span><span lang=${candidate.lang ?? nothing} dir="auto">${excerpt(candidate.text)}</span> · ${isolatedIn(c.from, candidate.label)}
            ${this.verdicts.get(candidate.id)?.holds === false ? verdictBadge(this.verdicts.get(candidate.id), c) : ''}</span></label
          >`,
        )}
      </fieldset>
      <label for="text">${c.mergeText}</label>
      <textarea
        id="text"
        dir="auto"
        lang=${target?.current.lang ?? nothing}
        .value=${live(this.text)}
        aria-describedby="problem"
        aria-invalid=${this.problem && this.problem !== 'confirm' ? 'true' : 'false'}
        @input=${(e: InputEvent) => ((this.text = (e.target as HTMLTextAreaElement).value), (this.problem = null))}
      ></textarea>
      ${this.unverified
        ? html`<label class="confirm"
            ><input type="checkbox" .checked=${this.confirmed} @change=${(e: Event) => (this.confirmed = (e.target as HTMLInputElement).checked)} />
            ${c.confirm}</label
          >`
        : ''}
      <p class="problem" id="problem" aria-live="polite">
        ${this.problem === 'confirm' ? c.mustConfirm : this.problem ? t.problems[this.problem] : ''}
      </p>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.blocked || this.chosen.size === 0}>${c.saveMerge}</button>
        <button type="button" @click=${() => emit(this, 'close-merge', { saved: false })}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private toggle(id: RecordId): void {
    const chosen = new Set(this.chosen);
    if (!chosen.delete(id)) chosen.add(id);
    this.chosen = chosen;
    this.problem = null;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const target = this.proposals.find((p) => p.id === this.target);
    if (!target || this.chosen.size === 0) return;
    if (this.unverified && !this.confirmed) return void (this.problem = 'confirm');
    // In the candidates' own order, so the record reads as the panel does.
    const candidates = this.candidates.filter((c) => this.chosen.has(c.id)).map((c) => c.id);
    const detail = { proposal: target.id, parent: target.current.id, text: this.text, candidates };
    request(this, 'merge-candidates', detail, (problem) => {
      this.problem = problem;
      if (problem === null) emit(this, 'close-merge', { saved: true });
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-candidate-merge': CandidateMerge;
  }
}
