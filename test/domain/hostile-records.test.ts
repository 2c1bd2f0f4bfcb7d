import { expect } from 'chai';
import fc from 'fast-check';
import { deriveView, sortRecords, type KeptParses } from '../../src/domain/derive.ts';
import { mergeRejections } from '../../src/domain/diagnostics.ts';
import { compareRecords } from '../../src/domain/order.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { canonicalJson } from '../../src/domain/signing.ts';
import type { TrustContext } from '../../src/domain/trust.ts';
import { parseRecord } from '../../src/domain/validate.ts';
import type { DiagnosticReason, WorkshopView } from '../../src/domain/view.ts';
import { diagnosticsWords } from '../../src/i18n/en/diagnostics.ts';
import { numberFromEnv } from '../support/env.ts';
import { hostileValues } from '../support/hostile-arbitraries.ts';
import { hostileCases, nested } from '../support/hostile-values.ts';
import { add, at, endorse, group, id, join, session } from '../support/records.ts';

const F = group('fac');
const A = group('a');
const B = group('b');
const honest = [
  session(F, at(1), 'Forum'),
  join(A, at(2), 'Table 1'),
  join(B, at(3), 'Table 2'),
  add(A, at(10), 'Free transit', id('p1')),
  add(B, at(11), 'Open assemblies', id('p2')),
  endorse(B, at(12), id('p1')),
];
/** The links name F, so no session record a peer invents can take the facilitator's place. */
const trust: TrustContext = { anchor: F, authenticity: () => 'authentic' };
const REASONS = new Set(Object.keys(diagnosticsWords.sync.diagnostics.reasons));

/** The honest proposals, with their counts, as a newly opened page must show them. */
const honestShown = (view: WorkshopView) =>
  view.proposals.filter((p) => p.id === id('p1') || p.id === id('p2')).map((p) => [p.current.text, p.endorsements]);

describe('hostile records (R9): no record stops a client', () => {
  for (const c of hostileCases(A, [20, 0])) {
    it(`${c.name}: ${c.expected}`, () => {
      const parsed = parseRecord(c.value);
      expect(parsed.ok ? 'valid' : parsed.diagnostic.reason).to.equal(c.expected);
      const view = deriveView([...honest, c.value], trust);
      expect(honestShown(view)).to.deep.equal([['Free transit', 2], ['Open assemblies', 1]]);
      const ignored = c.expected === 'valid' ? [] : [{ reason: c.expected, count: 1 }];
      expect(view.diagnosticCounts).to.deep.equal(ignored);
      expect(view.proposals).to.have.length(c.expected === 'valid' ? 3 : 2);
      expect(deriveView([c.value, ...honest].reverse(), trust)).to.deep.equal(view);
    });
  }

  it('ids, authors and revisions named like what every object inherits are ordinary ids', () => {
    const [ctor, proto, own] = ['constructor', 'prototype', 'hasOwnProperty'];
    const view = deriveView(
      [
        ...honest,
        join(ctor, at(4), 'Constructors'),
        join(own, at(5), 'Owners'),
        add(ctor, at(13), 'Prototype-named', '__proto__'),
        add(own, at(14), 'toString-named', 'toString'),
        endorse(own, at(15), '__proto__', proto),
        endorse(A, at(16), '__proto__', 'valueOf_'),
      ],
      trust,
    );
    expect(view.proposals.map((p) => [p.id, p.current.text, p.endorsements])).to.deep.equal([
      ['__proto__', 'Prototype-named', 3],
      [id('p1'), 'Free transit', 2],
      [id('p2'), 'Open assemblies', 1],
      ['toString', 'toString-named', 1],
    ]);
    expect(view.groups.map((g) => g.name)).to.deep.equal(['Table 1', 'Table 2', 'Constructors', 'Owners']);
    expect(view.diagnosticCounts).to.deep.equal([]);
  });

  it('a -0 in a clock reads as 0, so two copies that print alike derive alike', () => {
    const zero = { ...add(A, at(20), 'Zero', id('z')) };
    const negative = { ...zero, hlc: [20, -0] };
    const parsed = parseRecord(negative);
    expect(parsed.ok && Object.is(parsed.record.hlc[1], 0)).to.equal(true);
    expect(deriveView([...honest, negative, zero], trust)).to.deep.equal(deriveView([...honest, zero, negative], trust));
  });
});

