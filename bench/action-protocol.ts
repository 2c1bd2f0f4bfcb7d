// The messages between the action bench's coordinator and its client processes (over the fork IPC channel).
// Every time in them is on the shared clock (shared-clock.ts).
import type { ActionKind } from '../test/integration/simulated-scribe.ts';

export type Role = 'scribe' | 'projector' | 'viewer';

export interface RoomLinks {
  syncUrl: string;
  roomId: string;
  writeKey: string;
  /** The facilitator the links name. */
  anchor: string;
}

/** One scribe action as its process saw it. */
export interface SentAction {
  id: string;
  /** The client that wrote it (its own view is not a sample). */
  author: string;
  kind: ActionKind;
  /** Just before the writer call. */
  startedAt: number;
  /** The writer call resolved: the record was in the scribe's document and on its socket. */
  writtenAt: number;
}

/** Per client: [record id, arrived in its document, shown in its view (null: never)]. */
export interface ClientTimes {
  name: string;
  role: Role;
  times: [id: string, arrivedAt: number, viewAt: number | null][];
}

export interface ProcessMeters {
  /** CPU seconds (user + system) this process used in the phase, and the phase's wall seconds. */
  cpuSeconds: number;
  wallSeconds: number;
  eventLoopUtilisation: number;
  eventLoopDelayP99Ms: number;
  residentMB: number;
}

export type ToClients =
  | { type: 'open'; links: RoomLinks; role: Role; count: number; firstIndex: number; groups: number }
  | { type: 'ping' }
  | { type: 'act'; phase: number; actionsPerSecond: number; scribesInAll: number; until: number }
  | { type: 'collect'; actions: { id: string; author: string }[]; timeoutMs: number }
  | { type: 'close' };

export type FromClients =
  | { type: 'opened' }
  | { type: 'pong'; at: number }
  | { type: 'acted'; actions: SentAction[]; nothing: number }
  | { type: 'collected'; clients: ClientTimes[]; missing: number; meters: ProcessMeters; viewDigests: string[] }
  | { type: 'failed'; error: string };
