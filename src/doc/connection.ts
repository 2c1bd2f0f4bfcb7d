import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { changesMissingFrom } from './relay-state.ts';

export type ConnectionState = 'online' | 'offline' | 'syncing';

export interface ConnectionStatus {
  state: ConnectionState;
  /** Local changes the relay is not known to hold yet. */
  pending: number;
}

export interface ConnectionOptions {
  doc: Y.Doc;
  /** Base of the sync endpoint, e.g. `wss://example.org/sync`; the room id is appended. */
  syncUrl: string;
  roomId: string;
  /** Present for scribes: the relay accepts writes only with it (DESIGN.md §3). */
  writeKey?: string | null;
  /** Node has no global WebSocket. */
  WebSocketPolyfill?: typeof WebSocket;
  disableBc?: boolean;
  /** The browser's online/offline events: a socket can stay open on dead venue Wi-Fi. */
  network?: { onLine: boolean; target: EventTarget } | null;
  /** Remembers the relay's last known state vector across reloads, so offline pages still count waiting changes. */
  relayMemory?: { load(): Uint8Array | null; save(stateVector: Uint8Array): void } | null;
  /**
   * Connects once this settles (the local copy loaded), so the first message names everything the page
   * holds and the relay sends only what it lacks, not a whole session decoded a second time.
   */
  connectAfter?: Promise<unknown>;
}

const SYNC_MESSAGE = 0;
const SYNC_STEP_1 = 0;

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** The y-websocket provider plus what a scribe must always see: online, offline or syncing, and what waits. */
export class RelayConnection {
  readonly provider: WebsocketProvider;
  private relayStateVector: Map<number, number> | null = null;
  private browserOnline: boolean;
  private currentStatus: ConnectionStatus = { state: 'offline', pending: 0 };
  private readonly listeners = new Set<(status: ConnectionStatus) => void>();
  private destroyed = false;
  private answered: () => void = () => undefined;
  /**
   * Settles once the relay first answered (the page holds what it holds), or the first attempt to reach it failed,
   * or the browser is offline: until then a page that shows the room would show a copy about to change.
   */
  readonly firstAnswer: Promise<void> = new Promise((resolve) => (this.answered = resolve));

  constructor(private readonly options: ConnectionOptions) {
    const { doc, syncUrl, roomId, writeKey } = options;
    this.provider = new WebsocketProvider(syncUrl, roomId, doc, {
      params: writeKey ? { key: writeKey } : {},
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      disableBc: options.disableBc ?? false,
      maxBackoffTime: 10_000,
      connect: !options.connectAfter,
    });
    if (options.connectAfter) {
      // The other tabs' channel opens now, while the document is empty and its state costs nothing to send.
      this.provider.connectBc();
      // A local copy that failed to load is the page's to report; the relay still connects.
      void options.connectAfter.catch(() => undefined).then(() => this.connectRelay());
    }
    this.watchRelayStateVector();
    this.sendOwnAwarenessOnly();
    const remembered = options.relayMemory?.load();
    if (remembered) this.relayStateVector = Y.decodeStateVector(remembered);
    this.browserOnline = options.network?.onLine ?? true;
    options.network?.target.addEventListener('online', this.onNetworkChange);
    options.network?.target.addEventListener('offline', this.onNetworkChange);
    this.provider.on('status', this.refresh);
    this.provider.on('sync', this.refresh);
    doc.on('update', this.onUpdate);
    this.refresh();
    this.awaitFirstAnswer();
  }

  private awaitFirstAnswer(): void {
    const { provider } = this;
    const settle = (): void => {
      provider.off('sync', onSync);
      provider.off('connection-close', settle);
      provider.off('connection-error', settle);
      this.answered();
    };
    const onSync = (synced: boolean): void => {
      if (synced) settle();
    };
    provider.on('sync', onSync);
    provider.on('connection-close', settle);
    provider.on('connection-error', settle);
    if (!this.browserOnline) settle();
  }

  /** Opens the socket; the tabs' channel is open already, and `connect` would send it the whole session again. */
  private connectRelay(): void {
    if (this.destroyed) return;
    const { disableBc } = this.provider;
    this.provider.disableBc = true;
    try {
      this.provider.connect();
    } finally {
      this.provider.disableBc = disableBc;
    }
  }

