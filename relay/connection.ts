import { WebSocket } from 'ws';
import { closeLabel, CloseCode } from './close-codes.ts';
import type { Heartbeat } from './heartbeat.ts';
import type { RelayLimits } from './limits.ts';
import type { Log } from './log.ts';
import type { RelayMetrics } from './metrics.ts';
import type { Peer } from './peer.ts';
import { TokenBucket } from './rate-limiter.ts';
import type { RoomRegistry } from './rooms.ts';
import type { Room } from './room.ts';

export interface ConnectionContext {
  registry: RoomRegistry;
  heartbeat: Heartbeat;
  limits: RelayLimits;
  metrics: RelayMetrics;
  log: Log;
  /** Called once when the connection is gone, whoever closed it. */
  onGone: (connection: Connection) => void;
}

/** A WebSocket seen as a room's peer: counts, rate-limits and guards everything that crosses it. */
export class Connection implements Peer {
  private room: Room | null = null;
  private gone = false;
  private readonly bucket: TokenBucket;

  constructor(
    private readonly socket: WebSocket,
    readonly roomId: string,
    readonly writable: boolean,
    private readonly context: ConnectionContext,
  ) {
    // Five seconds of credit: a client replaying queued changes after a hiccup is not a flood.
    this.bucket = new TokenBucket(context.limits.maxMessagesPerSecond, 5 * context.limits.maxMessagesPerSecond);
    // Exact-size ArrayBuffers: a decoder can never read a neighbour's bytes from a pooled buffer.
    socket.binaryType = 'arraybuffer';
    // Without an 'error' listener an oversize or invalid frame would crash the process.
    socket.on('error', (error: Error & { code?: string }) => this.onSocketError(error));
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    socket.on('close', () => this.finish('client'));
    context.heartbeat.track(socket, () => this.terminate());
    context.metrics.connectionsOpened++;
  }

  /** Joins the room, or closes with 4503 when it is full. */
  join(): void {
    const room = this.context.registry.join(this.roomId, this);
    if (room) this.room = room;
    else this.close(CloseCode.roomFull, 'room full');
  }

  send(message: Uint8Array): void {
    if (this.gone || this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(message);
    this.context.metrics.messagesSent++;
    this.context.metrics.bytesSent += message.byteLength;
  }

  close(code: number, reason: string): void {
    if (this.gone) return;
    if (code !== CloseCode.goingAway) this.context.log({ event: 'connection_closed', roomId: this.roomId, code, reason });
    this.socket.close(code, reason);
    this.finish(closeLabel(code));
  }

  private terminate(): void {
    if (this.gone) return;
    this.context.log({ event: 'connection_closed', roomId: this.roomId, reason: 'no pong (heartbeat)' });
    this.socket.terminate();
    this.finish('heartbeat');
  }

  private onMessage(data: WebSocket.RawData, isBinary: boolean): void {
    if (this.gone || !this.room) return;
    this.context.heartbeat.markAlive(this.socket);
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : null;
    this.context.metrics.messagesReceived++;
    this.context.metrics.bytesReceived += bytes?.byteLength ?? 0;
    if (!this.bucket.take()) return this.close(CloseCode.rateLimited, 'rate limit exceeded');
    if (!isBinary || !bytes) return this.close(CloseCode.malformedMessage, 'text message');
    try {
      this.room.receive(this, bytes);
    } catch (error) {
      // A bug of ours must cost one connection, never the process.
      this.context.log({ event: 'internal_error', roomId: this.roomId, error: String(error), stack: (error as Error)?.stack });
      this.close(CloseCode.internalError, 'internal error');
    }
  }

  private onSocketError(error: Error & { code?: string }): void {
    const reason = error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'message_too_big' : 'protocol_error';
    this.context.log({ event: 'connection_closed', roomId: this.roomId, reason, error: error.message });
    this.finish(reason);
  }

  /** Forget the connection everywhere, exactly once. */
  private finish(reason: string): void {
    if (this.gone) return;
    this.gone = true;
    this.context.metrics.countClose(reason);
    this.context.heartbeat.untrack(this.socket);
    // Before leaving: a venue relay's mirror reads the room's final state while it is still in memory.
    this.context.onGone(this);
    if (this.room) this.context.registry.leave(this.room, this);
  }
}
