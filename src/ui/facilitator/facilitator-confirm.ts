import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { emit } from '../shared/events.ts';
import { controlStyles } from '../shared/shared-styles.ts';

let question: typeof import('./confirm-question.ts') | null = null;
/** The question's code: fetched once the panel is on screen, or at the first press if that comes first. */
export const loadConfirmQuestion = async (): Promise<unknown> => (question ??= await import('./confirm-question.ts'));

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
      button.danger {
        border-color: var(--danger);
        color: var(--danger);
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
    return question!.confirmQuestion(this, {
      text: this.question,
      confirmLabel: this.confirmLabel,
      cancelLabel: this.i18n.t.cancel,
      busy: this.busy,
      confirm: this.confirm,
      cancel: this.cancel,
    });
  }

  private async ask(): Promise<void> {
    if (!question) await loadConfirmQuestion();
    this.asking = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button.confirm')?.focus();
  }

  private readonly cancel = async (): Promise<void> => {
    this.asking = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button')?.focus();
  };

  private readonly confirm = (): void => {
    this.asking = false;
    emit(this, 'confirm-action', {});
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-facilitator-confirm': FacilitatorConfirm;
  }
}
