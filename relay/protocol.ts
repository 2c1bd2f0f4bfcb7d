import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Deletions } from './append-only.ts';
import { outOfBounds } from './update-bounds.ts';

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
  | { kind: 'syncStep2'; update: Uint8Array; carriesItems: boolean; deletions: Deletions }
  | { kind: 'update'; update: Uint8Array; carriesItems: boolean; deletions: Deletions }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' };

export class MalformedMessage extends Error {}

/** Decodes and validates one client message; anything unexpected throws MalformedMessage. */
export function decodeClientMessage(bytes: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(bytes);
    const message = readMessage(decoder);
    if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes');
    return message;
  } catch (error) {
    if (error instanceof MalformedMessage) throw error;
    throw new MalformedMessage(error instanceof Error ? error.message : String(error));
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_QUERY_AWARENESS) return { kind: 'queryAwareness' };
  if (type === MESSAGE_AWARENESS) {
    const update = decoding.readVarUint8Array(decoder);
    validateAwarenessUpdate(update);
    return { kind: 'awareness', update };
  }
  if (type !== MESSAGE_SYNC) throw new MalformedMessage(`unknown message type ${type}`);
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (syncType === SYNC_STEP_1) {
    Y.decodeStateVector(payload);
    return { kind: 'syncStep1', stateVector: payload };
  }
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) throw new MalformedMessage(`unknown sync type ${syncType}`);
  // Yjs may integrate half of a truncated update before it throws; decoding first rules that out.
  const { structs, ds } = Y.decodeUpdate(payload);
  const outOfRange = outOfBounds(structs, ds);
  if (outOfRange) throw new MalformedMessage(outOfRange);
  // False for an update that only deletes (or says nothing): a step 2 answering an acknowledgement
  // always carries the sender's whole delete set, so only items are news worth acknowledging.
  return { kind: syncType === SYNC_STEP_2 ? 'syncStep2' : 'update', update: payload, carriesItems: structs.length > 0, deletions: ds };
}

/** Same layout y-protocols reads: a count, then client id, clock and JSON state per entry. */
function validateAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  const entries = decoding.readVarUint(decoder);
  for (let i = 0; i < entries; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes in awareness update');
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

export const encodeAwareness = (awarenessUpdate: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
};

/** A Yjs v1 update with no structs and no deletions: what a client answers when it has nothing new. */
export const isEmptyUpdate = (update: Uint8Array): boolean => update.length === 2 && update[0] === 0 && update[1] === 0;
