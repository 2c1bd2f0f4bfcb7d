import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { viewHash } from '../shell/route.ts';
import { RoomController } from '../shared/room-controller.ts';
import { ViewLinkElement } from '../shared/view-link-element.ts';
import './session-column.ts';

/** One compared room, opened read-only (no write key) for as long as it is on the page. */
@customElement('cdw-compare-room')
export class CompareRoom extends ViewLinkElement {
  static override styles = css`
    :host {
      display: block;
    }
    cdw-session-column {
      height: 100%;
    }
  `;

  @property() removeHref = '';

  private readonly room = new RoomController(this, {
    key: () => this.viewLinkKey(),
  });

  /** Resolves once the local copy is loaded; tests await it. */
  async ready(): Promise<void> {
    await this.room.ready;
    await this.updateComplete;
  }

  protected override render() {
    return html`<cdw-session-column
      .view=${this.room.view}
      .status=${this.room.status}
      viewHref=${viewHash(this.roomId, this.anchor)}
      removeHref=${this.removeHref}
    ></cdw-session-column>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-compare-room': CompareRoom;
  }
}
