import WebSocket from 'ws';
import * as Y from 'yjs';
import { CloseCode } from './close-codes.ts';
import type { Heartbeat } from './heartbeat.ts';
import type { Log } from './log.ts';
import type { RelayMetrics } from './metrics.ts';
import type { Peer } from './peer.ts';
import { decodeClientMessage, encodeUpdate, type ClientMessage } from './protocol.ts';
import type { Room } from './room.ts';
import type { RoomRegistry } from './rooms.ts';
import type { StateVector } from './state-vectors.ts';

export interface SessionContext {
  registry: RoomRegistry;
  heartbeat: Heartbeat;
  metrics: RelayMetrics;
  log: Log;
  /** Largest message accepted from upstream: a whole room's sync step 2 must fit. */
  maxPayload: number;
  /** Local updates are merged for this long before they go upstream, so one busy link stays under the central rate limit. */
  batchMs: number;
}

export interface SessionEnd {
  /** False when the link never opened (upstream unreachable or refused the upgrade). */
  wasOpen: boolean;
  /** How long it was open. */
  openMs: number;
  /** The close code either side gave, when there was one. */
  code: number | null;
}

export interface SessionEvents {
  /** The socket is open and the session has joined the local room. */
  onOpen(): void;
  /** What the upstream has stored: its greeting (`greeting`) or an acknowledgement of our updates. */
  onUpstreamStateVector(stateVector: StateVector, greeting: boolean): void;
  /** Document data that came from upstream, so the upstream holds it. */
  onUpstreamUpdate(update: Uint8Array): void;
  /** Something crossed the link. */
  onTraffic(): void;
  /** Called once; `reason` never contains the write key. */
  onClosed(reason: string, closed: SessionEnd): void;
}

/**
 * One WebSocket to the upstream relay for one room, joined to the local room as one more peer: the
 * room validates, stores and fans out what comes down exactly as it does for a local client, and
 * everything the room would send to a client goes up. Only the room's first sync step 1 goes up (the
 * later ones acknowledge upstream's own updates, which means nothing to it), and document data goes up
 * only when the session holds the write key (`pushes`): the upstream would drop it otherwise.
 */
export class UpstreamSession implements Peer {
  /** Upstream's data enters the local room: the central relay has already checked who wrote it. */
  readonly writable = true;
  /** A venue keeps working whatever an older or faulty central relay sends: off-shape content is sanitized, the link stays. */
  readonly sanitizesUpdates = true;
  /** It brings every tab the upstream relay holds presence for; the room's byte budget still applies. */
  readonly maxPresenceClients = Number.POSITIVE_INFINITY;
  private readonly socket: WebSocket;
  private room: Room | null = null;
  private open = false;
  private closed = false;
  private openedAt = 0;
  private sentGreeting = false;
  private greeted = false;
  private batch: Uint8Array[] = [];
  private batchTimer: NodeJS.Timeout | null = null;

  constructor(
    url: string,
    readonly roomId: string,
    readonly pushes: boolean,
    private readonly secret: string | null,
    private readonly context: SessionContext,
    private readonly events: SessionEvents,
  ) {
    this.socket = new WebSocket(url, { handshakeTimeout: 10_000, perMessageDeflate: false, maxPayload: context.maxPayload });
    this.socket.binaryType = 'arraybuffer';
    this.socket.on('error', (error) => this.finish(`error: ${error.message}`));
    this.socket.on('close', (code) => this.finish(`closed with ${code}`, code));
    this.socket.on('open', () => this.onOpen());
    this.socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
  }

  get isOpen(): boolean {
    return this.open && !this.closed;
  }

  /** True once the upstream's first sync step 1 (its stored state vector) arrived in this session. */
  get upstreamGreeted(): boolean {
    return this.greeted;
  }

