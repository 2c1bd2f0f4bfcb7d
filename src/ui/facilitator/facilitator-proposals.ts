import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GroupView, ProposalView, RevisionView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/facilitator.ts';
import { cardListStyles } from '../shared/shared-styles.ts';
import './facilitator-revision.ts';

/** The current revision first, then the older ones, newest first: what the room sees, then how it got there. */
export function revisionsCurrentFirst(proposal: ProposalView): RevisionView[] {
  const older = proposal.revisions.filter((r) => r.id !== proposal.current.id).reverse();
  return [proposal.current, ...older];
}

/** Every proposal in projected order, each with every revision and a way to hide an abusive one. */
@customElement('cdw-facilitator-proposals')
export class FacilitatorProposals extends LitElement {
  static override styles = [
    cardListStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        font-size: 1rem;
        margin: 0 0 0.6rem;
      }
      ol.revisions {
        gap: 0;
      }
      ol.revisions > li {
        border: none;
        border-radius: 0;
        padding: 0.75rem 0;
        border-top: 1px solid var(--line);
      }
      ol.revisions > li:first-child {
        border-top: none;
        padding-top: 0;
      }
      .empty {
        color: var(--muted);
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) proposals: readonly ProposalView[] = [];
  @property({ attribute: false }) groups: readonly GroupView[] = [];

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t;
    if (!this.proposals.length) return html`<p class="empty">${t.projector.empty}</p>`;
    return html`<ol aria-label=${t.scribe.proposals}>
      ${this.proposals.map(
        (proposal) => html`<li>
          <h3>${t.scribe.rank(proposal.rank)} · ${t.scribe.endorsements(proposal.endorsements)}</h3>
          <ol class="revisions" aria-label=${t.facilitator.revisionsOf(proposal.rank)}>
            ${revisionsCurrentFirst(proposal).map(
              (revision) => html`<li>
                <cdw-facilitator-revision
                  .revision=${revision}
                  .groups=${this.groups}
                  ?current=${revision.id === proposal.current.id}
                ></cdw-facilitator-revision>
              </li>`,
            )}
          </ol>
        </li>`,
      )}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-facilitator-proposals': FacilitatorProposals;
  }
}
