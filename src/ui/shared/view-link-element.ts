import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { syncUrlFor } from '../shell/route.ts';
import type { RoomKey } from './room-controller.ts';

/** What a view link names, for the screens that open a room read-only from it (projector, publish, replay, compare). */
export class ViewLinkElement extends LitElement {
  @property() roomId = '';
  /** The facilitator the link names (its actor id); null for links made before records were signed. */
  @property() anchor: string | null = null;
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @property({ type: Boolean }) persist = true;

  /** The room key for this screen's RoomController. */
  protected viewLinkKey(): RoomKey {
    return { roomId: this.roomId, anchor: this.anchor, syncUrl: this.syncUrl, persist: this.persist };
  }
}
