import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConnectionStatus, RelayConnection } from '../../doc/connection.ts';
import type { Presence } from '../../doc/presence.ts';
import type { WorkshopStore } from '../../doc/store.ts';
import type { WorkshopView } from '../../domain/view.ts';

/** What a screen watches: the derived view, the relay connection and the presence of other groups. */
export interface WorkshopSource {
  store: WorkshopStore;
  connection: RelayConnection | null;
  presence: Presence | null;
}

const LOCAL_ONLY: ConnectionStatus = { state: 'offline', pending: 0 };

/**
 * Connects a document to a Lit host: subscribes while the host is connected, re-renders it on every
 * change. The source can arrive later (opening a room is asynchronous) and can change.
 */
export class WorkshopController implements ReactiveController {
  private source: WorkshopSource | null = null;
  private unsubscribers: Array<() => void> = [];
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get view(): WorkshopView | null {
    return this.source?.store.view ?? null;
  }

  get status(): ConnectionStatus {
    return this.source?.connection?.status ?? LOCAL_ONLY;
  }

  get presence(): Presence | null {
    return this.source?.presence ?? null;
  }

  use(source: WorkshopSource | null): void {
    this.stopWatching();
    this.source = source;
    if (this.connected) this.startWatching();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    this.startWatching();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stopWatching();
  }

  private readonly update = (): void => this.host.requestUpdate();

  private startWatching(): void {
    if (!this.source) return;
    const { store, connection, presence } = this.source;
    this.unsubscribers = [store.subscribe(this.update)];
    if (connection) this.unsubscribers.push(connection.subscribe(this.update));
    if (presence) this.unsubscribers.push(presence.subscribe(this.update));
    this.update();
  }

  private stopWatching(): void {
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.unsubscribers = [];
  }
}
