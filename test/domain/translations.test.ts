import { expect } from 'chai';
import { deriveView } from '../../src/domain/derive.ts';
import type { Hlc } from '../../src/domain/hlc.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { parseRecord } from '../../src/domain/validate.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import { add, at, group, id, join, revise, session, translate } from '../support/records.ts';
import { TRUST_ALL } from '../support/trust.ts';

const A = group('mexico');
const B = group('detroit');
const C = group('paris');
const joined = [join(A, at(1), 'Mesa 1', 'CDMX'), join(B, at(2), 'Table 1', 'Detroit'), join(C, at(3), 'Table 1', 'Paris')];
const spanish = (hlc: Hlc, text: string, recordId: string): WorkshopRecord => ({
  ...add(A, hlc, text, recordId),
  lang: 'es',
} as WorkshopRecord);

const translationsOf = (view: WorkshopView, lang: string) =>
  view.proposals[0]!.translations.find((t) => t.lang === lang);

describe('translations attached to revisions', () => {
  it('the session has the four working languages unless its creator names others', () => {
    expect(deriveView([], TRUST_ALL).languages).to.deep.equal(['es', 'en', 'fr', 'pt']);
    const named = { ...session(A, at(1), 'Forum'), languages: ['es', 'en'] } as WorkshopRecord;
    expect(deriveView([named], TRUST_ALL).languages).to.deep.equal(['es', 'en']);
  });

  it('a translation of the current revision is shown with its author and is up to date', () => {
    const view = deriveView([...joined, spanish(at(10), 'Agua para todos', id('p1')), translate(B, at(11), id('p1'), 'en', 'Water for all', id('t1'))], TRUST_ALL);
    const english = translationsOf(view, 'en')!;
    expect(english.current).to.include({ id: id('t1'), text: 'Water for all', author: B, revision: id('p1') });
    expect(english.outdated).to.equal(false);
    expect(view.proposals[0]!.current.lang).to.equal('es');
  });

  it('a new revision marks the translations outdated; they stay shown until updated', () => {
    const records = [
      ...joined,
      spanish(at(10), 'Agua para todos', id('p1')),
      translate(B, at(11), id('p1'), 'en', 'Water for all', id('t1')),
      revise(A, at(12), id('p1'), id('p1'), 'Agua limpia para todos', id('r2')),
    ];
    const outdated = translationsOf(deriveView(records, TRUST_ALL), 'en')!;
    expect(outdated).to.include({ outdated: true });
    expect(outdated.current.text).to.equal('Water for all');
    const updated = translationsOf(deriveView([...records, translate(C, at(13), id('r2'), 'en', 'Clean water for all', id('t2'))], TRUST_ALL), 'en')!;
    expect(updated.outdated).to.equal(false);
    expect(updated.current.text).to.equal('Clean water for all');
    expect(updated.history.map((t) => t.text)).to.deep.equal(['Water for all', 'Clean water for all']);
  });

  it('two concurrent translations of one revision converge to the later one; the other stays in history', () => {
    const records = [
      ...joined,
      spanish(at(10), 'Agua para todos', id('p1')),
      translate(C, at(20), id('p1'), 'fr', "De l'eau pour tous", id('tc')),
      translate(B, at(20), id('p1'), 'fr', "L'eau pour tout le monde", id('tb')),
    ];
    const french = translationsOf(deriveView(records, TRUST_ALL), 'fr')!;
    // Same clock reading: the author id decides, so every replica picks the same one.
    expect(french.current.id).to.equal(id('tc'));
    expect(french.history.map((t) => t.id)).to.deep.equal([id('tb'), id('tc')]);
    expect(deriveView([...records].reverse(), TRUST_ALL)).to.deep.equal(deriveView(records, TRUST_ALL));
  });

  it('a translation that arrives after an edit it did not see still belongs to the old revision (outdated)', () => {
    const records = [
      ...joined,
      spanish(at(10), 'Agua', id('p1')),
      revise(C, at(20), id('p1'), id('p1'), 'Agua limpia', id('r2')),
      translate(B, at(21), id('p1'), 'en', 'Water', id('t1')),
    ];
    expect(translationsOf(deriveView(records, TRUST_ALL), 'en')).to.include({ outdated: true });
  });

  it('lists what needs translation per working language, never into the language of the original', () => {
    const records = [
      ...joined,
      spanish(at(10), 'Agua para todos', id('p1')),
      translate(B, at(11), id('p1'), 'en', 'Water for all', id('t1')),
      translate(C, at(12), id('p1'), 'fr', "De l'eau pour tous", id('t2')),
      revise(A, at(13), id('p1'), id('p1'), 'Agua limpia para todos', id('r2')),
      translate(B, at(14), id('r2'), 'en', 'Clean water for all', id('t3')),
    ];
    expect(deriveView(records, TRUST_ALL).needsTranslation).to.deep.equal([
      { lang: 'fr', proposal: id('p1'), revision: id('r2'), reason: 'outdated' },
      { lang: 'pt', proposal: id('p1'), revision: id('r2'), reason: 'missing' },
    ]);
  });

  it('a translation of an unknown revision is ignored; bad languages and lengths are refused', () => {
    const view = deriveView([...joined, translate(B, at(11), id('ghost'), 'en', 'Water')], TRUST_ALL);
    expect(view.diagnostics.map((d) => d.reason)).to.deep.equal(['unknown-revision']);
    const bad: Array<[unknown, string | null]> = [
      [translate(B, at(1), id('p1'), 'english', 'x'), 'lang'],
      [translate(B, at(1), id('p1'), '<b>', 'x'), 'lang'],
      [translate(B, at(1), id('p1'), 'en', ''), 'text'],
      [translate(B, at(1), id('p1'), 'en', 'x'.repeat(1001)), 'text'],
      [{ ...add(A, at(1), 'x'), lang: 42 }, 'lang'],
      [{ ...session(A, at(1), 'x'), languages: [] }, 'languages'],
      [{ ...session(A, at(1), 'x'), languages: ['es', 'es'] }, 'languages'],
    ];
    for (const [record, detail] of bad) {
      const result = parseRecord(record);
      expect(!result.ok && result.diagnostic.detail, JSON.stringify(record).slice(0, 80)).to.equal(detail);
    }
  });
});
