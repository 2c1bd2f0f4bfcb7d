import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ConnectionStatus } from '../../doc/connection.ts';
import type { WorkshopRecord } from '../../domain/records.ts';
import type { WorkshopView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/publish.ts';
import { emit } from '../shared/events.ts';
import { compareHash, replayHash, viewHash } from '../shell/route.ts';
import { verifyHash } from '../shell/verify-hash.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import '../shared/connection-status.ts';
import './export-actions.ts';
import './print-document.ts';
import './venue-consensus.ts';

/** The view link's publishing page: downloads, print, and a preview of the printed page; in print, only the page. */
@customElement('cdw-publish-page')
export class PublishPage extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      h1 {
        font-size: 1.6rem;
        margin: 0.5rem 0 0.25rem;
      }
      h2 {
        font-size: 1.2rem;
        margin: 1.5rem 0 0.75rem;
      }
      .session {
        font-size: 1.15rem;
        font-weight: 600;
        margin: 0 0 0.5rem;
        overflow-wrap: anywhere;
      }
      .card {
        background: var(--paper);
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 1rem;
        margin: 1rem 0;
        display: grid;
        gap: 1rem;
      }
      .print {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .print .hint {
        margin: 0;
      }
      .verify {
        margin: 0;
      }
      nav {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
      }
      a {
        color: var(--accent);
        font-weight: 600;
      }
      @media print {
        .screen-only {
          display: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) view: WorkshopView | null = null;
  @property({ attribute: false }) records: readonly WorkshopRecord[] = [];
  @property({ attribute: false }) status: ConnectionStatus = { state: 'offline', pending: 0 };
  @property() roomId = '';
  /** The facilitator the session's links name, kept in every link of the page. */
  @property() anchor: string | null = null;
  /** The clock for the printed date and the file names; injected so tests fix it. */
  @property({ attribute: false }) now: () => number = Date.now;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t;
    return html`<div class="screen-only">
        <nav>
          <a href=${viewHash(this.roomId, this.anchor)}>${t.publish.backToProjector}</a>
          <a href=${replayHash(this.roomId, this.anchor)}>${t.publish.replayLink}</a>
          <a href=${compareHash([{ roomId: this.roomId, anchor: this.anchor }])}>${t.publish.compareLink}</a>
        </nav>
        <h1>${t.publish.heading}</h1>
        <p class="session"><bdi>${this.view?.title ?? t.untitled}</bdi></p>
        <cdw-connection-status .status=${this.status}></cdw-connection-status>
        <section class="card" aria-label=${t.publish.heading}>
          <cdw-export-actions .room=${this.roomId || null} .view=${this.view} .records=${this.records} .now=${this.now}></cdw-export-actions>
          <div class="print">
            <button class="primary" type="button" ?disabled=${!this.view} @click=${this.print}>${t.publish.print}</button>
            <p class="hint">${t.publish.printHint}</p>
          </div>
          <p class="verify"><a href=${verifyHash(this.roomId, this.anchor)}>${t.verify.link}</a></p>
        </section>
        <cdw-venue-consensus .view=${this.view}></cdw-venue-consensus>
        <h2 id="preview">${t.publish.preview}</h2>
      </div>
      <section aria-labelledby="preview">
        <cdw-print-document .view=${this.view} .exportedAt=${this.now()}></cdw-print-document>
      </section>`;
  }

  private print(): void {
    if (emit(this, 'print-document', {})) window.print();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-publish-page': PublishPage;
  }
}
