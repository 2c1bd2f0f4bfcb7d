import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { openSession, type WorkshopSession } from '../doc/session.ts';
import { LocalizedController } from '../i18n/localized-controller.ts';
import { syncUrlFor } from './route.ts';
import { WorkshopController } from './workshop-controller.ts';
import './publish-page.ts';

/** `#/v/<roomId>/publish`: the room read-only, for downloads and print, away from the projector's screen. */
@customElement('cdw-publish-screen')
export class PublishScreen extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  @property() roomId = '';
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @property({ type: Boolean }) persist = true;
  @property({ attribute: false }) now: () => number = Date.now;

  private session: WorkshopSession | null = null;
  private readonly workshop = new WorkshopController(this);
  private readonly i18n = new LocalizedController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.session) this.open();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('roomId')) this.open();
  }

  /** Resolves once the local copy is loaded; tests await it. */
  async ready(): Promise<void> {
    await this.session?.whenLoaded;
    await this.updateComplete;
  }

  private open(): void {
    void this.close();
    if (!this.roomId) return;
    this.session = openSession({ roomId: this.roomId, writeKey: null, syncUrl: this.syncUrl, persist: this.persist });
    this.workshop.use({ store: this.session.store, connection: this.session.connection, presence: null });
  }

  private async close(): Promise<void> {
    const session = this.session;
    this.session = null;
    this.workshop.use(null);
    await session?.destroy();
  }

  protected override render() {
    const view = this.workshop.view;
    if (!view || !this.session) return html`<p>${this.i18n.t.loading}</p>`;
    return html`<cdw-publish-page
      .view=${view}
      .records=${this.session.store.records}
      .status=${this.workshop.status}
      .roomId=${this.roomId}
      .now=${this.now}
    ></cdw-publish-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-publish-screen': PublishScreen;
  }
}