  /** From the local room: goes upstream, or not (see the class comment). */
  send(message: Uint8Array): void {
    if (!this.isOpen) return;
    let decoded: ClientMessage;
    try {
      decoded = decodeClientMessage(message);
    } catch (error) {
      // The room encoded it, so this is a bug of ours: it must cost the link, not the room's fan-out.
      this.context.log({ event: 'internal_error', roomId: this.roomId, error: String(error) });
      return this.close(CloseCode.internalError, 'internal error');
    }
    switch (decoded.kind) {
      case 'syncStep1':
        if (this.sentGreeting) return;
        this.sentGreeting = true;
        break;
      case 'update':
        if (!this.pushes) return;
        this.batch.push(decoded.update);
        this.batchTimer ??= setTimeout(() => this.flush(), this.context.batchMs);
        return;
      case 'syncStep2':
        if (!this.pushes) return;
        break;
    }
    this.flush();
    this.transmit(message);
  }

  /** Closes the link; the local room has forgotten this session when it returns. */
  close(code: number, reason: string): void {
    if (this.closed) return;
    if (code !== CloseCode.goingAway && code !== 1000) this.context.log({ event: 'upstream_rejected', roomId: this.roomId, code, reason });
    this.socket.close(code, reason);
    this.finish(reason, code);
  }

  private onOpen(): void {
    if (this.closed) return;
    this.open = true;
    this.openedAt = performance.now();
    this.context.metrics.upstreamConnects++;
    this.context.heartbeat.track(this.socket, () => {
      this.socket.terminate();
      this.finish('no pong (heartbeat)');
    });
    const room = this.context.registry.join(this.roomId, this);
    if (!room) return this.close(CloseCode.roomFull, 'local room full');
    this.room = room;
    this.events.onOpen();
  }

  private onMessage(data: WebSocket.RawData, isBinary: boolean): void {
    if (!this.isOpen || !this.room) return;
    this.context.heartbeat.markAlive(this.socket);
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : null;
    this.context.metrics.upstreamMessagesReceived++;
    this.context.metrics.upstreamBytesReceived += bytes?.byteLength ?? 0;
    if (!isBinary || !bytes) return this.close(CloseCode.malformedMessage, 'text message from upstream');
    let message: ClientMessage;
    try {
      message = decodeClientMessage(bytes, { sanitize: true });
    } catch (error) {
      return this.close(CloseCode.malformedMessage, `malformed message from upstream: ${(error as Error).message}`);
    }
    try {
      this.deliver(this.room, message, bytes);
    } catch (error) {
      // A bug of ours must cost one link, never the process.
      this.context.log({ event: 'internal_error', roomId: this.roomId, error: String(error), stack: (error as Error)?.stack });
      this.close(CloseCode.internalError, 'internal error');
    }
  }

  private deliver(room: Room, message: ClientMessage, bytes: Uint8Array): void {
    if (message.kind === 'syncStep1') {
      const greeting = !this.greeted;
      this.greeted = true;
      this.events.onUpstreamStateVector(Y.decodeStateVector(message.stateVector), greeting);
      // Only the greeting asks the room for what the upstream lacks; acknowledgements stop here.
      if (greeting) room.receive(this, bytes);
    } else {
      room.receive(this, bytes);
      if (this.isOpen && (message.kind === 'syncStep2' || message.kind === 'update')) this.events.onUpstreamUpdate(message.update);
    }
    if (this.isOpen) this.events.onTraffic();
  }

  private flush(): void {
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = null;
    if (this.batch.length === 0 || !this.isOpen) return;
    const update = this.batch.length === 1 ? this.batch[0]! : Y.mergeUpdates(this.batch);
    this.batch = [];
    this.transmit(encodeUpdate(update));
  }

  private transmit(message: Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(message);
    this.context.metrics.upstreamMessagesSent++;
    this.context.metrics.upstreamBytesSent += message.byteLength;
    this.events.onTraffic();
  }

  /** Forget the link everywhere, exactly once. */
  private finish(reason: string, code: number | null = null): void {
    if (this.closed) return;
    this.closed = true;
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batch = [];
    if (this.open) {
      this.context.metrics.upstreamDisconnects++;
      this.context.heartbeat.untrack(this.socket);
    }
    if (this.room) this.context.registry.leave(this.room, this);
    this.room = null;
    if (this.socket.readyState === WebSocket.CONNECTING || this.socket.readyState === WebSocket.OPEN) this.socket.terminate();
    const safeReason = this.secret ? reason.split(this.secret).join('…') : reason;
    this.events.onClosed(safeReason, { wasOpen: this.open, openMs: this.open ? performance.now() - this.openedAt : 0, code });
  }
}
