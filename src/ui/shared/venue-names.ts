import { html } from 'lit';
import type { Venue } from '../../domain/venues.ts';

/** "Paris · Dakar": each name isolated, since a name in another script must not reorder its neighbours. */
export function venueNames(venues: readonly Venue[]) {
  return venues.map((venue, i) => html`${i ? ' · ' : ''}<bdi>${venue.name}</bdi>`);
}
