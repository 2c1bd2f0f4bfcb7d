import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { syncUrlFor, viewHash } from '../shell/route.ts';
import { RoomController } from '../shared/room-controller.ts';
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
  /** The facilitator the room's view link names; null for links made before records were signed. */
  @property() anchor: string | null = null;
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @property({ type: Boolean }) persist = true;
  @property() removeHref = '';

  private readonly room = new RoomController(this, {
    key: () => ({ roomId: this.roomId, anchor: this.anchor, syncUrl: this.syncUrl, persist: this.persist }),
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
