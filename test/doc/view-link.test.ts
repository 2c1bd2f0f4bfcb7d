import { expect } from 'chai';
import { parseViewLink } from '../../src/doc/view-link.ts';
import { parseRoute, publishHash, replayHash, scribeHash, syncHash, viewHash } from '../../src/ui/shell/route.ts';

const ROOM = 'room-id-aaaaaaaaaaaaaa';
const FACILITATOR = 'facilitator-bbbbbbbbbb';

describe('view links, as the verifier reads them', () => {
  it('reads the room and facilitator of every view-link page the router reads', () => {
    for (const hash of [viewHash(ROOM, FACILITATOR), viewHash(ROOM, FACILITATOR, 'proposal-01'), publishHash(ROOM, FACILITATOR), replayHash(ROOM, FACILITATOR), syncHash('view', ROOM, FACILITATOR)]) {
      const route = parseRoute(hash);
      const named = 'roomId' in route ? { room: route.roomId, facilitator: route.anchor } : 'key' in route ? { room: route.key, facilitator: route.anchor } : null;
      expect(parseViewLink(`https://forum.example/app/${hash}`), hash).to.deep.equal(named);
    }
  });

  it('reads a link made before records were signed, without a facilitator', () => {
    expect(parseViewLink(`  #/v/${ROOM}  `)).to.deep.equal({ room: ROOM, facilitator: null });
  });

  it('refuses scribe links, malformed rooms or facilitators, and anything else', () => {
    for (const text of [`https://x/#${scribeHash(ROOM, FACILITATOR).slice(1)}`, `#/v/${ROOM}.short`, '#/v/short', `/v/${ROOM}`, '', '#/compare']) {
      expect(parseViewLink(text), text).to.equal(null);
    }
  });
});
