import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/facilitator.ts';
import { ActionAnswer } from '../shared/action-answer.ts';
import { controlStyles } from '../shared/shared-styles.ts';

/** Whether the groups can write now, and the one button that changes it (R10 lock and unlock). */
@customElement('cdw-facilitator-lock')
export class FacilitatorLock extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .state {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin: 0 0 0.75rem;
      }
      .badge {
        font-weight: 700;
        padding: 0.15rem 0.7rem;
        border-radius: 999px;
        border: 2px solid var(--ok);
        color: var(--ok);
      }
      .badge.locked {
        border-color: var(--danger);
        background: var(--danger);
        color: #fff;
      }
      p {
        margin: 0;
      }
      .explain {
        margin-bottom: 0.75rem;
      }
    `,
  ];

  @property({ type: Boolean }) locked = false;
  /** How many group records arrived while locked and were not applied. */
  @property({ type: Number }) lockedOut = 0;
  private readonly action = new ActionAnswer(this);

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.facilitator;
    return html`<div class="state" aria-live="polite">
        <span class="badge ${this.locked ? 'locked' : ''}">${this.locked ? t.lockedState : t.openState}</span>
      </div>
      <p class="explain">${this.locked ? t.lockedExplain : t.openExplain}</p>
      ${this.lockedOut ? html`<p class="hint explain">${t.lockedOut(this.lockedOut)}</p>` : ''}
      <button class=${this.locked ? 'primary' : ''} type="button" ?disabled=${this.action.busy} @click=${this.toggle}>
        ${this.locked ? t.unlock : t.lock}
      </button>
      ${this.action.problem ? html`<p class="problem" role="alert">${this.i18n.t.problems[this.action.problem]}</p>` : ''}`;
  }

  private toggle(): void {
    this.action.ask('set-locked', { locked: !this.locked });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-facilitator-lock': FacilitatorLock;
  }
}
