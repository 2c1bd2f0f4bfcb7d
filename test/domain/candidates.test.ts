import { expect } from 'chai';
import { deriveView, replay } from '../../src/domain/derive.ts';
import type { CandidateRecord, WorkshopRecord } from '../../src/domain/records.ts';
import { parseRecord } from '../../src/domain/validate.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import { add, at, endorse, group, hide, id, join, revise, session } from '../support/records.ts';
import { TRUST_ALL } from '../support/trust.ts';

const F = group('facil');
const A = group('a');
const B = group('b');
const start = [session(F, at(1), 'Convergence'), join(A, at(2), 'Table 1', 'Lyon'), join(B, at(3), 'Table 2', 'Recife')];
const DIGEST = 'd'.repeat(43);

const candidate = (name: string, wall: number, fields: Partial<CandidateRecord> = {}, author = F): WorkshopRecord => ({
  v: 1, id: id(name), author, hlc: at(wall), kind: 'candidate',
  text: `Text of ${name}`, translations: [{ lang: 'fr', text: `Texte de ${name}` }],
  source: { room: 'r'.repeat(22), facilitator: group('src'), title: 'Paris 2026', digest: DIGEST, proposal: id(`p-${name}`) },
  places: ['Paris', 'Dakar'], rank: 1, count: 3, proof: [], ...fields,
});
const citing = (author: string, wall: number, text: string, cites: string[], name?: string): WorkshopRecord => ({ ...add(author, at(wall), text, name && id(name)), cites } as WorkshopRecord);
const derive = (records: WorkshopRecord[]): WorkshopView => deriveView(records, TRUST_ALL);

describe('candidate records: validation', () => {
  const base = { v: 1, id: 'record-0001', author: 'group-aaaa', hlc: [10, 0] };
  const good = { ...candidate('c1', 10) } as Record<string, unknown>;
  const invalid: Array<[string, Record<string, unknown>, string, string]> = [
    ['no text', { ...good, text: '  ' }, 'text-length', 'text'],
    ['a 1,001-character text', { ...good, text: 'a'.repeat(1001) }, 'text-length', 'text'],
    ['a bad language', { ...good, lang: 'French' }, 'bad-field', 'lang'],
    ['translations that are not a list', { ...good, translations: {} }, 'bad-field', 'translations'],
    ['two translations into one language', { ...good, translations: [{ lang: 'fr', text: 'a' }, { lang: 'fr', text: 'b' }] }, 'bad-field', 'translations'],
    ['nine translations', { ...good, translations: 'abcdefghi'.split('').map((l) => ({ lang: `x${l}`, text: 't' })) }, 'bad-field', 'translations'],
    ['an empty translation', { ...good, translations: [{ lang: 'fr', text: '' }] }, 'bad-field', 'translations'],
    ['a digest of the wrong length', { ...good, source: { ...(good.source as object), digest: 'abc' } }, 'bad-field', 'source'],
    ['a malformed source room', { ...good, source: { ...(good.source as object), room: 'x' } }, 'bad-field', 'source'],
    ['no source', { ...good, source: undefined }, 'bad-field', 'source'],
    ['nine places', { ...good, places: Array.from({ length: 9 }, (_, i) => `City ${i}`) }, 'bad-field', 'places'],
    ['a 61-character place', { ...good, places: ['p'.repeat(61)] }, 'bad-field', 'places'],
    ['rank 0', { ...good, rank: 0 }, 'bad-field', 'rank'],
    ['rank 11', { ...good, rank: 11 }, 'bad-field', 'rank'],
    ['a fractional count', { ...good, count: 1.5 }, 'bad-field', 'count'],
    ['a count over 10,000', { ...good, count: 10_001 }, 'bad-field', 'count'],
    ['a proof that is not a list', { ...good, proof: {} }, 'bad-field', 'proof'],
    ['a proof of 2,001 items', { ...good, proof: new Array(2001).fill(null) }, 'bad-field', 'proof'],
    ['an add citing nothing', { ...base, kind: 'add', text: 'x', cites: [] }, 'bad-field', 'cites'],
    ['an add citing one id twice', { ...base, kind: 'add', text: 'x', cites: ['cand-0001', 'cand-0001'] }, 'bad-field', 'cites'],
    ['an add citing eleven', { ...base, kind: 'add', text: 'x', cites: Array.from({ length: 11 }, (_, i) => `cand-${i}`.padEnd(8, '_')) }, 'bad-field', 'cites'],
    ['a revise citing a malformed id', { ...base, kind: 'revise', proposal: 'proposal-1', parent: 'parent-01', text: 'x', cites: ['<b>'] }, 'bad-field', 'cites'],
  ];
  for (const [name, value, reason, detail] of invalid) {
    it(`ignores ${name} (${reason}: ${detail})`, () => {
      const result = parseRecord(value);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect([result.diagnostic.reason, result.diagnostic.detail]).to.deep.equal([reason, detail]);
    });
  }

  it('keeps only known fields, trims texts and turns -0 into 0', () => {
    const result = parseRecord({ ...good, text: '  Padded  ', extra: 1, rank: 1, count: -0, source: { ...(good.source as object), extra: 2 } });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const record = result.record as CandidateRecord;
    expect(record.text).to.equal('Padded');
    expect(Object.is(record.count, 0)).to.equal(true);
    expect('extra' in record || 'extra' in record.source).to.equal(false);
  });

  it('reads cites on adds and revisions', () => {
    const parsed = parseRecord({ ...base, kind: 'revise', proposal: 'proposal-1', parent: 'parent-01', text: 'x', cites: ['cand-0001', 'cand-0002'] });
    expect(parsed.ok && parsed.record.kind === 'revise' && parsed.record.cites).to.deep.equal(['cand-0001', 'cand-0002']);
  });

  it('an ignored candidate is diagnosed the same way on every replica', () => {
    const bad = { ...candidate('bad', 5), rank: 99 };
    const one = derive([...start, bad, candidate('c1', 6)]);
    const two = derive([candidate('c1', 6), bad, ...start].reverse());
    expect(one.diagnostics).to.deep.equal(two.diagnostics);
    expect(one.diagnostics.map((d) => [d.reason, d.detail])).to.deep.equal([['bad-field', 'rank']]);
    expect(one.candidates.map((c) => c.id)).to.deep.equal([id('c1')]);
  });
});

