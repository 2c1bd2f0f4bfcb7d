// Found by the relay fuzzer: Yjs keeps what it cannot integrate yet as pending and served it with the rest,
// so two hostile updates under one client and clock made new clients see another document than the room's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as Y from 'yjs';
import { integratedState, MAX_PENDING_BYTES, boundPending } from '../../relay/integrated-state.ts';
import { encodeUpdateV1 } from './fuzz/update-encoder.ts';
import { connectClient, newRoom, openRawSocket, recordUpdate, startTestRelay, syncMessage, whenAcknowledged, whenSynced, type TestRelay } from './helpers.ts';

const HOSTILE_CLIENT = 270_369;
const anyItem = (value: string | string[], origin?: { client: number; clock: number }) => ({
  kind: 'Item' as const,
  content: { kind: 'Any' as const, values: typeof value === 'string' ? [value] : value },
  ...(origin ? { origin } : {}),
});
/**
 * Two values at HOSTILE_CLIENT:0–1 placed after an item nobody wrote (Yjs holds them as pending), then one value
 * at the same clock 0 that it integrates: clock 1 stays pending, contradicting nothing the room holds yet.
 */
const waitsForever = encodeUpdateV1([{ client: HOSTILE_CLIENT, clock: 0, structs: [anyItem(['pending', 'never integrated'], { client: 999, clock: 5 })] }]);
const integrates = encodeUpdateV1([{ client: HOSTILE_CLIENT, clock: 0, structs: [anyItem('integrated')] }]);

describe('content the relay could not integrate', () => {
  let server: TestRelay;
  before(async () => {
    server = await startTestRelay();
  });
  after(() => server.dispose());

  it('is neither served nor stored: a new client sees exactly what the room integrated', async () => {
    const { writeKey, roomId } = newRoom();
    const honest = connectClient(server.syncUrl, roomId, { writeKey });
    const attacker = await openRawSocket(`${server.syncUrl}/${roomId}?key=${writeKey}`);
    try {
      await whenSynced(honest);
      honest.doc.getArray('records').push(['kept']);
      await whenAcknowledged(honest);
      attacker.socket.send(syncMessage(2, waitsForever));
      attacker.socket.send(syncMessage(2, integrates));
      honest.doc.getArray('records').push(['written after']);
      await whenAcknowledged(honest);
      const reader = connectClient(server.syncUrl, roomId);
      try {
        await whenSynced(reader);
        assert.equal(reader.doc.store.pendingStructs, null, 'the reader was sent content it cannot integrate');
        assert.deepEqual(new Set(reader.doc.getArray('records').toArray()), new Set(['kept', 'integrated', 'written after']));
        assert.deepEqual(Y.encodeStateVector(reader.doc), Y.encodeStateVector(honest.doc));
      } finally {
        reader.destroy();
      }
    } finally {
      attacker.socket.close();
      honest.destroy();
    }
  });
});

describe('integratedState and boundPending', () => {
  it('leave out pending content, and drop it past the bound', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, recordUpdate('kept'));
    Y.applyUpdate(doc, waitsForever);
    assert.notEqual(doc.store.pendingStructs, null);
    const served = new Y.Doc();
    Y.applyUpdate(served, integratedState(doc));
    assert.equal(served.store.pendingStructs, null);
    assert.notEqual(doc.store.pendingStructs, null, 'pending content stays, to integrate when what it needs arrives');
    assert.equal(boundPending(doc), false);
    const large = 'x'.repeat(MAX_PENDING_BYTES);
    Y.applyUpdate(doc, encodeUpdateV1([{ client: 31, clock: 0, structs: [anyItem(large, { client: 998, clock: 1 })] }]));
    assert.equal(boundPending(doc), true);
    assert.equal(doc.store.pendingStructs, null);
  });
});
