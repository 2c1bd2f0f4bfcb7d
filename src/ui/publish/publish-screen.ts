import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { syncUrlFor } from '../shell/route.ts';
import { ReadOnlySessionController } from '../shared/read-only-session.ts';
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
  /** The facilitator the link names (its actor id); null for links made before records were signed. */
  @property() anchor: string | null = null;
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @property({ type: Boolean }) persist = true;
  @property({ attribute: false }) now: () => number = Date.now;

  private readonly room = new ReadOnlySessionController(
    this,
    () => ({ roomId: this.roomId, anchor: this.anchor, syncUrl: this.syncUrl, persist: this.persist }),
  );
  private get workshop() {
    return this.room.workshop;
  }
  private get session() {
    return this.room.session;
  }
  private readonly i18n = new LocalizedController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('roomId') || changed.has('anchor')) this.room.open();
  }

  /** Resolves once the local copy is loaded; tests await it. */
  async ready(): Promise<void> {
    await this.room.ready();
    await this.updateComplete;
  }

  protected override render() {
    const view = this.workshop.view;
    if (!view || !this.session) return html`<p>${this.i18n.t.loading}</p>`;
    return html`<cdw-publish-page
      .view=${view}
      .records=${this.session.store.records}
      .status=${this.workshop.status}
      .roomId=${this.roomId}
      .anchor=${this.anchor}
      .now=${this.now}
    ></cdw-publish-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-publish-screen': PublishScreen;
  }
}