describe('hostile records: a throw while handling one record becomes that record’s diagnostic', () => {
  it('validation that throws (a getter, impossible from Yjs) ignores the record as unreadable, keeping its id', () => {
    const getter = { id: 'getter-record', get v(): unknown { throw new Error('engine-specific words'); } };
    expect(parseRecord(getter)).to.deep.equal({ ok: false, diagnostic: { reason: 'unreadable', id: 'getter-record', detail: null } });
    const proxy = new Proxy({}, { get: () => { throw new RangeError('anything'); }, getPrototypeOf: () => { throw new Error('no'); } });
    expect(parseRecord(proxy)).to.deep.equal({ ok: false, diagnostic: { reason: 'unreadable', id: null, detail: null } });
    const view = deriveView([...honest, getter, proxy], trust);
    expect(honestShown(view)).to.deep.equal([['Free transit', 2], ['Open assemblies', 1]]);
    expect(view.diagnosticCounts).to.deep.equal([{ reason: 'unreadable', count: 2 }]);
  });

  it('replay that throws on one record ignores that record alone, whatever its position', () => {
    const poison = endorse(A, at(13), id('p2'), id('poison'));
    const fragile: TrustContext = {
      anchor: F,
      authenticity: (record) => {
        if (record.id === poison.id) throw new TypeError('a defect');
        return 'authentic';
      },
    };
    const view = deriveView([...honest, poison, endorse(A, at(14), id('p2'))], fragile);
    expect(honestShown(view)).to.deep.equal([['Free transit', 2], ['Open assemblies', 2]]);
    expect(view.diagnostics).to.deep.equal([{ reason: 'unreadable', id: poison.id, detail: null }]);
    expect(deriveView([poison, ...honest].reverse(), fragile)).to.deep.equal(deriveView([...honest, poison], fragile));
  });

  it('canonical JSON never throws: any depth, bigints, NaN, lone surrogates', () => {
    expect(canonicalJson(nested(200_000)).length).to.be.greaterThan(200_000);
    expect(canonicalJson({ b: [1n, NaN, -0, undefined], a: '\ud800', c: undefined })).to.equal('{"a":"\\ud800","b":[1,null,0,null]}');
    expect(canonicalJson({ z: 1, a: { y: [true, null], b: 'x' } })).to.equal('{"a":{"b":"x","y":[true,null]},"z":1}');
  });

  it('the total order compares any two records with the same key without throwing', () => {
    const first = { ...add(A, at(5), 'x', id('same')), deep: nested(100_000), big: 5n } as unknown as WorkshopRecord;
    const second = { ...add(A, at(5), 'x', id('same')), big: 6n } as unknown as WorkshopRecord;
    expect(Math.sign(compareRecords(first, second))).to.equal(-Math.sign(compareRecords(second, first)));
    expect(compareRecords(first, second)).to.not.equal(0);
  });
});

