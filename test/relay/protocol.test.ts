import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { decodeClientMessage, encodeSyncStep1, isEmptyUpdate, MalformedMessage } from '../../relay/protocol.ts';
import { readSyncMessage, recordUpdate, syncMessage } from './helpers.ts';

/** The delete set Yjs reads, as plain data (the relay reads it without building Yjs objects). */
function deletionsOf(update: Uint8Array): { clients: Map<number, { clock: number; len: number }[]> } {
  const { clients } = Y.decodeUpdate(update).ds;
  return { clients: new Map([...clients].map(([client, ranges]) => [client, ranges.map(({ clock, len }) => ({ clock, len }))])) };
}

function awarenessMessage(payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('decodeClientMessage', () => {
  it('reads the messages a y-websocket client sends', () => {
    const doc = new Y.Doc();
    doc.getArray('records').push(['x']);
    const update = Y.encodeStateAsUpdate(doc);
    assert.deepEqual(decodeClientMessage(syncMessage(0, Y.encodeStateVector(doc))), { kind: 'syncStep1', stateVector: Y.encodeStateVector(doc) });
    assert.deepEqual(decodeClientMessage(syncMessage(1, update)), { kind: 'syncStep2', update, carriesItems: true, deletions: deletionsOf(update) });
    assert.deepEqual(decodeClientMessage(syncMessage(2, update)), { kind: 'update', update, carriesItems: true, deletions: deletionsOf(update) });
    // What a client answers to an acknowledgement when the relay has all its items: its delete set only.
    doc.getArray('records').delete(0, 1);
    const deletesOnly = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc));
    assert.deepEqual(decodeClientMessage(syncMessage(1, deletesOnly)), {
      kind: 'syncStep2',
      update: deletesOnly,
      carriesItems: false,
      deletions: deletionsOf(deletesOnly),
    });
    assert.deepEqual(decodeClientMessage(Uint8Array.of(3)), { kind: 'queryAwareness' });
    const awareness = new Awareness(doc);
    awareness.setLocalStateField('group', 'Table 3');
    const presence = encodeAwarenessUpdate(awareness, [doc.clientID]);
    assert.deepEqual(decodeClientMessage(awarenessMessage(presence)), {
      kind: 'awareness',
      entries: [{ clientId: doc.clientID, clock: 1, state: '{"group":"Table 3"}', bytes: presence.length - 1 }],
      oversized: 0,
    });
    awareness.destroy();
  });

  it('rejects every truncation of a valid update message', () => {
    const message = syncMessage(2, recordUpdate('a proposal with some text'));
    for (let length = 0; length < message.length; length++) {
      assert.throws(() => decodeClientMessage(message.slice(0, length)), MalformedMessage, `length ${length}`);
    }
  });

  it('rejects an update truncated inside correct framing (Yjs would half-apply it)', () => {
    const doc = new Y.Doc();
    doc.getArray('records').push(['one', 'two']);
    doc.getArray('records').delete(0, 1);
    const update = Y.encodeStateAsUpdate(doc);
    for (let length = 1; length < update.length; length++) {
      assert.throws(() => decodeClientMessage(syncMessage(2, update.slice(0, length))), MalformedMessage, `length ${length}`);
    }
  });

  it('rejects unknown types, trailing bytes and invalid awareness JSON', () => {
    assert.throws(() => decodeClientMessage(Uint8Array.of(9)), MalformedMessage);
    assert.throws(() => decodeClientMessage(Uint8Array.of(0, 7, 0)), MalformedMessage);
    assert.throws(() => decodeClientMessage(Uint8Array.of(3, 3)), MalformedMessage);
    const badJson = encoding.createEncoder();
    encoding.writeVarUint(badJson, 1);
    encoding.writeVarUint(badJson, 42);
    encoding.writeVarUint(badJson, 1);
    encoding.writeVarString(badJson, '{not json');
    assert.throws(() => decodeClientMessage(awarenessMessage(encoding.toUint8Array(badJson))), MalformedMessage);
  });

  it('encodes sync step 1 so that standard readers find the state vector', () => {
    const doc = new Y.Doc();
    doc.getArray('records').push(['x']);
    const { syncType, payload } = readSyncMessage(encodeSyncStep1(Y.encodeStateVector(doc)));
    assert.equal(syncType, 0);
    assert.deepEqual(Y.decodeStateVector(payload), new Map([[doc.clientID, 1]]));
  });

  it('recognises the empty update a client sends when it has nothing new', () => {
    assert.equal(isEmptyUpdate(Y.encodeStateAsUpdate(new Y.Doc())), true);
    assert.equal(isEmptyUpdate(recordUpdate('x')), false);
  });
});
