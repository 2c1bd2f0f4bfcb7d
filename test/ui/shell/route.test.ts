import { expect } from 'chai';
import {
  absoluteLink,
  compareHash,
  facilitateHash,
  parseRoute,
  publishHash,
  replayHash,
  scribeHash,
  syncHash,
  syncUrlFor,
  translateHash,
  viewHash,
} from '../../../src/ui/shell/route.ts';

const KEY = 'abcdefghijklmnopqrstuv';
const ROOM = 'ABCDEFGHIJKLMNOPQRSTUV';
const ANCHOR = 'facilitator-0123456789';
const PART = 'x'.repeat(43);
const SECRET_E = `e.${PART}.${PART}`;
const SECRET_P = `p.${PART}.${PART}.${PART}`;

describe('routes', () => {
  const cases: Array<[string, ReturnType<typeof parseRoute>]> = [
    ['', { page: 'start' }],
    ['#/', { page: 'start' }],
    // Links made before records were signed: no anchor.
    [`#/s/${KEY}`, { page: 'scribe', writeKey: KEY, anchor: null, proposal: null }],
    [`#/s/${KEY}/p/proposal01`, { page: 'scribe', writeKey: KEY, anchor: null, proposal: 'proposal01' }],
    [`#/v/${KEY}`, { page: 'view', roomId: KEY, anchor: null, proposal: null }],
    [`#/v/${KEY}/p/proposal01`, { page: 'view', roomId: KEY, anchor: null, proposal: 'proposal01' }],
    [`#/s/${KEY}/translate`, { page: 'scribe', writeKey: KEY, anchor: null, proposal: null, translate: true }],
    [`#/s/${KEY}/sync`, { page: 'sync', link: 'scribe', key: KEY, anchor: null }],
    [`#/v/${KEY}/sync`, { page: 'sync', link: 'view', key: KEY, anchor: null }],
    [`#/v/${ROOM}/publish`, { page: 'publish', roomId: ROOM, anchor: null }],
    [`#/v/${ROOM}/replay`, { page: 'replay', roomId: ROOM, anchor: null }],
    // Links that name the facilitator.
    [`#/s/${KEY}.${ANCHOR}`, { page: 'scribe', writeKey: KEY, anchor: ANCHOR, proposal: null }],
    [`#/s/${KEY}.${ANCHOR}/p/proposal01`, { page: 'scribe', writeKey: KEY, anchor: ANCHOR, proposal: 'proposal01' }],
    [`#/s/${KEY}.${ANCHOR}/translate`, { page: 'scribe', writeKey: KEY, anchor: ANCHOR, proposal: null, translate: true }],
    [`#/s/${KEY}.${ANCHOR}/sync`, { page: 'sync', link: 'scribe', key: KEY, anchor: ANCHOR }],
    [`#/v/${ROOM}.${ANCHOR}`, { page: 'view', roomId: ROOM, anchor: ANCHOR, proposal: null }],
    [`#/v/${ROOM}.${ANCHOR}/p/proposal01`, { page: 'view', roomId: ROOM, anchor: ANCHOR, proposal: 'proposal01' }],
    [`#/v/${ROOM}.${ANCHOR}/sync`, { page: 'sync', link: 'view', key: ROOM, anchor: ANCHOR }],
    [`#/v/${ROOM}.${ANCHOR}/publish`, { page: 'publish', roomId: ROOM, anchor: ANCHOR }],
    [`#/v/${ROOM}.${ANCHOR}/replay`, { page: 'replay', roomId: ROOM, anchor: ANCHOR }],
    // The facilitator link.
    [`#/f/${KEY}/${SECRET_E}`, { page: 'facilitate', writeKey: KEY, secret: SECRET_E }],
    [`#/f/${KEY}/${SECRET_P}`, { page: 'facilitate', writeKey: KEY, secret: SECRET_P }],
    // Comparison, with and without anchors.
    ['#/compare', { page: 'compare', rooms: [], roomIds: [] }],
    [
      `#/compare/${ROOM}.${ANCHOR},${KEY},${ROOM}`,
      { page: 'compare', rooms: [{ roomId: ROOM, anchor: ANCHOR }, { roomId: KEY, anchor: null }], roomIds: [ROOM, KEY] },
    ],
    [`#/compare/${KEY},${KEY}.${ANCHOR}`, { page: 'compare', rooms: [{ roomId: KEY, anchor: ANCHOR }], roomIds: [KEY] }],
    // Malformed links.
    [`#/v/${KEY}/translate`, { page: 'not-found' }],
    ['#/s/short', { page: 'not-found' }],
    [`#/x/${KEY}`, { page: 'not-found' }],
    [`#/s/${KEY}/p`, { page: 'not-found' }],
    [`#/s/${KEY}/q/proposal01`, { page: 'not-found' }],
    [`#/s/${KEY}/p/bad id!`, { page: 'not-found' }],
    [`#/v/${KEY}/sync/more`, { page: 'not-found' }],
    ['#/v/short/sync', { page: 'not-found' }],
    [`#/s/${KEY}.`, { page: 'not-found' }],
    [`#/s/${KEY}.short`, { page: 'not-found' }],
    [`#/s/${KEY}.${ANCHOR}x`, { page: 'not-found' }],
    [`#/s/${KEY}.${ANCHOR}.${ANCHOR}`, { page: 'not-found' }],
    [`#/v/${ROOM}.bad anchor!!!!!!!!!!!!!!/publish`, { page: 'not-found' }],
    [`#/s/.${ANCHOR}`, { page: 'not-found' }],
    [`#/compare/${ROOM}.short`, { page: 'not-found' }],
    [`#/f/${KEY}`, { page: 'not-found' }],
    [`#/f/${KEY}/not-a-secret`, { page: 'not-found' }],
    [`#/f/${KEY}/e.${PART}`, { page: 'not-found' }],
    [`#/f/${KEY}/e.${PART}.${PART}.${PART}`, { page: 'not-found' }],
    [`#/f/${KEY}/e.${PART}.${PART}/more`, { page: 'not-found' }],
    [`#/f/short/${SECRET_E}`, { page: 'not-found' }],
    [`#/f/${KEY}.${ANCHOR}/${SECRET_E}`, { page: 'not-found' }],
  ];
  for (const [hash, route] of cases) {
    it(`reads "${hash}"`, () => expect(parseRoute(hash)).to.deep.equal(route));
  }

  it('writes the hashes it reads, with and without the anchor', () => {
    for (const anchor of [ANCHOR, null]) {
      expect(parseRoute(scribeHash(KEY, anchor))).to.deep.equal({ page: 'scribe', writeKey: KEY, anchor, proposal: null });
      expect(parseRoute(scribeHash(KEY, anchor, 'proposal01'))).to.deep.equal({ page: 'scribe', writeKey: KEY, anchor, proposal: 'proposal01' });
      expect(parseRoute(viewHash(ROOM, anchor))).to.deep.equal({ page: 'view', roomId: ROOM, anchor, proposal: null });
      expect(parseRoute(viewHash(ROOM, anchor, 'proposal01'))).to.deep.equal({ page: 'view', roomId: ROOM, anchor, proposal: 'proposal01' });
      expect(parseRoute(translateHash(KEY, anchor))).to.deep.equal({ page: 'scribe', writeKey: KEY, anchor, proposal: null, translate: true });
      expect(parseRoute(syncHash('scribe', KEY, anchor))).to.deep.equal({ page: 'sync', link: 'scribe', key: KEY, anchor });
      expect(parseRoute(syncHash('view', ROOM, anchor))).to.deep.equal({ page: 'sync', link: 'view', key: ROOM, anchor });
      expect(parseRoute(publishHash(ROOM, anchor))).to.deep.equal({ page: 'publish', roomId: ROOM, anchor });
      expect(parseRoute(replayHash(ROOM, anchor))).to.deep.equal({ page: 'replay', roomId: ROOM, anchor });
    }
    const rooms = [{ roomId: ROOM, anchor: ANCHOR }, { roomId: KEY, anchor: null }];
    expect(parseRoute(compareHash(rooms))).to.deep.equal({ page: 'compare', rooms, roomIds: [ROOM, KEY] });
    expect(compareHash([])).to.equal('#/compare');
    expect(parseRoute(facilitateHash(KEY, SECRET_P))).to.deep.equal({ page: 'facilitate', writeKey: KEY, secret: SECRET_P });
  });

  it('puts the anchor right after the key, so every sub-route keeps it', () => {
    expect(viewHash(ROOM, ANCHOR)).to.equal(`#/v/${ROOM}.${ANCHOR}`);
    expect(scribeHash(KEY, ANCHOR, 'proposal01')).to.equal(`#/s/${KEY}.${ANCHOR}/p/proposal01`);
    expect(publishHash(ROOM, ANCHOR)).to.equal(`#/v/${ROOM}.${ANCHOR}/publish`);
    expect(viewHash(ROOM, null)).to.equal(`#/v/${ROOM}`);
    expect(facilitateHash(KEY, SECRET_E)).to.equal(`#/f/${KEY}/${SECRET_E}`);
  });

  it('builds full links without the query, so each reader gets their own language', () => {
    expect(absoluteLink('#/v/x', { origin: 'https://w.example', pathname: '/app/' })).to.equal('https://w.example/app/#/v/x');
  });

  it('derives the sync endpoint from the page origin (DESIGN.md §3)', () => {
    expect(syncUrlFor({ protocol: 'https:', host: 'w.example' })).to.equal('wss://w.example/sync');
    expect(syncUrlFor({ protocol: 'http:', host: 'localhost:8080' })).to.equal('ws://localhost:8080/sync');
  });
});
