import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { venueConsensus, type ProposalVenues } from '../../domain/venues.ts';
import type { WorkshopView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/export-labels.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import { venueNames } from '../shared/venue-names.ts';

/**
 * Consensus across venues, with two venues or more: the workshop's own order (R6) and, beside it, never
 * instead of it, the across-venues order; each proposal with the venues backing it.
 */
@customElement('cdw-venue-consensus')
export class VenueConsensus extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        font-size: 1.2rem;
        margin: 1.5rem 0 0.25rem;
      }
      h3 {
        font-size: 1.05rem;
        margin: 0 0 0.25rem;
      }
      .orders {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
        gap: 1rem;
        margin-top: 0.75rem;
      }
      .order {
        background: var(--paper);
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 1rem;
      }
      ol {
        list-style: none;
        margin: 0.75rem 0 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        display: grid;
        grid-template-columns: 1.6rem minmax(0, 1fr) auto;
        gap: 0.1rem 0.5rem;
        align-items: baseline;
        padding-top: 0.5rem;
        border-top: 1px solid var(--line);
      }
      .rank {
        font-weight: 800;
        color: var(--muted);
      }
      .text {
        margin: 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .count {
        font-size: 0.85rem;
        white-space: nowrap;
        text-align: end;
      }
      .count strong {
        font-size: 1.1rem;
      }
      .venues {
        grid-column: 2 / -1;
        margin: 0;
        font-size: 0.9rem;
        color: var(--muted);
        overflow-wrap: anywhere;
      }
      .venues .names {
        color: var(--ink);
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) view: WorkshopView | null = null;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const consensus = this.view ? venueConsensus(this.view) : null;
    if (!consensus) return nothing;
    const t = this.i18n.t;
    const labels = t.exportLabels;
    return html`<section aria-labelledby="consensus">
      <h2 id="consensus">${t.venues.heading}</h2>
      <p class="hint">${labels.venueRule}</p>
      <div class="orders">
        <section class="order workshop" aria-labelledby="workshop">
          <h3 id="workshop">${t.venues.workshopOrder}</h3>
          <ol aria-labelledby="workshop">
            ${consensus.backing.map((backing) => this.renderItem(backing, backing.proposal.rank, consensus.total))}
          </ol>
        </section>
        <section class="order across" aria-labelledby="across">
          <h3 id="across">${labels.acrossVenues}</h3>
          <p class="hint">${labels.acrossVenuesIntro}</p>
          <ol aria-labelledby="across">
            ${consensus.across.map((backing, i) => this.renderItem(backing, i + 1, consensus.total, true))}
          </ol>
        </section>
      </div>
    </section>`;
  }

  private renderItem({ proposal, venues }: ProposalVenues, place: number, total: number, across = false) {
    const t = this.i18n.t;
    const labels = t.exportLabels;
    return html`<li data-id=${proposal.id}>
      <span class="rank">${place}</span>
      <p class="text" lang=${ifDefined(proposal.current.lang ?? undefined)} dir="auto">${proposal.current.text}</p>
      <span class="count"><strong>${proposal.endorsements}</strong> ${t.projector.endorsementsWord(proposal.endorsements)}</span>
      <p class="venues">
        ${labels.backedIn(venues.length, total)}${venues.length ? html`: <span class="names">${venueNames(venues)}</span>` : ''}${across
          ? html` · ${labels.workshopRank(proposal.rank)}`
          : ''}
      </p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-venue-consensus': VenueConsensus;
  }
}
