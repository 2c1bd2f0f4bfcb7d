import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ConnectionStatus } from '../../doc/connection.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';

/** DESIGN.md §6: role status, text starting with Online / Offline / Syncing, then how many changes wait for the relay. */
@customElement('cdw-connection-status')
export class ConnectionStatusElement extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.45rem;
      font-size: 0.9rem;
      color: inherit;
    }
    .dot {
      width: 0.7rem;
      height: 0.7rem;
      flex: none;
      border-radius: 50%;
      border: 2px solid currentColor;
    }
    .online .dot {
      background: currentColor;
    }
    .syncing .dot {
      background: linear-gradient(90deg, currentColor 50%, transparent 50%);
    }
    [role='status'] {
      display: inline-flex;
      align-items: center;
      gap: 0.45rem;
    }
    strong {
      font-weight: 700;
      white-space: nowrap;
    }
  `;

  @property({ attribute: false }) status: ConnectionStatus = { state: 'offline', pending: 0 };

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.status;
    const { state, pending } = this.status;
    // The dot repeats the word in shape (full, half, empty), never in colour alone.
    return html`<span role="status" class=${state}
      ><span aria-hidden="true" class="dot"></span><strong>${t[state]}</strong>${pending ? ` — ${t.pending(pending)}` : ''}</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-connection-status': ConnectionStatusElement;
  }
}
