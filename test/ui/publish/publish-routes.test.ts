import { expect } from 'chai';
import { roomIdsFromText, roomsFromText } from '../../../src/ui/publish/compare-links.ts';
import { exportFileName } from '../../../src/domain/export/export-file.ts';
import { compareHash, parseRoute, publishHash, replayHash } from '../../../src/ui/shell/route.ts';

const ROOM = 'abcdefghijklmnopqrstuv';
const OTHER = 'ABCDEFGHIJKLMNOPQRSTUV';
const ANCHOR = 'FFFFFFFFFFFFFFFFFFFFFF';

describe('publishing routes, pasted view links and file names', () => {
  const cases: Array<[string, ReturnType<typeof parseRoute>]> = [
    [`#/v/${ROOM}/publish`, { page: 'publish', roomId: ROOM, anchor: null }],
    [`#/v/${ROOM}.${ANCHOR}/replay`, { page: 'replay', roomId: ROOM, anchor: ANCHOR }],
    ['#/compare', { page: 'compare', rooms: [], roomIds: [] }],
    [
      `#/compare/${ROOM},${OTHER}.${ANCHOR},${ROOM}`,
      { page: 'compare', rooms: [{ roomId: ROOM, anchor: null }, { roomId: OTHER, anchor: ANCHOR }], roomIds: [ROOM, OTHER] },
    ],
    [`#/s/${ROOM}/publish`, { page: 'not-found' }],
    [`#/v/${ROOM}/print`, { page: 'not-found' }],
    [`#/compare/${ROOM},short`, { page: 'not-found' }],
    [`#/compare/${ROOM}/more`, { page: 'not-found' }],
  ];
  for (const [hash, route] of cases) {
    it(`reads "${hash}"`, () => expect(parseRoute(hash)).to.deep.equal(route));
  }

  it('writes the hashes it reads', () => {
    expect(parseRoute(publishHash(ROOM, ANCHOR))).to.deep.equal({ page: 'publish', roomId: ROOM, anchor: ANCHOR });
    expect(parseRoute(replayHash(ROOM, null))).to.deep.equal({ page: 'replay', roomId: ROOM, anchor: null });
    const rooms = [{ roomId: ROOM, anchor: ANCHOR }, { roomId: OTHER, anchor: null }];
    expect(parseRoute(compareHash(rooms))).to.deep.equal({ page: 'compare', rooms, roomIds: [ROOM, OTHER] });
    expect(compareHash([])).to.equal('#/compare');
  });

  it('reads view links and bare room ids from pasted text, each once, and names the rest', () => {
    const pasted = `https://w.example/#/v/${ROOM}\n  https://w.example/app/#/v/${OTHER}/publish, ${ROOM}\nhttps://w.example/#/s/${OTHER} hello`;
    expect(roomIdsFromText(pasted)).to.deep.equal({
      roomIds: [ROOM, OTHER],
      unreadable: [`https://w.example/#/s/${OTHER}`, 'hello'],
    });
    expect(roomIdsFromText('  ')).to.deep.equal({ roomIds: [], unreadable: [] });
  });

  it('keeps the facilitator a pasted view link names, the first one given for a room', () => {
    const pasted = `https://w.example/#/v/${ROOM}.${ANCHOR}/publish ${OTHER} https://w.example/#/v/${OTHER}.${ANCHOR} ${ROOM}`;
    expect(roomsFromText(pasted)).to.deep.equal({
      rooms: [
        { roomId: ROOM, anchor: ANCHOR },
        { roomId: OTHER, anchor: ANCHOR },
      ],
      unreadable: [],
    });
    expect(roomsFromText(`https://w.example/#/v/${ROOM}.short`).unreadable).to.deep.equal([`https://w.example/#/v/${ROOM}.short`]);
  });

  const at = Date.UTC(2026, 10, 27, 23, 59);
  const names: Array<[string | null, string]> = [
    ['Our city in ten proposals', 'our-city-in-ten-proposals-2026-11-27.md'],
    ['Foro Social: Ciudad de México!', 'foro-social-ciudad-de-mexico-2026-11-27.md'],
    ['  ..//  ', 'workshop-2026-11-27.md'],
    [null, 'workshop-2026-11-27.md'],
    ['Форум Дакар', 'форум-дакар-2026-11-27.md'],
    [`${'very long title '.repeat(10)}`, 'very-long-title-very-long-title-very-long-title-very-long-ti-2026-11-27.md'],
  ];
  for (const [title, name] of names) {
    it(`names the file of "${title}" ${name}`, () => expect(exportFileName(title, at, 'md')).to.equal(name));
  }
});
