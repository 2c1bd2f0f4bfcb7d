import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { syncUrlFor, viewHash } from '../shell/route.ts';
import { ReadOnlySessionController } from '../shared/read-only-session.ts';
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('roomId') || changed.has('anchor')) this.room.open();
  }

  /** Resolves once the local copy is loaded; tests await it. */
  async ready(): Promise<void> {
    await this.room.ready();
    await this.updateComplete;
  }

  protected override render() {
    return html`<cdw-session-column
      .view=${this.workshop.view}
      .status=${this.workshop.status}
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
