import { css, html, nothing } from 'lit';
import { sessionVenues, venuesBacking, type ProposalVenues } from '../../domain/venues.ts';
import type { RecordId } from '../../domain/records.ts';
import type { WorkshopView } from '../../domain/view.ts';
import type { Messages } from '../../i18n/en.ts';
import { venueNames } from '../shared/venue-names.ts';

/*
 * The projector's venue option: off by default, chosen per projector and kept in its address (`?venues=1`),
 * offered only when the session has two venues or more. Templates and styles of the projector's own, loaded
 * by it only for a session whose groups name venues, so a projector's first paint carries none of it.
 */

/** Per proposal id, the venues backing it; null when the option is off or there is at most one venue. */
export function shownVenues(view: WorkshopView, on: boolean): Map<RecordId, ProposalVenues> | null {
  if (!on || sessionVenues(view.groups).length < 2) return null;
  return new Map(venuesBacking(view).map((backing) => [backing.proposal.id, backing]));
}

export function venueToggle(view: WorkshopView, on: boolean, t: Messages, toggle: () => void) {
  if (sessionVenues(view.groups).length < 2) return nothing;
  return html`<button type="button" class="venues-toggle" aria-pressed=${on ? 'true' : 'false'} @click=${toggle}>${t.venues.show}</button>`;
}

/** "Paris · Dakar", small, under the proposal's text. */
export function venueLine(backing: ProposalVenues | undefined, t: Messages) {
  if (!backing) return nothing;
  return html`<p class="venues">
    <span class="visually-hidden">${t.venues.backedBy}: </span>${backing.venues.length ? venueNames(backing.venues) : t.venues.none}
  </p>`;
}

export const projectorVenueStyles = css`
  /* The item's gap is for its columns; the venues' row sits close under the text. */
  li:has(> .venues) {
    row-gap: 0.3vh;
  }
  li .venues {
    grid-column: 2;
    margin: 0;
    /* A floor below the count's: with ten long proposals the list must still fit the screen. */
    font-size: max(0.8rem, calc(var(--fit) * 2.1vh));
    line-height: 1.1;
    font-weight: 600;
    color: var(--muted);
    overflow-wrap: anywhere;
  }
  .venues-toggle[aria-pressed='true'] {
    border-color: var(--accent);
    color: var(--accent);
  }
  @media (max-width: 49.99rem) {
    li .venues {
      margin: 0;
      font-size: 0.85rem;
    }
  }
`;
