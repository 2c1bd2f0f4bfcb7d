import { css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { WorkshopSession } from '../../doc/session.ts';
import { TimelinePlayer } from '../../domain/timeline.ts';
import type { WorkshopView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import type { WorkshopEvent } from '../shared/events.ts';
import { absoluteLink, viewHash } from '../shell/route.ts';
import { RoomController } from '../shared/room-controller.ts';
import { ViewLinkElement } from '../shared/view-link-element.ts';
import { revisionsHiddenInTheEnd, withoutHiddenText } from '../../domain/replay-hiding.ts';
// The projector's own chunk (view-screen imports projector-view): shared whole, so the live projector is not split up.
import '../projector/view-screen.ts';
import './replay-controls.ts';

/**
 * `#/v/<roomId>/replay`: the projector showing the document as it stood at a chosen moment, derived from
 * the records (never stored); the projector's own motion moves proposals as endorsements come and go.
 */
@customElement('cdw-replay-screen')
export class ReplayScreen extends ViewLinkElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  @state() private index = 0;

  private readonly room = new RoomController(this, {
    key: () => this.viewLinkKey(),
    attach: () => () => (this.builtFrom = null),
  });
  private readonly i18n = new LocalizedController(this);
  private player: TimelinePlayer | null = null;
  /** Hidden by the end: never shown, even at a moment before the facilitator hid it. */
  private hiddenInTheEnd: ReadonlySet<string> = new Set();
  private moments: number[] = [];
  /** The live view the player was built from: a new one means new records arrived. */
  private builtFrom: WorkshopView | null = null;
  /** Once the reader moved to the last moment, records arriving later keep the replay at the end. */
  private followEnd = false;
  private shown: WorkshopView | null = null;

  /** Resolves once the local copy is loaded; tests await it. */
  async ready(): Promise<void> {
    await this.room.ready;
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('roomId') || changed.has('anchor')) {
      this.index = 0;
      this.followEnd = false;
    }
  }

  /** Here rather than in willUpdate: the room controller has opened the room the link names by now. */
  protected override update(changed: PropertyValues<this>): void {
    const live = this.room.view;
    const session = this.room.session;
    if (live && live !== this.builtFrom && session) this.rebuild(live, session);
    const time = this.moments[this.index];
    this.shown = time === undefined || !this.player ? live : withoutHiddenText(this.player.viewAt(time), this.hiddenInTheEnd);
    super.update(changed);
  }

  /** A fresh player over a copy of the records: the store keeps sorting new ones into its own array. */
  private rebuild(live: WorkshopView, session: WorkshopSession): void {
    const selected = this.moments[this.index];
    this.builtFrom = live;
    const records = [...session.store.records];
    this.player = new TimelinePlayer(records, session.store.trust);
    this.hiddenInTheEnd = revisionsHiddenInTheEnd(records, session.store.trust);
    this.moments = this.player.moments();
    const last = Math.max(0, this.moments.length - 1);
    if (this.followEnd || selected === undefined) this.index = this.followEnd ? last : 0;
    else this.index = Math.max(0, countAtOrBefore(this.moments, selected) - 1);
  }

  private onSeek(event: WorkshopEvent<'replay-seek'>): void {
    this.index = Math.min(Math.max(0, event.detail.index), Math.max(0, this.moments.length - 1));
    this.followEnd = this.moments.length > 0 && this.index === this.moments.length - 1;
  }

  protected override render() {
    if (!this.shown) return html`<p>${this.i18n.t.loading}</p>`;
    return html`<cdw-projector-view
      replay
      .view=${this.shown}
      .status=${this.room.status}
      .viewUrl=${absoluteLink(viewHash(this.roomId, this.anchor))}
      .historyHref=${(proposal: string) => viewHash(this.roomId, this.anchor, proposal)}
      .now=${() => this.moments[this.index] ?? Date.now()}
    >
      <cdw-replay-controls
        slot="panel"
        .moments=${this.moments}
        .index=${this.index}
        liveHref=${viewHash(this.roomId, this.anchor)}
        @replay-seek=${this.onSeek}
      ></cdw-replay-controls>
    </cdw-projector-view>`;
  }
}

/** How many of the ascending `moments` are at or before `time`. */
function countAtOrBefore(moments: readonly number[], time: number): number {
  let count = 0;
  while (count < moments.length && moments[count]! <= time) count++;
  return count;
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-replay-screen': ReplayScreen;
  }
}
