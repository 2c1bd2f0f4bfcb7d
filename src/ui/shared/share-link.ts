import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { controlStyles } from './shared-styles.ts';
import { loadQrCode } from './qr-code-loader.ts';

type CopyOutcome = 'idle' | 'copied' | 'failed';

/**
 * A link shown in full in a read-only field that wraps (so a phone shows all of it), with copy and QR code.
 * With `qrToggle`, the QR code waits behind a disclosure: a private link is not shown to a room's cameras.
 */
@customElement('cdw-share-link')
export class ShareLink extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .layout {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 1rem;
        align-items: start;
      }
      .row {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
      }
      textarea {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: 0.9rem;
        min-width: 0;
        min-height: 0;
        resize: none;
        word-break: break-all;
        field-sizing: content;
      }
      .feedback {
        min-height: 1.4em;
        margin: 0.3rem 0 0;
        font-size: 0.9rem;
      }
      cdw-qr-code {
        --qr-size: 8.5rem;
        border: 1px solid var(--line);
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        color: var(--accent);
        min-height: 2.75rem;
        display: flex;
        align-items: center;
      }
      details[open] cdw-qr-code {
        margin-top: 0.4rem;
      }
      @media (max-width: 30rem) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  @property() label = '';
  @property() hint = '';
  @property() url = '';
  /** When set, the QR code is shown only on request, behind a disclosure with this text. */
  @property() qrToggle = '';
  @state() private outcome: CopyOutcome = 'idle';

  private readonly i18n = new LocalizedController(this);

  protected override updated(): void {
    if (!this.qrToggle) void loadQrCode();
  }

  private readonly onToggle = (event: Event): void => {
    if ((event.target as HTMLDetailsElement).open) void loadQrCode();
  };

  protected override render() {
    const t = this.i18n.t.share;
    return html`<div class="layout">
      <div>
        <label for="link">${this.label}</label>
        <div class="row">
          <textarea id="link" readonly rows="2" .value=${this.url} aria-describedby="hint" @focus=${this.selectAll}></textarea>
          <button type="button" @click=${this.copy}>${t.copy}</button>
        </div>
        <p class="hint" id="hint">${this.hint}</p>
        <p class="feedback ${this.outcome === 'failed' ? 'problem' : ''}" aria-live="polite">
          ${this.outcome === 'copied' ? t.copied : this.outcome === 'failed' ? t.copyFailed : ''}
        </p>
      </div>
      ${this.qrToggle
        ? html`<details @toggle=${this.onToggle}>
            <summary>${this.qrToggle}</summary>
            <cdw-qr-code .value=${this.url} .label=${t.qrOf(this.label)}></cdw-qr-code>
          </details>`
        : html`<cdw-qr-code .value=${this.url} .label=${t.qrOf(this.label)}></cdw-qr-code>`}
    </div>`;
  }

  private selectAll(event: FocusEvent): void {
    (event.target as HTMLTextAreaElement).select();
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.url);
      this.outcome = 'copied';
    } catch {
      // Clipboard access needs a secure context and permission; selecting lets the reader copy by hand.
      this.renderRoot.querySelector('textarea')?.select();
      this.outcome = document.execCommand?.('copy') ? 'copied' : 'failed';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-share-link': ShareLink;
  }
}
