import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/publish.ts';
import type { WorkshopEvent } from '../shared/events.ts';
import { absoluteLink, compareHash, syncUrlFor, viewHash, type RoomLink } from '../shell/route.ts';
import './compare-form.ts';
import './compare-room.ts';

/** `#/compare/<roomId>,…`: several sessions side by side, read-only, for a final convergence across venues. */
@customElement('cdw-compare-screen')
export class CompareScreen extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    h1 {
      font-size: 1.6rem;
      margin: 0.5rem 0;
    }
    .intro {
      color: var(--muted);
      margin: 0 0 1rem;
      max-width: 44rem;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
      gap: 1rem;
      margin-top: 1.5rem;
      align-items: stretch;
    }
  `;

  /** The rooms compared, each with the facilitator its link names. */
  @property({ attribute: false }) rooms: readonly RoomLink[] = [];
  /** The same rooms without anchors, for callers that only know room ids; `rooms` wins when given. */
  @property({ attribute: false }) roomIds: readonly string[] = [];
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @property({ type: Boolean }) persist = true;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.publish;
    const rooms = this.compared;
    const without = (roomId: string) => compareHash(rooms.filter((room) => room.roomId !== roomId));
    return html`<h1>${t.compareHeading}</h1>
      <p class="intro">${t.compareIntro}</p>
      <cdw-compare-form
        .links=${rooms.map((room) => absoluteLink(viewHash(room.roomId, room.anchor)))}
        @compare-rooms=${this.onCompare}
      ></cdw-compare-form>
      <div class="columns">
        ${repeat(
          rooms,
          (room) => room.roomId,
          (room) => html`<cdw-compare-room
            .roomId=${room.roomId}
            .anchor=${room.anchor}
            .syncUrl=${this.syncUrl}
            .persist=${this.persist}
            removeHref=${without(room.roomId)}
          ></cdw-compare-room>`,
        )}
      </div>`;
  }

  private get compared(): readonly RoomLink[] {
    return this.rooms.length ? this.rooms : this.roomIds.map((roomId) => ({ roomId, anchor: null }));
  }

  private onCompare(event: WorkshopEvent<'compare-rooms'>): void {
    location.hash = compareHash(event.detail.rooms);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-compare-screen': CompareScreen;
  }
}
