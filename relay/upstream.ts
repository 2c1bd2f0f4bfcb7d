import { grantsWrite, isRoomId } from './capability.ts';
import type { UpstreamGauges } from './metrics.ts';
import { UpstreamMirror, type MirrorContext } from './upstream-mirror.ts';

export type UpstreamContext = Omit<MirrorContext, 'onDone'>;

/**
 * A venue relay's link to its central relay: one mirror per room that has local connections or
 * local changes the central relay has not confirmed. Local connections are reported here by the
 * server, with the write key they presented when it was valid.
 */
export class Upstream {
  private readonly mirrors = new Map<string, UpstreamMirror>();
  private closed = false;
  private readonly context: MirrorContext;

  constructor(context: UpstreamContext) {
    this.context = {
      ...context,
      onDone: (mirror) => {
        if (this.mirrors.get(mirror.roomId) === mirror) this.mirrors.delete(mirror.roomId);
      },
    };
  }

  /** Starts mirroring every room the ledger says still has changes to deliver (after a restart or a crash). */
  async resume(): Promise<void> {
    let entries: Map<string, unknown>;
    try {
      entries = await this.context.ledger.list();
    } catch (error) {
      this.context.metrics.storageFailed();
      this.context.log({ event: 'storage_error', operation: 'mirror_list', error: String(error) });
      return;
    }
    for (const [roomId, writeKey] of entries) {
      if (this.closed || this.mirrors.has(roomId)) continue;
      if (typeof writeKey !== 'string' || !isRoomId(roomId) || !grantsWrite(roomId, writeKey)) {
        this.context.log({ event: 'mirror_ledger_entry_ignored', roomId: String(roomId).slice(0, 40) });
        continue;
      }
      const mirror = new UpstreamMirror(roomId, writeKey, this.context);
      this.mirrors.set(roomId, mirror);
      this.context.log({ event: 'upstream_mirror_resumed', roomId });
      mirror.start();
    }
  }

  /** Call before the connection joins its room, so the key is recorded before the room's first update is stored. */
  localOpened(roomId: string, writeKey: string | null): void {
    if (this.closed) return;
    let mirror = this.mirrors.get(roomId);
    if (mirror) return mirror.localOpened(writeKey);
    mirror = new UpstreamMirror(roomId, null, this.context);
    this.mirrors.set(roomId, mirror);
    mirror.localOpened(writeKey);
    mirror.start();
  }

  localClosed(roomId: string): void {
    if (!this.closed) this.mirrors.get(roomId)?.localClosed();
  }

  gauges(): UpstreamGauges {
    const gauges: UpstreamGauges = { rooms: this.mirrors.size, connected: 0, pendingRooms: 0, pendingChanges: 0 };
    for (const mirror of this.mirrors.values()) {
      if (mirror.connected) gauges.connected++;
      const pending = mirror.pending();
      if (pending !== 0) gauges.pendingRooms++;
      gauges.pendingChanges += pending ?? 0;
    }
    return gauges;
  }

  /** Closes every link; the ledger keeps the rooms still to deliver for the next start. */
  close(): void {
    this.closed = true;
    for (const mirror of this.mirrors.values()) mirror.stop();
    this.mirrors.clear();
  }
}
