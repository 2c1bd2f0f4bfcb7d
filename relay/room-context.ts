import type { RelayLimits } from './limits.ts';
import type { Log } from './log.ts';
import type { RelayMetrics } from './metrics.ts';
import type { RoomStorage } from './storage.ts';

/** What every room shares with the relay. */
export interface RoomContext {
  storage: RoomStorage;
  limits: RelayLimits;
  metrics: RelayMetrics;
  log: Log;
  /** Delay before a writer is sent the room's durable state vector after its update was accepted. */
  ackDelayMs: number;
  /** Stored appends per room between compactions. */
  compactEvery: number;
  /** Wait before retrying a failed storage append. */
  storageRetryMs: number;
}
