import { expect } from 'chai';
import fc from 'fast-check';
import { deriveView } from '../../src/domain/derive.ts';
import { NO_REJECTIONS } from '../../src/domain/diagnostics.ts';
import { RecordLedger } from '../../src/domain/ledger.ts';
import { compareRecords } from '../../src/domain/order.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { NO_AUTHORITY, type TrustContext } from '../../src/domain/trust.ts';
import { add, at, endorse, group, id, join, remove, revise, session, withdraw } from '../support/records.ts';
import { TRUST_ALL } from '../support/trust.ts';

const A = group('a');
const B = group('b');
const C = group('c');
const JUNK = group('junk');
const FAR = Number.MAX_SAFE_INTEGER;

/**
 * Feeds batches as the store does (each batch sorted among itself), checks the view against a replay from
 * scratch after each, and counts the replays after the first batch (whose session record sets the authority).
 */
function feed(batches: WorkshopRecord[][], trust: TrustContext = TRUST_ALL): { ledger: RecordLedger; replays: number } {
  const ledger = new RecordLedger(trust);
  const all: WorkshopRecord[] = [];
  let opening = 0;
  for (const [index, batch] of batches.entries()) {
    ledger.ingest([...batch].sort(compareRecords));
    all.push(...batch);
    expect(ledger.view(NO_REJECTIONS)).to.deep.equal(deriveView(all, trust));
    if (index === 0) opening = ledger.replays;
  }
  return { ledger, replays: ledger.replays - opening };
}

/** Honest live traffic from `start`, one record a millisecond: A adds ten proposals, then C endorses and withdraws. */
function live(start: number, count: number): WorkshopRecord[][] {
  const batches: WorkshopRecord[][] = [];
  for (let i = 0; i < count; i++) {
    const hlc = at(start + i);
    const proposal = id(`p${start}-${i % 10}`);
    if (i < 10) batches.push([add(A, hlc, `Idea ${i}`, proposal)]);
    else batches.push([i % 2 === 0 ? endorse(C, hlc, proposal) : withdraw(C, hlc, proposal)]);
  }
  return batches;
}

const opening = (): WorkshopRecord[][] => [
  [session(A, at(1), 'Forum'), join(A, at(2), 'Table 1'), join(B, at(3), 'Table 2'), join(C, at(4), 'Table 3')],
];

