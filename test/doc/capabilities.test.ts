import { expect } from 'chai';
import { ROOM_ID_PATTERN, newWriteKey, roomIdFor } from '../../src/doc/capabilities.ts';

describe('capability links (DESIGN.md §3)', () => {
  it('a write key is 22 base64url characters (128 bits)', () => {
    const key = newWriteKey();
    expect(key).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect(newWriteKey()).to.not.equal(key);
  });
  it('the room id is the first 22 characters of the base64url SHA-256 of the key', async () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(await roomIdFor('abc')).to.equal('ungWv48Bz-pBQUDeXa4iI7');
    const roomId = await roomIdFor(newWriteKey());
    expect(roomId).to.match(ROOM_ID_PATTERN);
  });
});
