/**
 * WebSocket close codes sent by the relay. y-websocket 3 stops reconnecting on 4400–4499
 * (retrying cannot help) and retries on everything else, so the 45xx codes mean "try later".
 */
export const CloseCode = {
  /** The relay is shutting down; clients reconnect to its successor. */
  goingAway: 1001,
  /** Sent by `ws` itself when a message exceeds maxMessageBytes. */
  messageTooBig: 1009,
  /** The room could not be loaded from storage; clients retry. */
  internalError: 1011,
  /** Undecodable or unknown message: the client would only repeat it. */
  malformedMessage: 4400,
  /** The update deletes records: documents are append-only, so only an attacker deletes. */
  deletesRecords: 4403,
  /**
   * The update holds something the workshop's document never does (sub-documents, nested or other
   * types, map entries, values that are not plain JSON records or are too deep or large): refused whole.
   */
  updateShape: 4422,
  /** The update would grow the room past maxRoomBytes. */
  roomTooLarge: 4413,
  /** Presence over its budget again and again: states too large, or too many client ids on one connection. */
  presenceOverBudget: 4431,
  /** The room already has maxConnectionsPerRoom connections. */
  roomFull: 4503,
  /** More than maxMessagesPerSecond. */
  rateLimited: 4529,
} as const;

const labels = new Map<number, string>([
  [CloseCode.goingAway, 'shutdown'],
  [CloseCode.messageTooBig, 'message_too_big'],
  [CloseCode.internalError, 'storage_error'],
  [CloseCode.malformedMessage, 'malformed_message'],
  [CloseCode.deletesRecords, 'deletes_records'],
  [CloseCode.updateShape, 'update_shape'],
  [CloseCode.roomTooLarge, 'room_too_large'],
  [CloseCode.presenceOverBudget, 'presence_over_budget'],
  [CloseCode.roomFull, 'room_full'],
  [CloseCode.rateLimited, 'rate_limited'],
]);

/** The `reason` label used in metrics for a close code the relay chose. */
export const closeLabel = (code: number): string => labels.get(code) ?? `code_${code}`;
