import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LastInSync } from '../../doc/last-in-sync.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { RoomController, type OpenRoom } from '../shared/room-controller.ts';
import { scribeHash, syncUrlFor, viewHash } from '../shell/route.ts';
import { screenBarStyles } from '../shared/shared-styles.ts';
import { rememberSyncTimes } from './sync-memory.ts';
import '../shared/connection-status.ts';
import './diagnostics-view.ts';
import './sync-overview.ts';

/** "N minutes ago" moves on by itself, a little more often than once a minute. */
const TICK_MS = 20_000;

/**
 * The facilitator's page, from either link: when each group and venue was last in sync, and the records
 * every client ignored (R9). It only reads; with the scribe link it still connects with the key, so
 * changes this browser holds keep reaching the relay.
 */
@customElement('cdw-sync-screen')
export class SyncScreen extends LitElement {
  static override styles = [
    screenBarStyles,
    css`
      :host {
        display: block;
      }
      a {
        color: var(--accent);
        font-weight: 600;
      }
      h1 {
        font-size: 1.5rem;
        margin: 0.75rem 0 0.25rem;
        overflow-wrap: anywhere;
      }
      .title {
        margin: 0 0 0.75rem;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .hint {
        color: var(--muted);
        margin: 0.4rem 0;
      }
      .self-offline {
        font-weight: 600;
      }
    `,
  ];

  @property() link: 'scribe' | 'view' = 'view';
  /** The write key (scribe link) or the room id (view link). */
  @property() key = '';
  /** The facilitator the link names (its actor id); null for links made before records were signed. */
  @property() anchor: string | null = null;
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @property({ type: Boolean }) persist = true;
  /** Tests give a clock of their own; "in sync at" and "N minutes ago" read it. */
  @property({ attribute: false }) clock: () => number = Date.now;

  private syncTimes: LastInSync | null = null;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private readonly room = new RoomController(this, {
    key: () => ({
      ...(this.link === 'scribe' ? { writeKey: this.key } : { roomId: this.key }),
      anchor: this.anchor,
      syncUrl: this.syncUrl,
      persist: this.persist,
    }),
    presence: true,
    attach: ({ presence, session }) => {
      const syncTimes = rememberSyncTimes(presence!, session.roomId, this.clock);
      syncTimes.subscribe(() => this.requestUpdate());
      this.syncTimes = syncTimes;
      return () => {
        syncTimes.destroy();
        this.syncTimes = null;
      };
    },
  });
  private readonly i18n = new LocalizedController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => this.requestUpdate(), TICK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  /** Resolves once the room is open and its local copy loaded; tests await it. */
  async ready(): Promise<void> {
    await this.room.ready;
    await this.updateComplete;
  }

  /** The room this page shows, once open (tests write hostile records into it). */
  get openRoom(): OpenRoom | null {
    return this.room.room;
  }

  protected override render() {
    const t = this.i18n.t;
    const view = this.room.view;
    if (!view) return html`<p>${t.loading}</p>`;
    const status = this.room.status;
    const back = this.link === 'scribe' ? scribeHash(this.key, this.anchor) : viewHash(this.key, this.anchor);
    const syncTimes = this.syncTimes;
    return html`<div class="bar">
        <a href=${back}>${this.link === 'scribe' ? t.sync.backToProposals : t.sync.backToProjector}</a>
        <cdw-connection-status .status=${status}></cdw-connection-status>
      </div>
      <h1>${t.sync.heading}</h1>
      <p class="title"><bdi>${view.title ?? t.untitled}</bdi></p>
      <p class="hint">${t.sync.intro}</p>
      <p class="hint">${t.sync.remembered}</p>
      ${status.state === 'offline' && this.syncUrl ? html`<p class="self-offline">${t.sync.selfOffline}</p>` : ''}
      <cdw-sync-overview
        .groups=${view.groups}
        .peers=${this.room.presence?.peers ?? []}
        .lastInSync=${(group: string) => syncTimes?.of(group) ?? null}
        .now=${this.clock()}
      ></cdw-sync-overview>
      <cdw-diagnostics .diagnostics=${view.diagnostics} .counts=${view.diagnosticCounts}></cdw-diagnostics>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-sync-screen': SyncScreen;
  }
}
