import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { openSession, type WorkshopSession } from '../doc/session.ts';
import { syncUrlFor, viewHash } from './route.ts';
import { WorkshopController } from './workshop-controller.ts';
import './session-column.ts';

/** One compared room, opened read-only (no write key) for as long as it is on the page. */
@customElement('cdw-compare-room')
export class CompareRoom extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    cdw-session-column {
      height: 100%;
    }
  `;

  @property() roomId = '';
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @property({ type: Boolean }) persist = true;
  @property() removeHref = '';

  private session: WorkshopSession | null = null;
  private readonly workshop = new WorkshopController(this);

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
    return html`<cdw-session-column
      .view=${this.workshop.view}
      .status=${this.workshop.status}
      viewHref=${viewHash(this.roomId)}
      removeHref=${this.removeHref}
    ></cdw-session-column>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-compare-room': CompareRoom;
  }
}
