import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PeerPresence } from '../../doc/presence.ts';
import type { ActorId } from '../../domain/records.ts';
import type { GroupView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { isolatedIn } from '../shared/isolated.ts';
import { groupSyncStates, venueSyncStates, type SyncState, type VenueSync } from './sync-states.ts';
import { clockTime, timeAgo } from './sync-time.ts';
import '../shared/group-badge.ts';

/** For the facilitator: per venue and per group, online now or when last in sync with the relay. */
@customElement('cdw-sync-overview')
export class SyncOverview extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    h2 {
      font-size: 1.2rem;
      margin: 1.5rem 0 0.5rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      border-top: 1px solid var(--line);
    }
    li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0.2rem 1rem;
      padding: 0.55rem 0;
      border-bottom: 1px solid var(--line);
    }
    .who {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.2rem 0.6rem;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .venue {
      font-weight: 700;
    }
    .count {
      color: var(--muted);
    }
    .state {
      display: inline-flex;
      align-items: baseline;
      gap: 0.4rem;
    }
    /* The shape repeats the words (full: online, ring: seen, dashed: never), never colour alone. */
    .mark {
      width: 0.65rem;
      height: 0.65rem;
      flex: none;
      border-radius: 50%;
      border: 2px solid currentColor;
      align-self: center;
    }
    .online {
      font-weight: 700;
    }
    .online .mark {
      background: currentColor;
    }
    .never {
      color: var(--muted);
    }
    .never .mark {
      border-style: dashed;
    }
    .joined-as {
      color: var(--muted);
      overflow-wrap: anywhere;
    }
    /* Words, not a colour or a strike-through alone: a removed group is named as such. */
    .removed-mark {
      font-weight: 700;
      padding: 0 0.4em;
      border: 1px solid currentColor;
      border-radius: 0.3em;
    }
    li.removed cdw-group-badge {
      text-decoration: line-through;
    }
  `;

  @property({ attribute: false }) groups: readonly GroupView[] = [];
  @property({ attribute: false }) peers: readonly PeerPresence[] = [];
  /** When a group was last in sync (LastInSync.of), or null. */
  @property({ attribute: false }) lastInSync: (group: ActorId) => number | null = () => null;
  /** The time "N minutes ago" counts from; the owner moves it on. */
  @property({ type: Number }) now = Date.now();

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.sync;
    const rows = groupSyncStates(this.groups, this.peers, this.lastInSync);
    if (!rows.length) return html`<p>${t.noGroups}</p>`;
    return html`<h2 id="venues">${t.venues}</h2>
      <ul aria-labelledby="venues">
        ${venueSyncStates(rows).map(
          (venue) => html`<li>
            <span class="who">
              <span class="venue" dir="auto">${venue.venue || t.noVenue}</span>
              <span class="count">${t.groupCount(venue.groups)}</span>
            </span>
            ${this.renderVenueState(venue)}
          </li>`,
        )}
      </ul>
      <h2 id="groups">${t.groups}</h2>
      <ul aria-labelledby="groups">
        ${rows.map(
          ({ group, state }) => html`<li class=${group.removed ? 'removed' : ''}>
            <span class="who">
              <cdw-group-badge .group=${group}></cdw-group-badge>
              ${group.joinedAs === null
                ? ''
                : html`<span class="joined-as">(${isolatedIn(this.i18n.t.trust.joinedAs, group.joinedAs)})</span>`}
              ${group.removed ? html`<span class="removed-mark">${this.i18n.t.trust.removedMark}</span>` : ''}
            </span>
            ${this.renderState(state)}
          </li>`,
        )}
      </ul>`;
  }

  private renderVenueState(venue: VenueSync) {
    if (venue.online) return this.stateLine('online', this.i18n.t.sync.venueOnline(venue.online, venue.groups));
    return this.renderState(venue.lastInSync === null ? { kind: 'never' } : { kind: 'seen', at: venue.lastInSync });
  }

  private renderState(state: SyncState) {
    const t = this.i18n.t.sync;
    const language = this.i18n.intl;
    switch (state.kind) {
      case 'online':
        return this.stateLine('online', state.sending ? t.onlineSending(state.sending) : t.onlineNow);
      case 'seen':
        return this.stateLine('seen', t.inSyncAt(clockTime(state.at, this.now, language), timeAgo(state.at, this.now, language)));
      case 'never':
        return this.stateLine('never', t.notSeen);
    }
  }

  private stateLine(kind: SyncState['kind'], text: string) {
    return html`<span class="state ${kind}"><span class="mark" aria-hidden="true"></span>${text}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-sync-overview': SyncOverview;
  }
}
