import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { encodeAwareness } from '../../relay/protocol.ts';
import { openRawSocket, connectClient, eventually, newRoom, startTestRelay, whenAcknowledged, whenSynced, type TestClient, type TestRelay } from './helpers.ts';

describe('official y-websocket clients syncing through the relay', () => {
  let server: TestRelay;
  const clients: TestClient[] = [];
  const connect = (...args: Parameters<typeof connectClient>): TestClient => {
    const client = connectClient(...args);
    clients.push(client);
    return client;
  };

  before(async () => {
    server = await startTestRelay({ ackDelayMs: 20 });
  });
  after(async () => {
    for (const client of clients) client.destroy();
    await server.dispose();
  });

  it('carries updates between two writers in both directions', async () => {
    const { writeKey, roomId } = newRoom();
    const alice = connect(server.syncUrl, roomId, { writeKey });
    const bob = connect(server.syncUrl, roomId, { writeKey });
    await Promise.all([whenSynced(alice), whenSynced(bob)]);
    alice.doc.getArray<string>('records').push(['from alice']);
    bob.doc.getArray<string>('records').push(['from bob']);
    await eventually(() => {
      assert.equal(alice.doc.getArray('records').length, 2);
      assert.equal(bob.doc.getArray('records').length, 2);
    });
    assert.deepEqual(alice.doc.getArray('records').toJSON(), bob.doc.getArray('records').toJSON());
  });

  it('gives a late joiner the full state in its first sync, while the room is active', async () => {
    const { writeKey, roomId } = newRoom();
    const writer = connect(server.syncUrl, roomId, { writeKey });
    await whenSynced(writer);
    const records = writer.doc.getArray<string>('records');
    for (let i = 0; i < 50; i++) records.push([`record ${i}`]);
    await whenAcknowledged(writer);
    const late = connect(server.syncUrl, roomId);
    await whenSynced(late);
    assert.deepEqual(late.doc.getArray('records').toJSON(), records.toJSON());
  });

  it('gives a late joiner the full state after the room was written back and freed', async () => {
    const { writeKey, roomId } = newRoom();
    const writer = connect(server.syncUrl, roomId, { writeKey });
    await whenSynced(writer);
    writer.doc.getArray('records').push([{ kind: 'session', title: 'Assemblée de quartier' }]);
    await whenAcknowledged(writer);
    writer.destroy();
    await eventually(() => assert.ok(server.logs.some((l) => l.event === 'room_released' && l.roomId === roomId)));
    const late = connect(server.syncUrl, roomId);
    await whenSynced(late);
    assert.deepEqual(late.doc.getArray('records').toJSON(), [{ kind: 'session', title: 'Assemblée de quartier' }]);
  });

  it('acknowledges a writer with sync step 1 carrying a state vector that covers its changes', async () => {
    const { writeKey, roomId } = newRoom();
    const writer = connect(server.syncUrl, roomId, { writeKey });
    await whenSynced(writer);
    const before = writer.relayStateVectors.length;
    writer.doc.getArray<string>('records').push(['one']);
    writer.doc.getArray<string>('records').push(['two']);
    await whenAcknowledged(writer);
    assert.ok(writer.relayStateVectors.length > before, 'an acknowledgement arrived after the writes');
    assert.equal(writer.relayStateVectors.at(-1)!.get(writer.doc.clientID), Y.getState(writer.doc.store, writer.doc.clientID));
  });

  it('relays awareness both ways, viewers included, and removes it when a client leaves', async () => {
    const { writeKey, roomId } = newRoom();
    const scribe = connect(server.syncUrl, roomId, { writeKey });
    const projector = connect(server.syncUrl, roomId);
    await Promise.all([whenSynced(scribe), whenSynced(projector)]);
    scribe.provider.awareness.setLocalStateField('group', 'Table 3');
    projector.provider.awareness.setLocalStateField('role', 'projector');
    await eventually(() => {
      assert.deepEqual(projector.provider.awareness.getStates().get(scribe.doc.clientID), { group: 'Table 3' });
      assert.deepEqual(scribe.provider.awareness.getStates().get(projector.doc.clientID), { role: 'projector' });
    });
    projector.destroy();
    await eventually(() => assert.equal(scribe.provider.awareness.getStates().has(projector.doc.clientID), false));
  });

  it('forgets a presence at once when its connection drops, even if it first said "nobody" and then spoke', async () => {
    const { writeKey, roomId } = newRoom();
    const watcher = connect(server.syncUrl, roomId);
    await whenSynced(watcher);
    const raw = await openRawSocket(`${server.syncUrl}/${roomId}?key=${writeKey}`);
    const tab = new Awareness(new Y.Doc());
    const sendState = (state: Record<string, unknown> | null) => {
      tab.setLocalState(state);
      raw.socket.send(encodeAwareness(encodeAwarenessUpdate(tab, [tab.clientID])));
    };
    sendState(null);
    sendState({ group: 'Table 3' });
    await eventually(() => assert.deepEqual(watcher.provider.awareness.getStates().get(tab.clientID), { group: 'Table 3' }));
    raw.socket.terminate();
    tab.destroy();
    // Well inside the 30 s after which awareness would expire on its own.
    await eventually(() => assert.equal(watcher.provider.awareness.getStates().has(tab.clientID), false, 'presence removed'), 5000);
  });

  it('sends an awareness state back to its sender, so a lone client hears something', async () => {
    const { roomId } = newRoom();
    const lone = connect(server.syncUrl, roomId);
    await whenSynced(lone);
    let heard = 0;
    lone.provider.messageHandlers[1] = ((original) =>
      (...args: Parameters<typeof original>) => {
        heard++;
        original(...args);
      })(lone.provider.messageHandlers[1]!);
    lone.provider.awareness.setLocalStateField('ping', 1);
    await eventually(() => assert.ok(heard > 0, 'the relay echoed the awareness update'));
  });
});
