import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { openSession, type WorkshopSession } from '../../doc/session.ts';
import { WorkshopController } from './workshop-controller.ts';

export interface ReadOnlyRoom {
  roomId: string;
  /** The facilitator the link names; null for links made before records were signed. */
  anchor: string | null;
  syncUrl: string | null;
  persist: boolean;
}

/**
 * One room opened read-only for a host element (publish, replay, compare): opened when the host asks,
 * opened again if the host comes back after leaving, closed when it leaves. Its view is `workshop`.
 */
export class ReadOnlySessionController implements ReactiveController {
  session: WorkshopSession | null = null;
  readonly workshop: WorkshopController;
  private opened = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly room: () => ReadOnlyRoom,
    private readonly onClose: () => void = () => {},
  ) {
    host.addController(this);
    this.workshop = new WorkshopController(host);
  }

  /** Opens the host's current room, closing the previous one; call it when the room id changes. */
  open(): void {
    void this.close();
    this.opened = true;
    const { roomId, anchor, syncUrl, persist } = this.room();
    if (!roomId) return;
    this.session = openSession({ roomId, writeKey: null, anchor, syncUrl, persist });
    this.workshop.use({ store: this.session.store, connection: this.session.connection, presence: null });
  }

  /** Resolves once the local copy is loaded; tests await it. */
  async ready(): Promise<void> {
    await this.session?.whenLoaded;
  }

  hostConnected(): void {
    if (this.opened && !this.session) this.open();
  }

  hostDisconnected(): void {
    void this.close();
  }

  private async close(): Promise<void> {
    const session = this.session;
    this.session = null;
    this.workshop.use(null);
    this.onClose();
    await session?.destroy();
  }
}
