// A hostile writer can append under another tab's Yjs client id; Yjs then gives that tab's document a new one,
// and y-websocket's clean-up throws when the tab leaves the room. The tab must still close its connection.
// Its own file: node's test runner gives each file a process, so nothing the takeover leaves behind reaches other tests.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { RelayConnection } from '../../src/doc/connection.ts';
import { newGroupSigner } from '../../src/doc/signers.ts';
import { WorkshopStore } from '../../src/doc/store.ts';
import { WorkshopWriter } from '../../src/doc/writer.ts';
import { encodeUpdateV1 } from '../relay/fuzz/update-encoder.ts';
import { eventually, metric, newRoom, openRawSocket, startTestRelay, syncMessage, type TestRelay } from '../relay/helpers.ts';

async function openScribe(syncUrl: string, roomId: string, writeKey: string) {
  const doc = new Y.Doc();
  const store = new WorkshopStore(doc, { roomId, anchor: null });
  const signer = await newGroupSigner(roomId);
  const writer = new WorkshopWriter(doc, store);
  writer.adopt(signer);
  const connection = new RelayConnection({
    doc,
    syncUrl,
    roomId,
    writeKey,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return { doc, writer, connection, group: signer.actor };
}

describe('a scribe whose Yjs client id another writer used', () => {
  let relay: TestRelay;
  before(async () => {
    relay = await startTestRelay({ ackDelayMs: 20 });
  });
  after(() => relay.dispose());

  it('closes its connection when it leaves the room, although y-websocket’s own clean-up throws', async () => {
    const { writeKey, roomId } = newRoom();
    const scribe = await openScribe(relay.syncUrl, roomId, writeKey);
    await eventually(() => assert.equal(scribe.connection.status.state, 'online'));
    assert.ok((await scribe.writer.join(scribe.group, 'Table 1', 'Paris')).ok);
    const id = scribe.doc.clientID;
    // A hostile writer appends under this scribe's client id: Yjs then gives the scribe's document a new one.
    const attacker = await openRawSocket(`${relay.syncUrl}/${roomId}?key=${writeKey}`);
    const content = { kind: 'Any' as const, values: [{ v: 1, kind: 'add', text: 'in your name' }] };
    const clock = Y.getState(scribe.doc.store, id);
    attacker.socket.send(syncMessage(2, encodeUpdateV1([{ client: id, clock, structs: [{ kind: 'Item', content, origin: { client: id, clock: clock - 1 } }] }])));
    await eventually(() => assert.notEqual(scribe.doc.clientID, id));
    attacker.socket.close();
    await eventually(async () => assert.equal(await metric(relay.relay.url, 'relay_connections'), 1));
    assert.doesNotThrow(() => {
      scribe.connection.destroy();
      scribe.doc.destroy();
    });
    await eventually(async () => assert.equal(await metric(relay.relay.url, 'relay_connections'), 0));
  });
});