describe('candidates and provenance in the view', () => {
  it('lists the facilitator’s candidates in order, labelled by places, else the source’s title', () => {
    const view = derive([...start, candidate('c1', 4), candidate('c2', 5, { places: [] })]);
    expect(view.candidates.map((c) => [c.id, c.label, c.rank, c.count, c.usedBy])).to.deep.equal([
      [id('c1'), 'Paris · Dakar', 1, 3, []],
      [id('c2'), 'Paris 2026', 1, 3, []],
    ]);
    expect(view.candidates[0]!.translations).to.deep.equal([{ lang: 'fr', text: 'Texte de c1' }]);
  });

  it('a candidate by anyone but the facilitator is ignored', () => {
    const view = derive([...start, candidate('c1', 4, {}, A)]);
    expect(view.candidates).to.deep.equal([]);
    expect(view.diagnostics.map((d) => d.reason)).to.deep.equal(['not-facilitator']);
  });

  it('an add citing two candidates merges them: cites, from and usedBy; unknown ids are left out', () => {
    const view = derive([...start, candidate('c1', 4), candidate('c2', 5), citing(A, 10, 'Both', [id('c2'), id('nope'), id('c1')], 'merged')]);
    const proposal = view.proposals[0]!;
    expect(proposal.current.cites).to.deep.equal([id('c2'), id('c1')]);
    expect(proposal.from.map((c) => c.id)).to.deep.equal([id('c2'), id('c1')]);
    expect(proposal.from[0]).to.equal(view.candidates[1]);
    expect(view.candidates.map((c) => c.usedBy)).to.deep.equal([[id('merged')], [id('merged')]]);
  });

  it('the rules apply unchanged: an eleventh add citing a candidate is not admitted and uses nothing', () => {
    const adds = Array.from({ length: 10 }, (_, i) => add(A, at(10 + i), `P${i}`));
    const view = derive([...start, candidate('c1', 4), ...adds, citing(B, 30, 'Late', [id('c1')])]);
    expect(view.proposals).to.have.length(10);
    expect(view.notAdmitted.map((a) => a.text)).to.deep.equal(['Late']);
    expect(view.candidates[0]!.usedBy).to.deep.equal([]);
  });

  it('an edit citing a candidate adds it to the proposal’s provenance, after the add’s; usedBy follows the projected order', () => {
    const records = [
      ...start, candidate('c1', 4), candidate('c2', 5),
      citing(A, 10, 'First', [id('c1')], 'p1'),
      add(B, at(11), 'Second', id('p2')),
      { ...revise(B, at(12), id('p2'), id('p2'), 'Second, with c1'), cites: [id('c2'), id('c1')] } as WorkshopRecord,
      endorse(A, at(13), id('p2')),
    ];
    const view = derive(records);
    // p2's current revision is the edit: A's endorsement of the add does not count.
    const p2 = view.proposals.find((p) => p.id === id('p2'))!;
    expect(p2.from.map((c) => c.id)).to.deep.equal([id('c2'), id('c1')]);
    expect(p2.revisions.map((r) => r.cites)).to.deep.equal([[], [id('c2'), id('c1')]]);
    const order = view.proposals.map((p) => p.id);
    expect(view.candidates[0]!.usedBy).to.deep.equal(order.filter((p) => p === id('p1') || p === id('p2')));
  });

  it('a hidden revision’s citations leave the provenance', () => {
    const records = [
      ...start, candidate('c1', 4), candidate('c2', 5),
      citing(A, 10, 'First', [id('c1')], 'p1'),
      { ...revise(B, at(11), id('p1'), id('p1'), 'Abuse'), cites: [id('c2')], id: id('abuse') } as WorkshopRecord,
      hide(F, at(12), id('abuse')),
    ];
    const view = derive(records);
    expect(view.proposals[0]!.from.map((c) => c.id)).to.deep.equal([id('c1')]);
    expect(view.candidates[1]!.usedBy).to.deep.equal([]);
  });

  it('citations resolve whatever the order: a candidate ordered after the add citing it still shows', () => {
    const early = derive([...start, citing(A, 10, 'Early', [id('c1')], 'p1'), candidate('c1', 20)]);
    expect(early.proposals[0]!.current.cites).to.deep.equal([id('c1')]);
    expect(early.proposals[0]!.from.map((c) => c.id)).to.deep.equal([id('c1')]);
  });

  it('incrementally, a later candidate updates the views of revisions citing it; unchanged proposals keep their identity', () => {
    const reducer = replay([...start, citing(A, 10, 'Early', [id('c1')], 'p1'), add(B, at(11), 'Other', id('p2'))], TRUST_ALL);
    const before = reducer.view();
    expect(before.proposals[0]!.from).to.deep.equal([]);
    reducer.apply(candidate('c1', 20) as WorkshopRecord);
    const after = reducer.view();
    expect(after.proposals[0]!.from.map((c) => c.id)).to.deep.equal([id('c1')]);
    expect(after.proposals[0]!.current.cites).to.deep.equal([id('c1')]);
    expect(after.proposals[1]).to.equal(before.proposals[1]);
    reducer.apply(candidate('c2', 21) as WorkshopRecord);
    const third = reducer.view();
    expect(third.proposals[0]).to.equal(after.proposals[0]);
    expect(third.candidates[0]).to.equal(after.candidates[0]);
  });

  it('every arrival order gives the same view (order-independent derivation)', () => {
    const records = [
      ...start, candidate('c1', 4), candidate('c2', 5),
      citing(A, 10, 'First', [id('c1')], 'p1'),
      citing(B, 11, 'Merge', [id('c1'), id('c2')], 'p2'),
      endorse(A, at(12), id('p2')),
    ];
    const expected = JSON.stringify(derive(records));
    let seed = 7;
    for (let round = 0; round < 20; round++) {
      const shuffled = [...records];
      for (let i = shuffled.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        const j = seed % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      expect(JSON.stringify(derive(shuffled))).to.equal(expected);
    }
  });
});
