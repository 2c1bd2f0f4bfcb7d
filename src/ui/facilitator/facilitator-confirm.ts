import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { emit } from '../shared/events.ts';
import { controlStyles } from '../shared/shared-styles.ts';

/**
 * A button that asks before it acts: the first press shows the question with a confirm and a cancel
 * button, the second announces confirm-action. For what cannot be undone (hiding a text, removing a group).
 */
@customElement('cdw-facilitator-confirm')
export class FacilitatorConfirm extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .ask {
        border-inline-start: 4px solid var(--danger);
        padding: 0.4rem 0 0.4rem 0.75rem;
      }
      .ask p {
        margin: 0 0 0.5rem;
        font-weight: 600;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      button.danger {
        border-color: var(--danger);
        color: var(--danger);
      }
      button.danger.primary {
        background: var(--danger);
        color: #fff;
      }
      button.danger.primary:hover:not(:disabled) {
        background: #8f1c13;
      }
    `,
  ];

  /** The first button's text, e.g. "Hide this revision". */
  @property() label = '';
  /** Added to the first button's accessible name, so ten such buttons differ to a screen reader. */
  @property() detail = '';
  @property() question = '';
  @property() confirmLabel = '';
  @property({ type: Boolean }) busy = false;
  @state() private asking = false;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const name = this.detail ? `${this.label}: ${this.detail}` : this.label;
    if (!this.asking) {
      return html`<button class="danger" type="button" aria-label=${name} ?disabled=${this.busy} @click=${this.ask}>
        ${this.label}
      </button>`;
    }
    return html`<div class="ask" role="group" aria-labelledby="question" @keydown=${this.onKey}>
      <p id="question">${this.question}</p>
      <div class="row">
        <button class="danger primary confirm" type="button" ?disabled=${this.busy} @click=${this.confirm}>${this.confirmLabel}</button>
        <button class="cancel" type="button" @click=${this.cancel}>${this.i18n.t.cancel}</button>
      </div>
    </div>`;
  }

  private async ask(): Promise<void> {
    this.asking = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button.confirm')?.focus();
  }

  private async cancel(): Promise<void> {
    this.asking = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button')?.focus();
  }

  private confirm(): void {
    this.asking = false;
    emit(this, 'confirm-action', {});
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') void this.cancel();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-facilitator-confirm': FacilitatorConfirm;
  }
}
