import { css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LanguageTag, RecordId } from '../../domain/records.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { focusHistoryHeading, loadHistoryView } from '../shared/history-loader.ts';
import type { WorkshopEvent } from '../shared/events.ts';
import { absoluteLink, publishHash, replayHash, syncHash, viewHash } from '../shell/route.ts';
import { defaultShownLanguages, readShownLanguages, readShowVenues, withShownLanguages, withShowVenues } from '../../domain/shown-languages.ts';
import { importAfterFirstPaint } from '../shared/first-paint.ts';
import { RoomController } from '../shared/room-controller.ts';
import { ViewLinkElement } from '../shared/view-link-element.ts';
import '../shared/connection-status.ts';
import './projector-view.ts';

/** The view link: the room without its write key; the projector, or one proposal's history, read-only. */
@customElement('cdw-view-screen')
export class ViewScreen extends ViewLinkElement {
  static override styles = css`
    :host {
      display: block;
    }
    .history {
      max-width: 48rem;
      margin: 0 auto;
      padding: 1rem;
    }
    .bar {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--line);
    }
  `;

  @property({ attribute: false }) proposal: RecordId | null = null;
  /** This projector's own languages, from `?show=` or its side panel; null follows the interface language. */
  @state() private shown: LanguageTag[] | null = readShownLanguages(location.search);
  /** This projector's venue option, from `?venues=1` or its side panel; off by default. */
  @state() private showVenues = readShowVenues(location.search);

  private readonly room = new RoomController(this, {
    key: () => this.viewLinkKey(),
    presence: true,
    attach: ({ presence, session }) => {
      // Open all session long, the projector notes when each group was last in sync, for "Groups and venues";
      // from just after the first paint, which notes the groups online by then.
      let stop: (() => void) | null = null;
      let closed = false;
      void importAfterFirstPaint(() => import('../sync/sync-memory.ts')).then(({ rememberSyncTimes }) => {
        if (closed) return;
        const syncTimes = rememberSyncTimes(presence!, session.roomId);
        stop = () => syncTimes.destroy();
      });
      return () => {
        closed = true;
        stop?.();
      };
    },
  });
  private readonly i18n = new LocalizedController(this);

  protected override willUpdate(): void {
    if (this.proposal) void loadHistoryView();
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (changed.has('proposal') && this.proposal) await focusHistoryHeading(this.renderRoot);
  }

  /** The choice goes into the address, so the venue can bookmark its projector. */
  private onShowLanguages(event: WorkshopEvent<'show-languages-change'>): void {
    this.shown = event.detail.languages;
    history.replaceState(history.state, '', withShownLanguages(location.href, this.shown));
  }

  private onShowVenues(event: WorkshopEvent<'show-venues-change'>): void {
    this.showVenues = event.detail.shown;
    history.replaceState(history.state, '', withShowVenues(location.href, this.showVenues));
  }

  protected override render() {
    const view = this.room.view;
    if (!view) return html`<p>${this.i18n.t.loading}</p>`;
    if (this.proposal) {
      return html`<div class="history">
        <div class="bar"><cdw-connection-status .status=${this.room.status}></cdw-connection-status></div>
        <cdw-history-view
          .proposal=${view.proposals.find((p) => p.id === this.proposal) ?? null}
          .groups=${view.groups}
          backHref=${viewHash(this.roomId, this.anchor)}
        ></cdw-history-view>
      </div>`;
    }
    return html`<cdw-projector-view
      .view=${view}
      .online=${this.room.status.state === 'offline' ? [] : (this.room.presence?.onlineGroups() ?? [])}
      .status=${this.room.status}
      .viewUrl=${absoluteLink(viewHash(this.roomId, this.anchor))}
      .historyHref=${(proposal: string) => viewHash(this.roomId, this.anchor, proposal)}
      publishHref=${publishHash(this.roomId, this.anchor)}
      replayHref=${replayHash(this.roomId, this.anchor)}
      .shown=${this.shown ?? defaultShownLanguages(view.languages, this.i18n.language)}
      @show-languages-change=${this.onShowLanguages}
      ?showVenues=${this.showVenues}
      @show-venues-change=${this.onShowVenues}
      syncHref=${syncHash('view', this.roomId, this.anchor)}
    ></cdw-projector-view>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-view-screen': ViewScreen;
  }
}
