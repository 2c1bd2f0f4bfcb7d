import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as string from 'lib0/string';
import * as Y from 'yjs';
import type { Deletions } from './append-only.ts';
import { checkUpdateShape, leftOutAnything, sanitizeUpdate, UpdateShapeError, type LeftOut } from './update-shape.ts';

// The y-websocket framing: a message type, then for sync messages a y-protocols sub-type.
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** A message from a client, fully validated: applying it cannot half-succeed. */
export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | UpdateMessage
  | { kind: 'awareness'; entries: PresenceEntry[]; oversized: number }
  | { kind: 'queryAwareness' };

export interface UpdateMessage {
  kind: 'syncStep2' | 'update';
  update: Uint8Array;
  carriesItems: boolean;
  deletions: Deletions;
  /** What sanitizing took out (only when decoding with `sanitize`); the update above is the sanitized one. */
  leftOut?: LeftOut;
}

/** One client's presence in an awareness update; `state` is its JSON text ('null': the client left). */
export interface PresenceEntry {
  clientId: number;
  clock: number;
  state: string;
  /** The entry's encoded size: what it costs in every greeting. */
  bytes: number;
}

export class MalformedMessage extends Error {}

export { UpdateShapeError } from './update-shape.ts';

export interface DecodeOptions {
  /** For content the central relay already accepted: an off-shape update comes back sanitized instead of refused. */
  sanitize?: boolean;
  /** Presence states larger than this are left out unread and counted in `oversized`. */
  maxPresenceStateBytes?: number;
}

/**
 * Decodes and validates one client message: anything unexpected throws MalformedMessage, and an update
 * that is not the workshop's document shape throws UpdateShapeError (or, with `sanitize`, comes back
 * sanitized). Presence states over `maxPresenceStateBytes` are left out unread and counted.
 */
export function decodeClientMessage(bytes: Uint8Array, options: DecodeOptions = {}): ClientMessage {
  try {
    const decoder = decoding.createDecoder(bytes);
    const message = readMessage(decoder, options.sanitize ?? false, options.maxPresenceStateBytes ?? Number.POSITIVE_INFINITY);
    if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes');
    return message;
  } catch (error) {
    if (error instanceof MalformedMessage || error instanceof UpdateShapeError) throw error;
    throw new MalformedMessage(error instanceof Error ? error.message : String(error));
  }
}

function readMessage(decoder: decoding.Decoder, sanitize: boolean, maxPresenceStateBytes: number): ClientMessage {
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_QUERY_AWARENESS) return { kind: 'queryAwareness' };
  if (type === MESSAGE_AWARENESS) return readAwarenessUpdate(decoding.readVarUint8Array(decoder), maxPresenceStateBytes);
  if (type !== MESSAGE_SYNC) throw new MalformedMessage(`unknown message type ${type}`);
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (syncType === SYNC_STEP_1) {
    Y.decodeStateVector(payload);
    return { kind: 'syncStep1', stateVector: payload };
  }
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) throw new MalformedMessage(`unknown sync type ${syncType}`);
  const kind = syncType === SYNC_STEP_2 ? 'syncStep2' : 'update';
  // Checked while decoding, before Yjs builds anything: Yjs may integrate half of a truncated update
  // before it throws, and builds a document per sub-document and recurses into nested values.
  const sanitized = sanitize ? sanitizeUpdate(payload) : null;
  const update = sanitized?.update ?? payload;
  const { structs, deletions } = checkUpdateShape(update);
  // False for an update that only deletes (or says nothing): a step 2 answering an acknowledgement
  // always carries the sender's whole delete set, so only items are news worth acknowledging.
  const message: UpdateMessage = { kind, update, carriesItems: structs > 0, deletions };
  if (sanitized && leftOutAnything(sanitized.leftOut)) message.leftOut = sanitized.leftOut;
  return message;
}

/** Same layout y-protocols reads: a count, then client id, clock and JSON state per entry. */
function readAwarenessUpdate(update: Uint8Array, maxStateBytes: number): ClientMessage {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: PresenceEntry[] = [];
  let oversized = 0;
  for (let i = 0; i < count; i++) {
    const start = decoder.pos;
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const raw = decoding.readVarUint8Array(decoder);
    // Measured before it is decoded or parsed: a megabyte of JSON costs the relay time even to refuse.
    if (raw.length > maxStateBytes) {
      oversized++;
      continue;
    }
    const state = string.decodeUtf8(raw);
    JSON.parse(state);
    entries.push({ clientId, clock, state, bytes: decoder.pos - start });
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes in awareness update');
  return { kind: 'awareness', entries, oversized };
}

const syncMessage = (syncType: number, payload: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
};

export const encodeSyncStep1 = (stateVector: Uint8Array): Uint8Array => syncMessage(SYNC_STEP_1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array): Uint8Array => syncMessage(SYNC_STEP_2, update);
export const encodeUpdate = (update: Uint8Array): Uint8Array => syncMessage(SYNC_UPDATE, update);

/** An awareness update holding exactly these entries, as y-protocols encodes one. */
export const encodePresenceEntries = (entries: readonly PresenceEntry[]): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
};

export const encodeAwareness = (awarenessUpdate: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
};

/** A Yjs v1 update with no structs and no deletions: what a client answers when it has nothing new. */
export const isEmptyUpdate = (update: Uint8Array): boolean => update.length === 2 && update[0] === 0 && update[1] === 0;
