import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/links.ts';
import { controlStyles } from './shared-styles.ts';
import './share-link.ts';

/** The full links of a session; all three name its facilitator. */
export interface SessionLinks {
  scribeUrl: string;
  viewUrl: string;
  facilitatorUrl: string;
}

/**
 * The three links of a session, each shown in full: scribe and view to share, the facilitator link set
 * apart with a plain warning, itself and its QR code only on request. `panelHref` adds "Open facilitator panel".
 */
@customElement('cdw-facilitator-links')
export class FacilitatorLinks extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: grid;
        gap: 1rem;
      }
      .card {
        background: var(--paper);
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 1rem;
      }
      .private {
        background: var(--warn-paper);
        border: 2px solid var(--warn-line);
        margin-top: 0.5rem;
      }
      .private h3 {
        margin: 0 0 0.3rem;
        font-size: 1.05rem;
      }
      .private .warning {
        margin: 0 0 0.75rem;
      }
      .private cdw-share-link {
        --muted: var(--ink);
      }
      a.button {
        margin-top: 0.25rem;
      }
      .conceal > summary {
        cursor: pointer;
        font-weight: 600;
        margin-bottom: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) links: SessionLinks | null = null;
  /** Where "Open facilitator panel" leads; none on the panel itself. */
  @property() panelHref = '';

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const links = this.links;
    if (!links) return html``;
    const t = this.i18n.t.start;
    return html`<section class="card">
        <cdw-share-link .label=${t.scribeLink} .hint=${t.scribeLinkHint} .url=${links.scribeUrl}></cdw-share-link>
      </section>
      <section class="card">
        <cdw-share-link .label=${t.viewLink} .hint=${t.viewLinkHint} .url=${links.viewUrl}></cdw-share-link>
      </section>
      <section class="card private" aria-labelledby="private-heading">
        <h3 id="private-heading">${t.facilitatorHeading}</h3>
        <p class="warning">${t.facilitatorWarning}</p>
        <!-- Closed until asked: the start page is often projected while groups scan the scribe link. -->
        <details class="conceal">
          <summary>${t.showFacilitatorLink}</summary>
          <cdw-share-link
            .label=${t.facilitatorLink}
            .hint=${t.facilitatorLinkHint}
            .url=${links.facilitatorUrl}
            .qrToggle=${t.showQr}
          ></cdw-share-link>
        </details>
        ${this.panelHref ? html`<a class="button primary" href=${this.panelHref}>${t.openFacilitatorPanel}</a>` : ''}
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-facilitator-links': FacilitatorLinks;
  }
}
