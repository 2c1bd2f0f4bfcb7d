import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as Y from 'yjs';
import { deletesAnythingNew } from '../../relay/append-only.ts';
import {
  connectClient,
  eventually,
  fetchText,
  metric,
  newRoom,
  openRawSocket,
  startTestRelay,
  syncMessage,
  whenAcknowledged,
  whenSynced,
  withTimeout,
  type TestClient,
  type TestRelay,
} from './helpers.ts';

/** The delete set of what `change` does to a copy of `doc`, as a client would send it. */
function deletionsOf(doc: Y.Doc, change: (copy: Y.Doc) => void): ReturnType<typeof Y.decodeUpdate>['ds'] {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  change(copy);
  return Y.decodeUpdate(Y.encodeStateAsUpdate(copy, Y.encodeStateVector(doc))).ds;
}

describe('deletesAnythingNew', () => {
  const records = (doc: Y.Doc) => doc.getArray<string>('records');

  it('is false for an update that deletes nothing', () => {
    const doc = new Y.Doc();
    records(doc).push(['a', 'b']);
    assert.equal(deletesAnythingNew(doc, deletionsOf(doc, (copy) => records(copy).push(['c']))), false);
  });

  it('is true for an update that deletes a record the room holds', () => {
    const doc = new Y.Doc();
    records(doc).push(['a']);
    records(doc).push(['b']);
    assert.equal(deletesAnythingNew(doc, deletionsOf(doc, (copy) => records(copy).delete(1, 1))), true);
    assert.equal(deletesAnythingNew(doc, deletionsOf(doc, (copy) => records(copy).delete(0, 2))), true);
  });

  it('is false for a delete set the room already holds, as an honest client repeats it', () => {
    const doc = new Y.Doc();
    records(doc).push(['a', 'b', 'c']);
    records(doc).delete(0, 2);
    const repeated = Y.decodeUpdate(Y.encodeStateAsUpdate(doc)).ds;
    assert.ok(repeated.clients.size > 0);
    assert.equal(deletesAnythingNew(doc, repeated), false);
  });

  it('is true for a range only partly deleted in the room, or beyond what the room holds', () => {
    const doc = new Y.Doc();
    records(doc).push(['a', 'b', 'c']);
    records(doc).delete(0, 1);
    assert.equal(deletesAnythingNew(doc, deletionsOf(doc, (copy) => records(copy).delete(0, 2))), true);
    const beyond = Y.createDeleteSet();
    beyond.clients.set(doc.clientID, [{ clock: 2, len: 5 } as never]);
    assert.equal(deletesAnythingNew(doc, beyond), true);
    const unknownClient = Y.createDeleteSet();
    unknownClient.clients.set(doc.clientID + 1, [{ clock: 0, len: 1 } as never]);
    assert.equal(deletesAnythingNew(doc, unknownClient), true);
  });

  it('is true for a range over deleted items that runs past the room’s state (pre-deleting records not written yet)', () => {
    const doc = new Y.Doc();
    records(doc).push(['a', 'b', 'c']);
    records(doc).delete(0, 3);
    const ahead = Y.createDeleteSet();
    ahead.clients.set(doc.clientID, [{ clock: 0, len: 5 } as never]);
    assert.equal(deletesAnythingNew(doc, ahead), true);
    const exactly = Y.createDeleteSet();
    exactly.clients.set(doc.clientID, [{ clock: 0, len: 3 } as never]);
    assert.equal(deletesAnythingNew(doc, exactly), false);
  });

  it('is true for an update deleting records it inserts itself', () => {
    const doc = new Y.Doc();
    records(doc).push(['a']);
    const ds = deletionsOf(doc, (copy) => {
      records(copy).push(['x']);
      records(copy).delete(1, 1);
    });
    assert.equal(deletesAnythingNew(doc, ds), true);
  });
});

describe('the relay keeps documents append-only', () => {
  let server: TestRelay;
  const clients: TestClient[] = [];
  before(async () => {
    server = await startTestRelay({ ackDelayMs: 20 });
  });
  after(async () => {
    for (const client of clients) client.destroy();
    await server.dispose();
  });

  it('closes a writer that deletes another group’s record with 4403, and every replica keeps it', async () => {
    const { writeKey, roomId } = newRoom();
    const scribe = connectClient(server.syncUrl, roomId, { writeKey });
    const projector = connectClient(server.syncUrl, roomId);
    clients.push(scribe, projector);
    await Promise.all([whenSynced(scribe), whenSynced(projector)]);
    scribe.doc.getArray<string>('records').push(['a group’s proposal']);
    await whenAcknowledged(scribe);

    // The attacker holds the write key and the document, and erases the record.
    const attackerDoc = new Y.Doc();
    Y.applyUpdate(attackerDoc, Y.encodeStateAsUpdate(scribe.doc));
    const held = Y.encodeStateVector(attackerDoc);
    attackerDoc.getArray('records').delete(0, 1);
    const attack = Y.encodeStateAsUpdate(attackerDoc, held);
    assert.ok(Y.decodeUpdate(attack).ds.clients.size > 0);
    const attacker = await openRawSocket(`${server.syncUrl}/${roomId}?key=${writeKey}`);
    attacker.socket.send(syncMessage(2, attack));
    const { code } = await withTimeout(attacker.closed, 5000, 'attacker was not disconnected');
    assert.equal(code, 4403);

    scribe.doc.getArray<string>('records').push(['after the attack']);
    await eventually(() =>
      assert.deepEqual(projector.doc.getArray('records').toJSON(), ['a group’s proposal', 'after the attack']),
    );
    const latecomer = connectClient(server.syncUrl, roomId);
    clients.push(latecomer);
    await whenSynced(latecomer);
    await eventually(() =>
      assert.deepEqual(latecomer.doc.getArray('records').toJSON(), ['a group’s proposal', 'after the attack']),
    );
    assert.ok((await metric(server.relay.url, 'relay_connections_closed_total{reason="deletes_records"}')) >= 1);
    assert.equal((await fetchText(`${server.relay.url}/healthz`)).status, 200);
  });
});