describe('hostile records: property over arbitrary values', () => {
  const numRuns = numberFromEnv('HOSTILE_RUNS', 300);

  it(`validation, order, replay and signing text never throw, and every replica agrees (${numRuns} runs)`, () => {
    let valid = 0;
    let ignored = 0;
    fc.assert(
      fc.property(hostileValues([A, B]), (values) => {
        for (const value of values) {
          const parsed = parseRecord(value);
          if (parsed.ok) {
            valid++;
            // A valid record is a fresh, plain one: validating it again gives it back unchanged.
            expect(parseRecord(JSON.parse(JSON.stringify(parsed.record)))).to.deep.equal(parsed);
            expect(canonicalJson(parsed.record)).to.be.a('string');
          } else {
            ignored++;
            const { reason, id: recordId, detail } = parsed.diagnostic;
            expect(REASONS.has(reason), reason).to.equal(true);
            expect(recordId === null || (typeof recordId === 'string' && recordId.length <= 64)).to.equal(true);
            expect(detail === null || typeof detail === 'string').to.equal(true);
          }
          expect(canonicalJson(value)).to.be.a('string');
        }
        const view = deriveView([...honest, ...values], trust);
        expect(honestShown(view)).to.deep.equal([['Free transit', 2], ['Open assemblies', 1]]);
        expect(deriveView([...values, ...honest].reverse(), trust)).to.deep.equal(view);
        const counted = view.diagnosticCounts.reduce((sum, c) => sum + c.count, 0);
        expect(counted + view.appliedRecords).to.be.at.most(honest.length + values.length);
      }),
      { numRuns },
    );
    // The generator reached both sides of validation.
    expect(valid, 'valid records generated').to.be.greaterThan(0);
    expect(ignored, 'invalid records generated').to.be.greaterThan(0);
  });

  it(`validation results kept per value derive exactly what validating again derives (${numRuns} runs)`, () => {
    fc.assert(
      fc.property(hostileValues([A, B]), fc.nat(), (values, cut) => {
        // One map across derivations, as the store keeps it: first misses, then hits, then a mix in another order.
        const kept: KeptParses = new WeakMap();
        const all = [...honest, ...values];
        const some = all.slice(0, cut % (all.length + 1));
        expect(deriveView(some, trust, kept)).to.deep.equal(deriveView(some, trust));
        expect(deriveView(all, trust, kept)).to.deep.equal(deriveView(all, trust));
        expect(deriveView([...all].reverse(), trust, kept)).to.deep.equal(deriveView(all, trust));
        expect(sortRecords([...all, ...all], kept)).to.deep.equal(sortRecords([...all, ...all]));
      }),
      { numRuns },
    );
  });
});

describe('bounded diagnostics (R9)', () => {
  const BOUND = 20;
  const junk = (count: number): unknown[] =>
    Array.from({ length: count }, (_, i) =>
      i % 3 === 0 ? i : i % 3 === 1 ? { v: 1, id: `bad${String(i).padStart(8, '0')}`, author: A, hlc: 'x', kind: 'add' } : { v: 1, id: `kind${String(i).padStart(8, '0')}`, author: A, hlc: [1, 0], kind: `k${i}` },
    );
  const perReason = (view: WorkshopView) => {
    const examples = new Map<DiagnosticReason, number>();
    for (const d of view.diagnostics) examples.set(d.reason, (examples.get(d.reason) ?? 0) + 1);
    return examples;
  };

  it('50,000 junk values: exact counts per reason, at most 20 examples each, the same whatever the order', () => {
    const values = junk(50_000);
    const unknownRevisions = Array.from({ length: 30 }, (_, i) => endorse(A, at(100 + i), id(`ghost${i}`), `ghostEndorse${i}`));
    const forward = deriveView([...honest, ...values, ...unknownRevisions], trust);
    const backward = deriveView([...honest, ...values, ...unknownRevisions].reverse(), trust);
    expect(backward).to.deep.equal(forward);
    expect(honestShown(forward)).to.deep.equal([['Free transit', 2], ['Open assemblies', 1]]);
    expect(forward.diagnosticCounts).to.deep.equal([
      { reason: 'bad-field', count: 16_667 },
      { reason: 'not-an-object', count: 16_667 },
      { reason: 'unknown-kind', count: 16_666 },
      { reason: 'unknown-revision', count: 30 },
    ]);
    for (const [reason, examples] of perReason(forward)) expect(examples, reason).to.equal(BOUND);
    // Invalid records: the first in canonical order. Replayed ones: the first in the total order.
    expect(forward.diagnostics.filter((d) => d.reason === 'bad-field')[0]!.id).to.equal('bad00000001');
    expect(forward.diagnostics.filter((d) => d.reason === 'unknown-revision').map((d) => d.id)).to.deep.equal(
      unknownRevisions.slice(0, BOUND).map((r) => r.id),
    );
  });

  it('the rejections of several batches merge to those of one batch', () => {
    const values = junk(3_000);
    const whole = sortRecords(values).rejected;
    const halves = [sortRecords(values.slice(1_500)).rejected, sortRecords(values.slice(0, 1_500)).rejected];
    expect(whole.total).to.equal(3_000);
    expect(whole.examples).to.have.length(3 * BOUND);
    expect(mergeRejections(halves[0]!, halves[1]!)).to.deep.equal(whole);
    expect(mergeRejections(halves[1]!, halves[0]!)).to.deep.equal(whole);
    expect(deriveView([...honest, ...values], trust).diagnostics).to.deep.equal(whole.examples);
  });
});
