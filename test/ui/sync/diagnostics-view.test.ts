import { expect } from 'chai';
import { html } from 'lit';
import { DIAGNOSTIC_EXAMPLES } from '../../../src/domain/diagnostics.ts';
import type { Diagnostic, DiagnosticCount } from '../../../src/domain/view.ts';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { pt } from '../../../src/i18n/pt.ts';
import '../../../src/ui/sync/diagnostics-view.ts';
import { mostFrequentFirst, type DiagnosticsView } from '../../../src/ui/sync/diagnostics-view.ts';
import { seriousViolations } from '../axe.ts';
import { mount, textOf, useLanguage } from '../helpers.ts';

const ignored: Diagnostic[] = [
  { reason: 'text-length', id: 'longText00000001', detail: 'text' },
  { reason: 'not-an-object', id: null, detail: null },
  { reason: 'text-length', id: 'longText00000002', detail: 'title' },
  { reason: 'unknown-kind', id: '<img src=x onerror=alert(1)>', detail: '<b>vote</b>' },
];

/** Counts as a view gives them: per reason, in the order the reasons first appear. */
function countsOf(diagnostics: readonly Diagnostic[]): DiagnosticCount[] {
  const counts = new Map<Diagnostic['reason'], number>();
  for (const { reason } of diagnostics) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count }));
}

const mountWith = (diagnostics: readonly Diagnostic[], counts = countsOf(diagnostics)) =>
  mount<DiagnosticsView>(html`<cdw-diagnostics .diagnostics=${diagnostics} .counts=${counts}></cdw-diagnostics>`);
const rows = (el: DiagnosticsView) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => textOf(td)));

describe('cdw-diagnostics', () => {
  it('says plainly when nothing was ignored', async () => {
    const el = await mountWith([]);
    expect(textOf(el.shadowRoot!)).to.contain('No record was ignored.');
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('counts the ignored records per reason, most frequent first, each with its explanation', async () => {
    const el = await mountWith(ignored);
    expect(textOf(el.shadowRoot!.querySelector('p strong')!)).to.equal('4 records ignored');
    const reasons = [...el.shadowRoot!.querySelectorAll('ul > li')].map((li) => textOf(li));
    expect(reasons).to.deep.equal([
      '2 · Text empty or too long A text is empty, or longer than allowed (1,000 characters for a proposal).',
      '1 · Not a record Something in the document is not a record at all, such as a bare number or text.',
      '1 · Unknown kind of action An action this version of the app does not know.',
    ]);
  });

  it('lists each ignored record with its reason, id and field, showing hostile text as text', async () => {
    const el = await mountWith(ignored);
    expect(rows(el)).to.deep.equal([
      ['Text empty or too long', 'longText00000001', 'text'],
      ['Not a record', 'no readable id', ''],
      ['Text empty or too long', 'longText00000002', 'title'],
      ['Unknown kind of action', '<img src=x onerror=alert(1)>', '<b>vote</b>'],
    ]);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
  });

  it('lists the few examples the view keeps per reason, and counts every ignored record', async () => {
    const examples: Diagnostic[] = Array.from({ length: DIAGNOSTIC_EXAMPLES }, (_, n) => ({ reason: 'bad-field', id: `bad${n}`.padEnd(8, '_'), detail: 'hlc' }));
    const el = await mountWith([...examples, ignored[1]!], [{ reason: 'bad-field', count: 50_000 }, { reason: 'not-an-object', count: 450_000 }]);
    expect(rows(el)).to.have.length(DIAGNOSTIC_EXAMPLES + 1);
    expect(textOf(el.shadowRoot!)).to.contain('500,000 records ignored');
    expect([...el.shadowRoot!.querySelectorAll('ul > li strong')].map((s) => textOf(s))).to.deep.equal(['450,000', '50,000']);
    expect(textOf(el.shadowRoot!)).to.contain(`21 of 500,000 are listed: at most ${DIAGNOSTIC_EXAMPLES} for each reason`);
  });

  it('explains every reason in every language', async () => {
    const el = await mountWith(ignored);
    const expected = {
      es: ['4 registros ignorados', 'Texto vacío o demasiado largo', 'sin id legible'],
      fr: ['4 enregistrements ignorés', 'Texte vide ou trop long', 'pas d’identifiant lisible'],
      pt: ['4 registros ignorados', 'Texto vazio ou longo demais', 'sem id legível'],
    } as const;
    for (const [language, phrases] of Object.entries(expected)) {
      await useLanguage(language as keyof typeof expected);
      await el.updateComplete;
      for (const phrase of phrases) expect(textOf(el.shadowRoot!), language).to.contain(phrase);
    }
  });

  it('orders reasons by count, ties in the order the view gives', () => {
    expect(mostFrequentFirst(countsOf(ignored))).to.deep.equal([
      { reason: 'text-length', count: 2 },
      { reason: 'not-an-object', count: 1 },
      { reason: 'unknown-kind', count: 1 },
    ]);
  });

  it('has no serious accessibility violation', async () => {
    expect(await seriousViolations(await mountWith(ignored))).to.deep.equal([]);
  });
});

describe('cdw-diagnostics: records ignored for want of trust (issue 6)', () => {
  const trust: Diagnostic[] = [
    { reason: 'bad-signature', id: 'forged0000000001', detail: null },
    { reason: 'not-facilitator', id: 'fakeLock00000001', detail: null },
    { reason: 'other-session', id: 'impostor00000001', detail: null },
    { reason: 'group-removed', id: 'afterRemoval0001', detail: null },
    { reason: 'unknown-group', id: 'renameNobody0001', detail: 'group' },
  ];

  it('names and explains each one in plain English', async () => {
    const el = await mountWith(trust);
    const names = rows(el).map(([reason]) => reason);
    expect(names).to.deep.equal([
      'Signature does not hold',
      'Not signed by the facilitator',
      'Another session’s title',
      'From a removed group',
      'Rename or removal of an unknown group',
    ]);
    expect(textOf(el.shadowRoot!)).to.contain('it was altered, forged, or signed for another session');
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  for (const [language, messages] of [['es', es], ['fr', fr], ['pt', pt]] as const) {
    it(`names and explains each one in ${language}, with words of its own`, async () => {
      await useLanguage(language);
      const el = await mountWith(trust);
      const shown = rows(el).map(([reason]) => reason);
      const expected = trust.map((d) => messages.sync.diagnostics.reasons[d.reason].name);
      expect(shown).to.deep.equal(expected);
      expect(new Set(shown).size, 'one name per reason').to.equal(trust.length);
      const english = trust.map((d) => en.sync.diagnostics.reasons[d.reason]);
      for (const [index, d] of trust.entries()) {
        const text = messages.sync.diagnostics.reasons[d.reason];
        expect(text.name, `${d.reason} translated`).to.not.equal(english[index]!.name);
        expect(textOf(el.shadowRoot!)).to.contain(text.explain);
      }
    });
  }
});
