import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { RoomController } from '../shared/room-controller.ts';
import { ViewLinkElement } from '../shared/view-link-element.ts';
import './publish-page.ts';

/** `#/v/<roomId>/publish`: the room read-only, for downloads and print, away from the projector's screen. */
@customElement('cdw-publish-screen')
export class PublishScreen extends ViewLinkElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  @property({ attribute: false }) now: () => number = Date.now;

  private readonly room = new RoomController(this, {
    key: () => this.viewLinkKey(),
  });
  private readonly i18n = new LocalizedController(this);

  /** Resolves once the local copy is loaded; tests await it. */
  async ready(): Promise<void> {
    await this.room.ready;
    await this.updateComplete;
  }

  protected override render() {
    const view = this.room.view;
    const session = this.room.session;
    if (!view || !session) return html`<p>${this.i18n.t.loading}</p>`;
    return html`<cdw-publish-page
      .view=${view}
      .records=${session.store.records}
      .status=${this.room.status}
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
