import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { chooseLanguage } from '../../i18n/locale.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import type { WorkshopEvent } from '../shared/events.ts';
import { awaitScreen, screenShown } from '../shared/first-paint.ts';
import { parseRoute, syncUrlFor, type Route } from './route.ts';
import './language-switch.ts';

/**
 * The room code (Yjs, the rules, the room machinery: one chunk) is asked for beside a screen that opens a room, not
 * once the screen's code has arrived and names it: the build no longer lists each chunk's imports in the page.
 */
const withRoom = (screen: () => Promise<unknown>) => (): Promise<unknown> =>
  Promise.all([screen(), import('../shared/room-controller.ts')]);

/** Each page fetches only its own screen: a projector never loads the scribe's forms, nor a scribe the QR encoder. */
const SCREENS: Record<Exclude<Route['page'], 'not-found'>, () => Promise<unknown>> = {
  start: () => import('../start/start-screen.ts'),
  scribe: withRoom(() => import('../scribe/scribe-screen.ts')),
  view: withRoom(() => import('../projector/view-screen.ts')),
  publish: withRoom(() => import('../publish/publish-screen.ts')),
  replay: withRoom(() => import('../publish/replay-screen.ts')),
  compare: withRoom(() => import('../publish/compare-screen.ts')),
  verify: () => import('../publish/verify-screen.ts'),
  sync: withRoom(() => import('../sync/sync-screen.ts')),
  facilitate: withRoom(() => import('../facilitator/facilitator-screen.ts')),
  venue: () => import('../sync/venue-screen.ts'),
};

awaitScreen();

/** Service workers run only in secure contexts; a page over plain HTTP from a venue laptop says what that means. */
const hasOfflineCopy = 'serviceWorker' in navigator;
if (!hasOfflineCopy) void import('./no-offline-copy-note.ts');

/** The page: follows the hash route, hosts the screen for it, and applies the language choice. */
@customElement('cdw-app')
export class WorkshopApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-height: 100vh;
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      max-width: 52rem;
      margin: 0 auto;
      padding: 0.75rem 1rem 0;
    }
    .brand {
      font-weight: 700;
      color: var(--muted);
      font-size: 0.95rem;
    }
    main {
      max-width: 52rem;
      margin: 0 auto;
      padding: 0.5rem 1rem 3rem;
    }
    main.projector {
      max-width: none;
      padding: 0;
    }
    main.wide,
    header:has(+ main.wide) {
      max-width: 100rem;
    }
    /* A printed page holds the document only. */
    @media print {
      :host {
        min-height: 0;
      }
      header {
        display: none;
      }
      main {
        max-width: none;
        padding: 0;
      }
    }
  `;

  /** Where the relay listens; null keeps every room local (tests). */
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @state() private route: Route = parseRoute(location.hash);

  private readonly i18n = new LocalizedController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.addEventListener('language-change', this.onLanguageChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.removeEventListener('language-change', this.onLanguageChange);
  }

  private readonly onHashChange = (): void => {
    this.route = parseRoute(location.hash);
  };

  private readonly onLanguageChange = (event: WorkshopEvent<'language-change'>): void => {
    void chooseLanguage(event.detail.language);
  };

  /** The code of the screen shown now: settles once the page has fetched it (or failed to). */
  screenLoaded: Promise<unknown> = Promise.resolve();

  protected override willUpdate(): void {
    if (this.route.page !== 'not-found') this.screenLoaded = SCREENS[this.route.page]();
  }

  protected override firstUpdated(): void {
    void this.showFirstScreen();
  }

  protected override updated(): void {
    document.title = this.i18n.t.appName;
  }

  /** The page's first screen is shown once its code is loaded and it has rendered (its rooms hold the paint on). */
  private async showFirstScreen(): Promise<void> {
    await this.screenLoaded.catch(() => undefined);
    await this.updateComplete;
    const screen = this.renderRoot.querySelector('main > :last-child') as { updateComplete?: Promise<unknown> } | null;
    await screen?.updateComplete;
    screenShown();
  }

  protected override render() {
    const route = this.route;
    if (route.page === 'replay') {
      return html`<main class="projector"><cdw-replay-screen
        .roomId=${route.roomId}
        .anchor=${route.anchor}
        .syncUrl=${this.syncUrl}
      ></cdw-replay-screen></main>`;
    }
    // The projector owns the whole screen; its language switch sits in its own side panel.
    if (route.page === 'view' && !route.proposal) {
      return html`<main class="projector"><cdw-view-screen
        .roomId=${route.roomId}
        .anchor=${route.anchor}
        .syncUrl=${this.syncUrl}
      ></cdw-view-screen></main>`;
    }
    return html`<header>
        <span class="brand">${this.i18n.t.appName}</span>
        <cdw-language-switch></cdw-language-switch>
      </header>
      <main class=${route.page === 'compare' || route.page === 'facilitate' || route.page === 'venue' ? 'wide' : ''}>
        ${hasOfflineCopy ? nothing : html`<cdw-no-offline-copy-note></cdw-no-offline-copy-note>`}${this.renderScreen(route)}
      </main>`;
  }

  private renderScreen(route: Route) {
    switch (route.page) {
      case 'start':
        return html`<cdw-start-screen .syncUrl=${this.syncUrl}></cdw-start-screen>`;
      case 'scribe':
        return html`<cdw-scribe-screen
          .writeKey=${route.writeKey}
          .anchor=${route.anchor}
          .proposal=${route.proposal}
          .translationNeeds=${route.translate ?? false}
          .syncUrl=${this.syncUrl}
        ></cdw-scribe-screen>`;
      case 'view':
        return html`<cdw-view-screen
          .roomId=${route.roomId}
          .anchor=${route.anchor}
          .proposal=${route.proposal}
          .syncUrl=${this.syncUrl}
        ></cdw-view-screen>`;
      case 'sync':
        return html`<cdw-sync-screen
          .link=${route.link}
          .key=${route.key}
          .anchor=${route.anchor}
          .syncUrl=${this.syncUrl}
        ></cdw-sync-screen>`;
      case 'publish':
        return html`<cdw-publish-screen .roomId=${route.roomId} .anchor=${route.anchor} .syncUrl=${this.syncUrl}></cdw-publish-screen>`;
      case 'compare':
        return html`<cdw-compare-screen
          .rooms=${route.rooms}
          .roomIds=${route.roomIds}
          .syncUrl=${this.syncUrl}
        ></cdw-compare-screen>`;
      case 'verify':
        return html`<cdw-verify-screen .roomId=${route.roomId} .anchor=${route.anchor}></cdw-verify-screen>`;
      case 'facilitate':
        return html`<cdw-facilitator-screen
          .writeKey=${route.writeKey}
          .secret=${route.secret}
          .syncUrl=${this.syncUrl}
        ></cdw-facilitator-screen>`;
      case 'venue':
        return html`<cdw-venue-screen></cdw-venue-screen>`;
      case 'not-found':
        return html`<p>${this.i18n.t.notFound}</p>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-app': WorkshopApp;
  }
}