  get status(): ConnectionStatus {
    return this.currentStatus;
  }

  subscribe(listener: (status: ConnectionStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.destroyed = true;
    this.answered();
    this.options.network?.target.removeEventListener('online', this.onNetworkChange);
    this.options.network?.target.removeEventListener('offline', this.onNetworkChange);
    this.options.doc.off('update', this.onUpdate);
    this.provider.awareness.off('update', this.onAwarenessUpdate);
    try {
      this.provider.destroy();
    } catch {
      // Yjs gives the document a new client id when another writer used this one (a hostile scribe can), and
      // y-websocket's clean-up then throws on presence for an id it never knew, before closing its socket.
      this.provider.shouldConnect = false;
      this.provider.ws?.close();
    }
    this.listeners.clear();
  }

  private readonly onNetworkChange = (event: Event): void => {
    // The event says which way it went: a caller's `onLine` may be a value read once at start.
    this.browserOnline = event.type === 'online';
    if (!this.browserOnline) this.answered();
    this.refresh();
  };

  /** What arrives from the relay is on the relay: it must never count as waiting. */
  private readonly onUpdate = (_update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    if (origin === this.provider) {
      const relay = (this.relayStateVector ??= new Map());
      // The update holds, per client, what the transaction added: its end clock is the client's state after it.
      // Read from the transaction, not by parsing the update again (a whole 10,000-record session on page load).
      for (const [client, clock] of transaction.afterState) {
        if (clock > (transaction.beforeState.get(client) ?? 0) && clock > (relay.get(client) ?? 0)) relay.set(client, clock);
      }
      // Remembered too: after a reload offline, other groups' records received here are still not waiting.
      this.options.relayMemory?.save(Y.encodeStateVector(relay));
    }
    this.refresh();
  };

  /**
   * y-websocket sends every awareness change to the relay, other tabs' too (yjs/yjs#732): in a room of N
   * tabs each presence change came back to the relay N - 1 times, and counted against every tab's
   * message rate. Only this tab's own changes go out; what came in, or timed out here, stays here.
   * y-websocket offers no public way to filter them: test/doc/y-websocket-internals.test.ts notices an upgrade.
   */
  private sendOwnAwarenessOnly(): void {
    this.provider.awareness.off('update', this.provider._awarenessUpdateHandler);
    this.provider.awareness.on('update', this.onAwarenessUpdate);
  }

  private readonly onAwarenessUpdate = (change: AwarenessChange, origin: unknown): void => {
    if (origin === this.provider || origin === 'timeout') return;
    this.provider._awarenessUpdateHandler(change, origin);
  };

  /**
   * The relay sends sync step 1 (its state vector) on connect and after our updates: read it on the way in.
   * The provider's own handler table is the one hook into incoming messages (pinned by y-websocket-internals.test.ts).
   */
  private watchRelayStateVector(): void {
    const handleSync = this.provider.messageHandlers[SYNC_MESSAGE];
    if (!handleSync) return;
    this.provider.messageHandlers[SYNC_MESSAGE] = (encoder, decoder, provider, emitSynced, messageType) => {
      const peek = decoding.clone(decoder);
      if (decoding.readVarUint(peek) === SYNC_STEP_1) {
        const stateVector = decoding.readVarUint8Array(peek);
        this.relayStateVector = Y.decodeStateVector(stateVector);
        this.options.relayMemory?.save(stateVector);
        queueMicrotask(this.refresh);
      }
      handleSync(encoder, decoder, provider, emitSynced, messageType);
    };
  }

  private readonly refresh = (): void => {
    const pending = changesMissingFrom(this.options.doc, this.relayStateVector);
    const connected = this.provider.wsconnected && this.browserOnline;
    const state: ConnectionState = !connected ? 'offline' : !this.provider.synced || pending > 0 ? 'syncing' : 'online';
    if (state === this.currentStatus.state && pending === this.currentStatus.pending) return;
    this.currentStatus = { state, pending };
    for (const listener of this.listeners) listener(this.currentStatus);
  };
}
