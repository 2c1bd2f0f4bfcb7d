// The messages between the relay scale bench's coordinator and its client processes (over the fork IPC channel).
// Times are on the shared clock (shared-clock.ts).

export interface BenchRoom {
  roomId: string;
  writeKey: string;
}

export type ToFanout =
  /** Client `i` (of `indices`) joins room `i % rooms.length`; client `r` is room r's sender. */
  | { type: 'connect'; syncUrl: string; rooms: BenchRoom[]; indices: number[]; parallel: number }
  /** Every receiver here waits for the update marked `label`. */
  | { type: 'arm'; label: string }
  /** The senders here each send their room one update marked `label`. */
  | { type: 'send'; label: string }
  /** Waits until every armed receiver has it; answers each one's delay from its room's send. */
  | { type: 'collect'; sentAt: Record<number, number>; timeoutMs: number }
  | { type: 'census' }
  | { type: 'close' };

export type FromFanout =
  | { type: 'connected' }
  | { type: 'armed'; receivers: number }
  | { type: 'sent'; sentAt: Record<number, number> }
  | { type: 'collected'; delays: number[]; missing: number }
  | { type: 'census'; open: number }
  | { type: 'failed'; error: string };
