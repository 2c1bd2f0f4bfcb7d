import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as Y from 'yjs';
import { CloseCode } from '../../relay/close-codes.ts';
import { RoomRegistry } from '../../relay/rooms.ts';
import { deferred, fakeContext, FakePeer, FakeStorage } from './fakes.ts';
import { eventually, readSyncMessage, recordUpdate, syncMessage } from './helpers.ts';

const ROOM = 'ilvbTMFRZBJsbvJmjendJA';
const emptyStep1 = syncMessage(0, Y.encodeStateVector(new Y.Doc()));

describe('room lifecycle', () => {
  it('answers nothing until the room is loaded, then the stored state', async () => {
    const storage = new FakeStorage();
    storage.stored.set(ROOM, [recordUpdate('stored earlier')]);
    const gate = deferred();
    storage.gate = gate.promise;
    const registry = new RoomRegistry(fakeContext(storage));
    const reader = new FakePeer(false);
    const room = registry.join(ROOM, reader)!;
    room.receive(reader, emptyStep1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(reader.sent.length, 0, 'no empty "synced" while loading');
    gate.resolve();
    await eventually(() => assert.equal(reader.sent.length, 1));
    const step2 = readSyncMessage(reader.sent[0]!);
    assert.equal(step2.syncType, 1);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, step2.payload);
    assert.deepEqual(doc.getArray('records').toJSON(), ['stored earlier']);
    registry.leave(room, reader);
    await registry.settled();
  });

  it('frees a room whose only connection left while it was still loading', async () => {
    const storage = new FakeStorage();
    const gate = deferred();
    storage.gate = gate.promise;
    const registry = new RoomRegistry(fakeContext(storage));
    const peer = new FakePeer(true);
    const room = registry.join(ROOM, peer)!;
    registry.leave(room, peer);
    assert.equal(registry.roomCount, 0);
    gate.resolve();
    await registry.settled();
    assert.equal(registry.roomCount, 0);
    assert.deepEqual(storage.calls, [`load ${ROOM}`], 'nothing written for a room nobody changed');
  });

  it('reloads a room only after its previous instance finished writing back', async () => {
    const storage = new FakeStorage();
    const registry = new RoomRegistry(fakeContext(storage));
    const writer = new FakePeer(true);
    const room = registry.join(ROOM, writer)!;
    await eventually(() => assert.ok(writer.sent.length > 0));
    const gate = deferred();
    storage.gate = gate.promise;
    room.receive(writer, syncMessage(2, recordUpdate('first')));
    room.receive(writer, syncMessage(2, recordUpdate('second')));
    registry.leave(room, writer);

    const reader = new FakePeer(false);
    const reopened = registry.join(ROOM, reader)!;
    assert.notEqual(reopened, room);
    reopened.receive(reader, emptyStep1);
    gate.resolve();
    await eventually(() => assert.equal(reader.sent.length, 1));
    const lastWrite = storage.calls.lastIndexOf(`appended ${ROOM}`);
    assert.ok(lastWrite >= 0 && lastWrite < storage.calls.lastIndexOf(`load ${ROOM}`), storage.calls.join(', '));
    assert.equal(storage.stored.get(ROOM)!.length, 1, 'compacted on release');
    registry.leave(reopened, reader);
    await registry.settled();
  });

  it('closes the connections of a room that cannot be loaded with 1011 and forgets the room', async () => {
    const storage = new FakeStorage();
    storage.load = async () => {
      throw new Error('corrupt');
    };
    const context = fakeContext(storage);
    const registry = new RoomRegistry(context);
    const peers = [1, 2].map(() => new FakePeer(true, (peer) => registry.leave(room, peer)));
    const room = registry.join(ROOM, peers[0]!)!;
    registry.join(ROOM, peers[1]!);
    await eventually(() => assert.deepEqual(peers.map((p) => p.closedWith), [CloseCode.internalError, CloseCode.internalError]));
    assert.equal(registry.roomCount, 0);
    assert.equal(context.metrics.storageErrors, 1);
  });

  it('refuses a peer beyond maxConnectionsPerRoom', async () => {
    const context = fakeContext(new FakeStorage());
    context.limits.maxConnectionsPerRoom = 2;
    const registry = new RoomRegistry(context);
    const [first, second] = [new FakePeer(true), new FakePeer(true)];
    const room = registry.join(ROOM, first)!;
    assert.equal(registry.join(ROOM, second), room);
    assert.equal(registry.join(ROOM, new FakePeer(true)), null);
    registry.leave(room, first);
    registry.leave(room, second);
    await registry.settled();
    assert.equal(registry.roomCount, 0);
  });

  it('replays messages queued during loading in order, and closes on a malformed one among them', async () => {
    const storage = new FakeStorage();
    const gate = deferred();
    storage.gate = gate.promise;
    const registry = new RoomRegistry(fakeContext(storage));
    const writer = new FakePeer(true, (peer) => registry.leave(room, peer));
    const room = registry.join(ROOM, writer)!;
    const witness = new FakePeer(false);
    registry.join(ROOM, witness);
    room.receive(writer, syncMessage(2, recordUpdate('queued')));
    room.receive(writer, Uint8Array.of(0, 2, 50, 1));
    room.receive(writer, syncMessage(2, recordUpdate('never applied')));
    gate.resolve();
    await eventually(() => assert.equal(writer.closedWith, CloseCode.malformedMessage));
    const updates = witness.sent.filter((m) => m[0] === 0 && m[1] === 2);
    assert.equal(updates.length, 1, 'only the update before the malformed message was applied');
    registry.leave(room, witness);
    await registry.settled();
  });

  it('acknowledges a writer that resends an update the relay holds but has not stored yet', async () => {
    const storage = new FakeStorage();
    const registry = new RoomRegistry(fakeContext(storage));
    const first = new FakePeer(true);
    const room = registry.join(ROOM, first)!;
    await eventually(() => assert.ok(first.sent.length > 0));
    const gate = deferred();
    storage.gate = gate.promise;
    // A reader keeps the room instance alive while the writer drops and comes back.
    const reader = new FakePeer(false);
    registry.join(ROOM, reader);
    const update = recordUpdate('sent just before a reconnect');
    room.receive(first, syncMessage(2, update));
    registry.leave(room, first);
    const sameWriterAgain = new FakePeer(true);
    assert.equal(registry.join(ROOM, sameWriterAgain), room);
    room.receive(sameWriterAgain, syncMessage(1, update));
    gate.resolve();
    const [authorClient, clock] = [...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update))][0]!;
    await eventually(() => {
      const acks = sameWriterAgain.sent.map(readSyncMessage).filter((m) => m.syncType === 0);
      assert.equal(Y.decodeStateVector(acks.at(-1)!.payload).get(authorClient), clock);
    });
    registry.leave(room, sameWriterAgain);
    registry.leave(room, reader);
    await registry.settled();
  });

  it('acknowledges a writer that resends changes the relay stored after greeting it', async () => {
    // After a restart two clients resend the same lost change: the second one finds it stored.
    const storage = new FakeStorage();
    const registry = new RoomRegistry(fakeContext(storage));
    const first = new FakePeer(true);
    const second = new FakePeer(true);
    const room = registry.join(ROOM, first)!;
    registry.join(ROOM, second);
    await eventually(() => assert.ok(second.sent.length > 0, 'greeted'));
    const update = recordUpdate('resent by two clients');
    room.receive(first, syncMessage(1, update));
    await eventually(() => assert.ok(storage.calls.includes(`appended ${ROOM}`), 'stored'));
    room.receive(second, syncMessage(1, update));
    const [authorClient, clock] = [...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update))][0]!;
    await eventually(() => {
      const acks = second.sent.map(readSyncMessage).filter((m) => m.syncType === 0);
      assert.equal(acks.length, 2, 'the greeting, then an acknowledgement');
      assert.equal(Y.decodeStateVector(acks.at(-1)!.payload).get(authorClient), clock);
    });
    registry.leave(room, first);
    registry.leave(room, second);
    await registry.settled();
  });
});
