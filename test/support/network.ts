import * as Y from 'yjs';
import type { Replica } from './replica.ts';

const FROM_NETWORK = Symbol('delivered by the test network');

/**
 * A test network in the spirit of yjs's TestConnector: every local update is queued for every peer,
 * and the test decides which queued updates arrive, in which order, and which links are cut.
 */
export class TestNetwork {
  private readonly queues = new Map<string, Uint8Array[]>();
  private readonly cut = new Set<number>();
  delivered = 0;

  constructor(readonly replicas: readonly Replica[]) {
    replicas.forEach((replica, from) => {
      replica.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === FROM_NETWORK) return;
        replicas.forEach((_, to) => to !== from && this.queue(from, to).push(update));
      });
    });
  }

  /** Cuts or restores a replica's link to everyone (a venue losing its Wi-Fi). */
  setPartitioned(index: number, partitioned: boolean): void {
    if (partitioned) this.cut.add(index);
    else this.cut.delete(index);
  }

  /** Delivers up to `count` queued updates from one replica to another, picked by `choose` (random order). */
  deliver(from: number, to: number, count: number, choose: (length: number) => number): void {
    if (from === to || this.cut.has(from) || this.cut.has(to)) return;
    const queue = this.queue(from, to);
    for (let i = 0; i < count && queue.length > 0; i++) {
      const [update] = queue.splice(choose(queue.length), 1);
      Y.applyUpdate(this.replicas[to]!.doc, update!, FROM_NETWORK);
      this.delivered++;
    }
  }

  /** Heals every partition and exchanges full state until all replicas hold the same updates. */
  healAndSync(): void {
    this.cut.clear();
    for (let round = 0; round < 2; round++) {
      for (const a of this.replicas) {
        for (const b of this.replicas) {
          if (a === b) continue;
          Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), FROM_NETWORK);
        }
      }
    }
    this.queues.clear();
  }

  private queue(from: number, to: number): Uint8Array[] {
    const key = `${from}>${to}`;
    let queue = this.queues.get(key);
    if (!queue) this.queues.set(key, (queue = []));
    return queue;
  }
}
