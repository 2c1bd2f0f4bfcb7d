import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as Y from 'yjs';
import { RoomWriter } from '../../relay/room-writer.ts';
import { deferred, FakeStorage } from './fakes.ts';
import { recordUpdate } from './helpers.ts';

const ROOM = 'ilvbTMFRZBJsbvJmjendJA';

function writerFor(storage: FakeStorage, options: { compactEvery?: number } = {}) {
  const doc = new Y.Doc();
  const errors: string[] = [];
  const writer = new RoomWriter(ROOM, storage, {
    compactEvery: options.compactEvery ?? 500,
    retryMs: 5,
    currentStateVector: () => Y.encodeStateVector(doc),
    currentState: () => Y.encodeStateAsUpdate(doc),
    onStored: () => {},
    onCompacted: () => {},
    onError: (error, operation) => errors.push(`${operation}: ${String(error)}`),
  });
  const apply = (text: string): void => Y.applyUpdate(doc, recordUpdate(text));
  // As the room does: what another relay stored is not stored again.
  doc.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && writer.enqueue(update));
  return { doc, writer, errors, apply };
}

describe('RoomWriter', () => {
  it('merges updates that arrive during an append into the next append', async () => {
    const storage = new FakeStorage();
    const gate = deferred();
    storage.gate = gate.promise;
    const { writer, apply } = writerFor(storage);
    for (let i = 0; i < 10; i++) apply(`update ${i}`);
    gate.resolve();
    await writer.whenDurable(writer.lastEnqueued);
    assert.equal(storage.stored.get(ROOM)!.length, 2, 'the first update, then the nine that queued behind it');
  });

  it('acknowledges only stored state, and retries a failed append', async () => {
    const storage = new FakeStorage();
    storage.failAppends = 2;
    const { doc, writer, errors, apply } = writerFor(storage);
    const before = writer.durableStateVector;
    apply('kept');
    assert.deepEqual(writer.durableStateVector, before);
    await writer.whenDurable(writer.lastEnqueued);
    assert.equal(errors.length, 2);
    assert.deepEqual(Y.decodeStateVector(writer.durableStateVector), Y.decodeStateVector(Y.encodeStateVector(doc)));
    const stored = new Y.Doc();
    for (const update of storage.stored.get(ROOM)!) Y.applyUpdate(stored, update);
    assert.deepEqual(stored.getArray('records').toJSON(), ['kept']);
  });

  it('acknowledges what another relay stored in a shared store once nothing of its own is waiting', async () => {
    const storage = new FakeStorage();
    const gate = deferred();
    storage.gate = gate.promise;
    const { doc, writer, apply } = writerFor(storage);
    apply('written here');
    // Arrives from the store while this relay's own update is still being written: not yet acknowledged.
    Y.applyUpdate(doc, recordUpdate('stored by another relay'), 'remote');
    writer.storedElsewhere();
    assert.notDeepEqual(Y.decodeStateVector(writer.durableStateVector), Y.decodeStateVector(Y.encodeStateVector(doc)));
    gate.resolve();
    await writer.whenDurable(writer.lastEnqueued);
    assert.deepEqual(Y.decodeStateVector(writer.durableStateVector), Y.decodeStateVector(Y.encodeStateVector(doc)));
    // And on its own, with nothing waiting: at once.
    Y.applyUpdate(doc, recordUpdate('stored by another relay, later'), 'remote');
    writer.storedElsewhere();
    assert.deepEqual(Y.decodeStateVector(writer.durableStateVector), Y.decodeStateVector(Y.encodeStateVector(doc)));
  });

  it('compacts after compactEvery appends', async () => {
    const storage = new FakeStorage();
    const { writer, apply } = writerFor(storage, { compactEvery: 3 });
    for (let i = 0; i < 7; i++) {
      apply(`update ${i}`);
      await writer.whenDurable(writer.lastEnqueued);
    }
    assert.equal(storage.calls.filter((c) => c.startsWith('compact')).length, 2);
    assert.ok(storage.stored.get(ROOM)!.length <= 3);
  });

  it('reports unsaved updates when storage still fails at close', async () => {
    const storage = new FakeStorage();
    storage.failAppends = 1000;
    const { writer, apply } = writerFor(storage);
    apply('doomed');
    assert.equal(await writer.close(), false);
    storage.failAppends = 0;
    const healthy = writerFor(new FakeStorage());
    healthy.apply('fine');
    assert.equal(await healthy.writer.close(), true);
  });
});