describe('RecordLedger: late means late for real', () => {
  it('passes a far-future record by no group: later records apply without a replay', () => {
    const { ledger, replays } = feed([...opening(), [add(JUNK, at(FAR), 'from the year 275760')], ...live(100, 40)]);
    expect(replays).to.equal(0);
    expect(ledger.view(NO_REJECTIONS).proposals).to.have.length(10);
  });

  it('passes a forged or not yet verified far-future record the same way', () => {
    const forged = add(A, at(FAR), 'forged in A’s name', id('forged'));
    const trust: TrustContext = { anchor: null, authenticity: (r) => (r.id === forged.id ? 'bad-signature' : 'authentic') };
    const { ledger, replays } = feed([...opening(), [forged], ...live(100, 20)], trust);
    expect(replays).to.equal(0);
    const unverified: TrustContext = { anchor: null, authenticity: (r) => (r.id === forged.id ? 'unknown-signer' : 'authentic') };
    expect(feed([...opening(), [forged], ...live(100, 20)], unverified).replays).to.equal(0);
  });

  it('still replays for a record that sorts before one that took effect', () => {
    const { ledger, replays } = feed([...opening(), ...live(100, 4), [add(B, at(50), 'written offline, earlier')]]);
    expect(replays).to.equal(1);
  });

  it('replays when a join brings in the group of a passed record, which then counts', () => {
    const { ledger, replays } = feed([...opening(), [add(JUNK, at(FAR), 'arrives before its join')], ...live(100, 4), [join(JUNK, at(200), 'Late table')]]);
    expect(replays).to.equal(1);
    expect(ledger.view(NO_REJECTIONS).proposals.map((p) => p.current.text)).to.include('arrives before its join');
  });

  it('replays when a record placed among passed ones is ignored too, so diagnostics keep the total order', () => {
    const { ledger, replays } = feed([...opening(), [add(JUNK, at(FAR), 'junk')], [endorse(B, at(100), id('nothing'))]]);
    expect(replays).to.equal(1);
    expect(ledger.view(NO_REJECTIONS).diagnostics.map((d) => d.reason)).to.deep.equal(['unknown-revision', 'unknown-author']);
  });

  it('does not pass a far-future record that took effect (a joined group’s): it can be removed, and is passed after', () => {
    const ahead = add(B, at(FAR), 'B dated its record far ahead');
    const { ledger, replays } = feed([...opening(), [ahead], ...live(100, 4)]);
    expect(replays).to.equal(4);
    const after = feed([...opening(), [ahead], [remove(A, at(150), B)], ...live(200, 4)]);
    expect(after.replays).to.equal(1);
  });

  it('matches a replay from scratch for any arrival order of honest, far-future, forged and ignored records', () => {
    const pool: WorkshopRecord[] = [
      session(A, at(1), 'Forum', id('s')),
      join(A, at(2), 'Table 1', '', id('ja')),
      join(B, at(3), 'Table 2', '', id('jb')),
      join(C, at(4), 'Table 3', '', id('jc')),
      add(A, at(10), 'One', id('p1')),
      add(B, at(11), 'Two', id('p2')),
      endorse(C, at(12), id('p1'), id('e1')),
      revise(B, at(13), id('p1'), id('p1'), 'One, better', id('r1')),
      endorse(A, at(14), id('r1'), id('e2')),
      withdraw(A, at(15), id('r1'), id('w1')),
      add(JUNK, at(FAR), 'junk', id('x1')),
      add(C, at(FAR - 5), 'ahead', id('x2')),
      join(JUNK, at(FAR - 10), 'Junk table', '', id('jj')),
      endorse(B, at(FAR - 1), id('nope'), id('x3')),
      endorse(C, at(FAR - 3), id('p9'), id('x4')),
      add(A, at(30), 'Nine, endorsed from far ahead before it exists here', id('p9')),
      add(A, at(FAR - 2), 'copy', id('p1')),
      remove(A, at(20), C, id('rm')),
    ];
    const forged = new Set(['x3']);
    const trust: TrustContext = { anchor: null, authenticity: (r) => (forged.has(r.id.replace(/_+$/, '')) ? 'bad-signature' : 'authentic') };
    fc.assert(
      fc.property(fc.subarray(pool, { minLength: 1 }), fc.array(fc.nat(), { minLength: pool.length, maxLength: pool.length }), (chosen, cuts) => {
        const shuffled = chosen.map((r, i) => [cuts[i]!, r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
        const batches: WorkshopRecord[][] = [];
        shuffled.forEach((record, i) => {
          if (i === 0 || cuts[i]! % 3 === 0) batches.push([record]);
          else batches[batches.length - 1]!.push(record);
        });
        feed(batches, trust);
      }),
      { numRuns: 300, seed: 1317 },
    );
  });
});

describe('RecordLedger: the authority signatures are checked under', () => {
  const own = session(A, at(1), 'Forum', id('own'));
  const impostor = session(B, at(0), 'Impostor', id('impostor'));
  const anchoredToA: TrustContext = { anchor: A, authenticity: () => 'authentic' };

  // [name, trust, records held, records verified and then applied, anticipated session, authority moved on applying]
  const cases: Array<[string, TrustContext, WorkshopRecord[], WorkshopRecord[], WorkshopRecord | null, boolean]> = [
    ['no session record: none rules, nothing moves', TRUST_ALL, [], [join(A, at(2), 'Table 1')], null, false],
    ['a session record arriving rules once verified, as applied', TRUST_ALL, [], [own, join(A, at(2), 'Table 1')], own, false],
    ['records other than session records leave the authority held', TRUST_ALL, [own], [join(B, at(3), 'Table 2'), add(B, at(4), 'Idea')], own, false],
    ['a session record sorting first takes over', TRUST_ALL, [own], [impostor], impostor, false],
    ['the anchor’s session record rules whatever sorts first', anchoredToA, [own], [impostor], own, false],
    ['an impostor alone never rules an anchored session', anchoredToA, [], [impostor], null, false],
  ];
  for (const [name, trust, held, fresh, expected, moved] of cases) {
    it(name, () => {
      const ledger = new RecordLedger(trust);
      ledger.reset([...held]);
      ledger.anticipate(fresh.filter((r) => r.kind === 'session' || r.kind === 'join'));
      expect(ledger.checkingAuthority.session).to.equal(expected);
      expect(ledger.ingest([...fresh].sort(compareRecords))).to.equal(moved);
      expect(ledger.checkingAuthority.session).to.equal(expected);
      expect(ledger.authority.session).to.equal(expected);
    });
  }

  it('says the authority moved when records were verified under another one (nothing anticipated, a rebuild)', () => {
    const ledger = new RecordLedger(TRUST_ALL);
    expect(ledger.checkingAuthority).to.equal(NO_AUTHORITY);
    expect(ledger.ingest([own])).to.equal(true);
    expect(ledger.reset([])).to.equal(true);
    expect(ledger.reset([own])).to.equal(true);
    expect(ledger.reset([own, add(A, at(5), 'Idea')])).to.equal(false);
  });

  it('moves with verdicts only on a replay: a session record found authentic later rules from then on', () => {
    let verified = false;
    const trust: TrustContext = { anchor: null, authenticity: () => (verified ? 'authentic' : 'unknown-signer') };
    const ledger = new RecordLedger(trust);
    expect(ledger.ingest([own])).to.equal(false);
    verified = true;
    ledger.anticipate([]);
    expect(ledger.checkingAuthority.session).to.equal(null);
    ledger.replayAll();
    expect(ledger.checkingAuthority.session).to.equal(own);
  });
});
