/** One client connection as a room sees it; the WebSocket behind it stays in connection.ts. */
export interface Peer {
  /** True when the connection showed a write key that hashes to the room id. */
  readonly writable: boolean;
  /** Presence client ids it may hold at once, when not the limit for its kind of connection. */
  readonly maxPresenceClients?: number;
  send(message: Uint8Array): void;
  /** Closes the connection; the room has already forgotten the peer when this returns. */
  close(code: number, reason: string): void;
}
