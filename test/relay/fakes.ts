// In-memory stand-ins for storage and connections, so rooms can be tested step by step.
import * as Y from 'yjs';
import { resolveLimits } from '../../relay/limits.ts';
import { RelayMetrics } from '../../relay/metrics.ts';
import type { Peer } from '../../relay/peer.ts';
import type { RoomContext } from '../../relay/room-context.ts';
import type { RoomStorage } from '../../relay/storage.ts';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Storage whose operations can be held open (`gate`) or made to fail, and which records their order. */
export class FakeStorage implements RoomStorage {
  readonly stored = new Map<string, Uint8Array[]>();
  readonly calls: string[] = [];
  gate: Promise<void> | null = null;
  failAppends = 0;

  async load(roomId: string): Promise<Uint8Array[]> {
    this.calls.push(`load ${roomId}`);
    await this.gate;
    return [...(this.stored.get(roomId) ?? [])];
  }

  async append(roomId: string, update: Uint8Array): Promise<void> {
    this.calls.push(`append ${roomId}`);
    await this.gate;
    if (this.failAppends > 0) {
      this.failAppends--;
      throw new Error('disk full');
    }
    this.stored.set(roomId, [...(this.stored.get(roomId) ?? []), update]);
    this.calls.push(`appended ${roomId}`);
  }

  async compact(roomId: string): Promise<void> {
    this.calls.push(`compact ${roomId}`);
    const updates = this.stored.get(roomId) ?? [];
    this.stored.set(roomId, [Y.mergeUpdates(updates)]);
  }

  async close(): Promise<void> {}
}

export class FakePeer implements Peer {
  readonly sent: Uint8Array[] = [];
  closedWith: number | null = null;
  constructor(
    readonly writable: boolean,
    private readonly onClose: (peer: FakePeer) => void = () => {},
  ) {}
  send(message: Uint8Array): void {
    this.sent.push(message);
  }
  close(code: number): void {
    this.closedWith = code;
    this.onClose(this);
  }
}

export function fakeContext(storage: RoomStorage, overrides: Partial<RoomContext> = {}): RoomContext & { lines: object[] } {
  const lines: object[] = [];
  return {
    storage,
    limits: resolveLimits(),
    metrics: new RelayMetrics(),
    log: (line) => lines.push(line),
    ackDelayMs: 1,
    compactEvery: 500,
    storageRetryMs: 5,
    lines,
    ...overrides,
  };
}
