/** What one client may cost the relay. Every limit closes only the offending connection. */
export interface RelayLimits {
  /** Largest WebSocket message accepted, in bytes (ws `maxPayload`); larger closes with 1009. */
  maxMessageBytes: number;
  /** Largest encoded document a room may grow to, in bytes; an update that would pass it closes with 4413. */
  maxRoomBytes: number;
  /** Connections a room accepts at once; one more is closed with 4503. */
  maxConnectionsPerRoom: number;
  /** Sustained messages per second per connection, with bursts up to five times as many; over it closes with 4529. */
  maxMessagesPerSecond: number;
  /** Ping interval; a connection that has not answered the previous ping is terminated. */
  heartbeatMs: number;
  /** Largest presence (awareness) state, as encoded JSON; a larger one is dropped and counts as an offence. */
  maxPresenceStateBytes: number;
  /** Presence client ids a read-only connection may hold at once (a tab has one); more are dropped as an offence. */
  maxPresenceClientsPerViewer: number;
  /** The same for a writer: a venue relay's link to the central relay carries all the venue's scribes. */
  maxPresenceClientsPerWriter: number;
  /** All presence a room holds, encoded (what a newcomer is greeted with); past it new states are dropped. */
  maxPresenceBytesPerRoom: number;
}

export const defaultLimits: Readonly<RelayLimits> = Object.freeze({
  maxMessageBytes: 1024 * 1024,
  maxRoomBytes: 64 * 1024 * 1024,
  maxConnectionsPerRoom: 2000,
  maxMessagesPerSecond: 100,
  heartbeatMs: 30_000,
  // The app's state is ~100 bytes ({ group, editing, pending }); ten times that leaves room for other clients.
  maxPresenceStateBytes: 1024,
  maxPresenceClientsPerViewer: 4,
  maxPresenceClientsPerWriter: 64,
  // Some 500 of the app's states: a full room (2,000 connections) still greets a newcomer with at most 64 KiB.
  maxPresenceBytesPerRoom: 64 * 1024,
});

/** Fills in defaults and refuses values that would silently disable a limit. */
export function resolveLimits(overrides: Partial<RelayLimits> = {}): RelayLimits {
  const limits = { ...defaultLimits };
  for (const name of Object.keys(defaultLimits) as (keyof RelayLimits)[]) {
    const value = overrides[name];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`limit ${name} must be a positive integer, got ${value}`);
    limits[name] = value;
  }
  return limits;
}
