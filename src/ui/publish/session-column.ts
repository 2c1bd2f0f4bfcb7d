import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ConnectionStatus } from '../../doc/connection.ts';
import { venuesOf } from '../../domain/export/participants.ts';
import type { WorkshopView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/publish.ts';
import '../../i18n/en/export-labels.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import '../shared/connection-status.ts';

/** One session in a comparison: its title, venues and proposals in projected order with their counts. */
@customElement('cdw-session-column')
export class SessionColumn extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        background: var(--paper);
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 1rem;
      }
      h2 {
        font-size: 1.25rem;
        margin: 0 0 0.3rem;
        overflow-wrap: anywhere;
      }
      .venues {
        margin: 0 0 0.4rem;
        overflow-wrap: anywhere;
        color: var(--muted);
      }
      ol {
        list-style: none;
        margin: 0.75rem 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        display: grid;
        grid-template-columns: 1.6rem minmax(0, 1fr) auto;
        gap: 0.5rem;
        align-items: baseline;
        padding-top: 0.5rem;
        border-top: 1px solid var(--line);
      }
      .rank {
        font-weight: 800;
        color: var(--muted);
      }
      .text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .count {
        font-size: 0.85rem;
        white-space: nowrap;
        text-align: end;
      }
      .count strong {
        font-size: 1.15rem;
      }
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1.2rem;
        margin: 0;
      }
      a {
        color: var(--accent);
        font-weight: 600;
      }
      .empty {
        color: var(--muted);
      }
    `,
  ];

  @property({ attribute: false }) view: WorkshopView | null = null;
  @property({ attribute: false }) status: ConnectionStatus = { state: 'offline', pending: 0 };
  @property() viewHref = '';
  /** The comparison without this session. */
  @property() removeHref = '';

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t;
    const view = this.view;
    if (!view) return html`<p>${t.loading}</p>`;
    const title = view.title ?? t.untitled;
    const venues = venuesOf(view);
    return html`<article aria-labelledby="title">
      <h2 id="title"><bdi>${title}</bdi></h2>
      <p class="venues">${t.exportLabels.venues}: ${venues.length ? venues.map((venue, i) => html`${i ? ', ' : ''}<bdi>${venue}</bdi>`) : t.publish.noVenues}</p>
      <cdw-connection-status .status=${this.status}></cdw-connection-status>
      ${view.proposals.length === 0 ? html`<p class="empty">${t.projector.empty}</p>` : ''}
      <ol aria-label=${`${t.scribe.proposals}: ${title}`}>
        ${view.proposals.map(
          (proposal) => html`<li>
            <span class="rank">${proposal.rank}</span>
            <span class="text" lang=${proposal.current.lang ?? nothing} dir="auto">${proposal.current.text}</span>
            <span class="count"
              ><strong>${proposal.endorsements}</strong> ${t.projector.endorsementsWord(proposal.endorsements)}</span
            >
          </li>`,
        )}
      </ol>
      <p class="links">
        <a href=${this.viewHref}>${t.publish.openView}<span class="visually-hidden">: ${title}</span></a>
        <a href=${this.removeHref}>${t.publish.remove}<span class="visually-hidden">: ${title}</span></a>
      </p>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-session-column': SessionColumn;
  }
}
