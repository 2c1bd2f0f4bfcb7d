import { expect } from 'chai';
import { absoluteLink, parseRoute, scribeHash, syncHash, syncUrlFor, translateHash, viewHash } from '../../src/ui/route.ts';

const KEY = 'abcdefghijklmnopqrstuv';

describe('routes', () => {
  const cases: Array<[string, ReturnType<typeof parseRoute>]> = [
    ['', { page: 'start' }],
    ['#/', { page: 'start' }],
    [`#/s/${KEY}`, { page: 'scribe', writeKey: KEY, proposal: null }],
    [`#/s/${KEY}/p/proposal01`, { page: 'scribe', writeKey: KEY, proposal: 'proposal01' }],
    [`#/v/${KEY}`, { page: 'view', roomId: KEY, proposal: null }],
    [`#/v/${KEY}/p/proposal01`, { page: 'view', roomId: KEY, proposal: 'proposal01' }],
    [`#/s/${KEY}/translate`, { page: 'scribe', writeKey: KEY, proposal: null, translate: true }],
    [`#/v/${KEY}/translate`, { page: 'not-found' }],
    ['#/s/short', { page: 'not-found' }],
    [`#/x/${KEY}`, { page: 'not-found' }],
    [`#/s/${KEY}/p`, { page: 'not-found' }],
    [`#/s/${KEY}/q/proposal01`, { page: 'not-found' }],
    [`#/s/${KEY}/p/bad id!`, { page: 'not-found' }],
    [`#/s/${KEY}/sync`, { page: 'sync', link: 'scribe', key: KEY }],
    [`#/v/${KEY}/sync`, { page: 'sync', link: 'view', key: KEY }],
    [`#/v/${KEY}/sync/more`, { page: 'not-found' }],
    ['#/v/short/sync', { page: 'not-found' }],
  ];
  for (const [hash, route] of cases) {
    it(`reads "${hash}"`, () => expect(parseRoute(hash)).to.deep.equal(route));
  }

  it('writes the hashes it reads', () => {
    expect(parseRoute(scribeHash(KEY, 'proposal01'))).to.deep.equal({ page: 'scribe', writeKey: KEY, proposal: 'proposal01' });
    expect(viewHash(KEY)).to.equal(`#/v/${KEY}`);
    expect(parseRoute(translateHash(KEY))).to.deep.equal({ page: 'scribe', writeKey: KEY, proposal: null, translate: true });
    expect(parseRoute(syncHash('scribe', KEY))).to.deep.equal({ page: 'sync', link: 'scribe', key: KEY });
    expect(parseRoute(syncHash('view', KEY))).to.deep.equal({ page: 'sync', link: 'view', key: KEY });
  });

  it('builds full links without the query, so each reader gets their own language', () => {
    expect(absoluteLink('#/v/x', { origin: 'https://w.example', pathname: '/app/' })).to.equal('https://w.example/app/#/v/x');
  });

  it('derives the sync endpoint from the page origin (DESIGN.md §3)', () => {
    expect(syncUrlFor({ protocol: 'https:', host: 'w.example' })).to.equal('wss://w.example/sync');
    expect(syncUrlFor({ protocol: 'http:', host: 'localhost:8080' })).to.equal('ws://localhost:8080/sync');
  });
});
