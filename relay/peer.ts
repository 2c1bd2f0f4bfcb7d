/** One client connection as a room sees it; the WebSocket behind it stays in connection.ts. */
export interface Peer {
  /** True when the connection showed a write key that hashes to the room id. */
  readonly writable: boolean;
  /**
   * True for a venue relay's link to the central relay: its updates of the wrong shape are sanitized and
   * kept rather than refused (refusing would cut the link, and the same content would come back on the next).
   */
  readonly sanitizesUpdates?: boolean;
  /** Presence client ids it may hold at once, when not the limit for its kind of connection. */
  readonly maxPresenceClients?: number;
  send(message: Uint8Array): void;
  /** Closes the connection; the room has already forgotten the peer when this returns. */
  close(code: number, reason: string): void;
}
