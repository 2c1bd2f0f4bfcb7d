// Found by the relay fuzzer: clocks near 2^53 and client ids past 32 bits were accepted, and the room
// then served updates (Yjs's clock sums having lost precision) that a fresh client's Yjs throws on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MAX_CLIENT_ID, MAX_CLOCK } from '../../relay/update-bounds.ts';
import { checkUpdateShape, MalformedUpdate } from '../../relay/update-shape.ts';
import { encodeUpdateV1, type ClientStructs, type DeleteSetSpec } from './fuzz/update-encoder.ts';
import { connectClient, newRoom, openRawSocket, recordUpdate, startTestRelay, syncMessage, whenSynced, withTimeout, type TestRelay } from './helpers.ts';

const anyItem = { kind: 'Item' as const, content: { kind: 'Any' as const, values: ['x'] } };
/** Why the relay's decoding finds the update out of range, or null when it reads it. */
const boundsOf = (groups: ClientStructs[], deletions: DeleteSetSpec = new Map()): string | null => outOfBounds(encodeUpdateV1(groups, deletions));
function outOfBounds(update: Uint8Array): string | null {
  try {
    checkUpdateShape(update);
    return null;
  } catch (error) {
    if (error instanceof MalformedUpdate) return error.message;
    throw error;
  }
}

describe('client ids and clocks in range', () => {
  it('passes an honest update', () => {
    assert.equal(outOfBounds(recordUpdate('a record')), null);
  });

  it('refuses a client id past 32 bits, a clock past 2^40, and references or deletions out of range', () => {
    assert.equal(boundsOf([{ client: MAX_CLIENT_ID, clock: 0, structs: [anyItem] }]), null);
    assert.match(boundsOf([{ client: MAX_CLIENT_ID + 1, clock: 0, structs: [anyItem] }]) ?? '', /out of range/);
    assert.match(boundsOf([{ client: 7, clock: MAX_CLOCK, structs: [anyItem] }]) ?? '', /out of range/);
    assert.match(boundsOf([{ client: 7, clock: 0, structs: [{ kind: 'GC', length: 2 ** 53 }] }]) ?? '', /out of range/);
    assert.match(boundsOf([{ client: 7, clock: 0, structs: [{ ...anyItem, origin: { client: 2 ** 50, clock: 0 } }] }]) ?? '', /reference/);
    assert.match(boundsOf([], new Map([[7, [{ clock: 3, length: 2 ** 53 - 1 }]]])) ?? '', /deletion/);
  });
});

describe('the relay refuses updates with clocks or client ids out of range', () => {
  let server: TestRelay;
  before(async () => {
    server = await startTestRelay();
  });
  after(() => server.dispose());

  for (const [name, update] of [
    ['a client id past 32 bits', encodeUpdateV1([{ client: 2 ** 53 - 2, clock: 0, structs: [anyItem] }])],
    ['a clock near 2^53', encodeUpdateV1([{ client: 7, clock: 2 ** 53 - 3, structs: [anyItem] }])],
    ['a deletion range ending past 2^53', encodeUpdateV1([], new Map([[7, [{ clock: 0, length: 2 ** 53 + 2 }]]]))],
  ] as const) {
    it(`closes a writer sending ${name} with 4400, and a fresh reader still syncs`, async () => {
      const { writeKey, roomId } = newRoom();
      const writer = await openRawSocket(`${server.syncUrl}/${roomId}?key=${writeKey}`);
      writer.socket.send(syncMessage(2, recordUpdate('kept')));
      writer.socket.send(syncMessage(2, update));
      assert.equal((await withTimeout(writer.closed, 5000, 'writer not closed')).code, 4400);
      const reader = connectClient(server.syncUrl, roomId);
      try {
        await whenSynced(reader);
        assert.deepEqual(reader.doc.getArray('records').toArray(), ['kept']);
      } finally {
        reader.destroy();
      }
    });
  }
});
