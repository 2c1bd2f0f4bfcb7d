import * as Y from 'yjs';
import { CloseCode } from './close-codes.ts';
import { missingFrom, raiseTo, type StateVector } from './state-vectors.ts';
import type { MirrorLedger } from './storage.ts';
import { UpstreamSession, type SessionContext, type SessionEnd } from './upstream-session.ts';

export interface MirrorContext extends SessionContext {
  /** The upstream's sync endpoint base, ws(s)://host/sync. */
  syncUrl: string;
  ledger: MirrorLedger;
  minBackoffMs: number;
  maxBackoffMs: number;
  random: () => number;
  /** The mirror has nothing left to do (see `checkDone`) and has closed its link. */
  onDone: (mirror: UpstreamMirror) => void;
}

/**
 * Mirrors one room to the upstream relay for as long as the room has local connections, and after
 * they are gone for as long as it holds local changes the upstream has not confirmed: reconnecting
 * with backoff, joining the local room only while the link is up (so a room whose link is down and
 * whose clients are gone is written back and freed, and reloaded from storage when the link returns).
 * With a write key it mirrors both ways; without one only downstream.
 */
export class UpstreamMirror {
  private local = 0;
  private session: UpstreamSession | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private reconnectNow = false;
  private stopped = false;
  private checkQueued = false;
  private unreachableLogged = false;
  /** What the upstream holds: its last greeting, raised by its acknowledgements and by what it sent us. */
  private known: StateVector = new Map();
  private lastPending: number | null = null;

  constructor(
    readonly roomId: string,
    private writeKey: string | null,
    private readonly context: MirrorContext,
  ) {}

  get connected(): boolean {
    return this.session?.isOpen ?? false;
  }

  get pushes(): boolean {
    return this.writeKey !== null;
  }

  /**
   * Local changes the upstream has not confirmed (Yjs clock ticks; one per workshop record); the last
   * figure computed while the room was in memory, null if never compared since this relay started.
   * Always 0 without a write key: there is nothing the mirror could deliver.
   */
  pending(): number | null {
    if (!this.writeKey) return 0;
    const stateVector = this.context.registry.get(this.roomId)?.stateVector();
    if (stateVector) this.lastPending = missingFrom(Y.decodeStateVector(stateVector), this.known);
    return this.lastPending;
  }

  start(): void {
    this.connect();
  }

  /** A local client connected to the room; a valid write key turns a read-only mirror into a read-write one. */
  localOpened(writeKey: string | null): void {
    this.local++;
    if (!writeKey || this.writeKey) return;
    this.writeKey = writeKey;
    // Stored before any of the room's updates (y-leveldb runs operations in order), so that after a
    // crash or restart every room with local changes is found again, with the key to push them.
    this.context.ledger.remember(this.roomId, writeKey).catch((error: unknown) => this.storageError('remember', error));
    if (this.session) {
      this.reconnectNow = true;
      this.session.close(1000, 'reconnecting with the write key');
    }
  }

  /** Called while the room still holds the departing client's changes, so `pending()` counts them. */
  localClosed(): void {
    this.pending();
    this.local--;
    this.scheduleCheck();
  }

  /** Relay shutdown: close the link, keep the ledger entry so the next start resumes. */
  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.session?.close(CloseCode.goingAway, 'relay shutting down');
  }

  private connect(): void {
    this.retryTimer = null;
    if (this.stopped) return;
    const key = this.writeKey;
    const url = `${this.context.syncUrl}/${this.roomId}${key ? `?key=${encodeURIComponent(key)}` : ''}`;
    const session: UpstreamSession = new UpstreamSession(url, this.roomId, key !== null, key, this.context, {
      onOpen: () => {
        this.unreachableLogged = false;
        this.context.log({ event: 'upstream_connected', roomId: this.roomId, mode: key ? 'read-write' : 'read-only' });
      },
      onUpstreamStateVector: (stateVector, greeting) => {
        // A new session's greeting replaces what we knew: the upstream may have restarted and lost unacknowledged data.
        if (greeting) this.known = stateVector;
        else raiseTo(this.known, stateVector);
      },
      onUpstreamUpdate: (update) => {
        // The end clock of each client in the update: the upstream holds everything up to it.
        raiseTo(this.known, Y.parseUpdateMeta(update).to);
      },
      onTraffic: () => this.scheduleCheck(),
      onClosed: (reason, end) => {
        if (this.session === session) this.session = null;
        this.pending();
        this.onSessionClosed(reason, end);
      },
    });
    this.session = session;
  }

  private onSessionClosed(reason: string, { wasOpen, openMs, code }: SessionEnd): void {
    if (this.stopped) return;
    // A link that stayed up a while starts the backoff afresh; one that keeps dropping backs off,
    // and a refusal that retrying cannot fix (4400–4499, e.g. room too large) waits the longest.
    if (wasOpen && openMs >= this.context.maxBackoffMs) this.failures = 0;
    if (code !== null && code >= 4400 && code < 4500) this.failures = Math.max(this.failures, 30);
    const delay = this.reconnectNow ? 0 : this.backoff();
    this.reconnectNow = false;
    if (wasOpen) this.context.log({ event: 'upstream_disconnected', roomId: this.roomId, reason, code, retryInMs: delay });
    else if (!this.unreachableLogged) {
      this.unreachableLogged = true;
      this.context.log({ event: 'upstream_unreachable', roomId: this.roomId, reason, retryInMs: delay });
    }
    this.retryTimer = setTimeout(() => this.connect(), delay);
    this.scheduleCheck();
  }

  private backoff(): number {
    const ceiling = Math.min(this.context.maxBackoffMs, this.context.minBackoffMs * 2 ** Math.min(this.failures, 30));
    this.failures++;
    return Math.round(ceiling * (0.5 + this.context.random() / 2));
  }

  /** Checks after the current message is handled, never in the middle of the room's fan-out. */
  private scheduleCheck(): void {
    if (this.checkQueued || this.stopped) return;
    this.checkQueued = true;
    queueMicrotask(() => {
      this.checkQueued = false;
      this.pending();
      this.checkDone();
    });
  }

  /**
   * Done when no local client is left and either the mirror cannot push (read-only) or the upstream,
   * in the current session, has confirmed holding every change of the room.
   */
  private checkDone(): void {
    if (this.stopped || this.local > 0) return;
    if (this.writeKey && !(this.session?.upstreamGreeted && this.pending() === 0)) return;
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.session?.close(1000, 'mirror done');
    if (this.writeKey) this.context.ledger.forget(this.roomId).catch((error: unknown) => this.storageError('forget', error));
    this.context.log({ event: 'upstream_mirror_done', roomId: this.roomId });
    this.context.onDone(this);
  }

  private storageError(operation: string, error: unknown): void {
    this.context.metrics.storageFailed();
    this.context.log({ event: 'storage_error', operation: `mirror_${operation}`, roomId: this.roomId, error: String(error) });
  }
}
