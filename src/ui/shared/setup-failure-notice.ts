import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SetupFailure } from '../../doc/setup-failure.ts';
import '../../i18n/en/setup.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { emit } from './events.ts';
import { controlStyles, warningBox } from './shared-styles.ts';

/** Why this browser could not create, open or join the session, and a way to try again. */
@customElement('cdw-setup-failure-notice')
export class SetupFailureNotice extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        max-width: 40rem;
      }
      div {
        ${warningBox}
      }
      p {
        margin: 0 0 0.6rem;
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) failure: SetupFailure | null = null;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.setup;
    if (!this.failure) return html``;
    return html`<div role="alert">
      <p>${t[this.failure]}</p>
      <button type="button" @click=${() => emit(this, 'retry-setup', {})}>${t.retry}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-setup-failure-notice': SetupFailureNotice;
  }
}
