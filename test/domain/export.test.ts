import { expect } from 'chai';
import { deriveView, sortRecords } from '../../src/domain/derive.ts';
import { escapeHtml, toHtml } from '../../src/domain/export/html.ts';
import { parseJsonExport, toJsonExport } from '../../src/domain/export/json.ts';
import { ENGLISH_EXPORT_LABELS, VERIFY_COMMAND } from '../../src/domain/export/labels.ts';
import { escapeMarkdown, toMarkdown } from '../../src/domain/export/markdown.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { add, endorse, group, id, join, revise, session, translate } from '../support/records.ts';
import { TRUST_ALL } from '../support/trust.ts';

const A = group('paris1');
const B = group('dakar1');
const C = group('mexico');
const EXPORTED_AT = Date.UTC(2026, 10, 27, 16, 30);
const minute = (m: number): [number, number] => [Date.UTC(2026, 10, 27, 15, m), 0];

/** A fixed session: three venues, three proposals, an edit, endorsements, one add after the cap is not needed here. */
const fixedSession: WorkshopRecord[] = [
  session(A, minute(0), 'World Social Forum — Convergence', id('session')),
  join(A, minute(1), 'Table 1', 'Paris', id('joinA')),
  join(B, minute(2), 'Table 3', 'Dakar', id('joinB')),
  join(C, minute(3), 'Mesa 2', 'Ciudad de México', id('joinC')),
  add(A, minute(5), 'Free public transport for everyone under 25', id('p1')),
  add(B, minute(6), 'Water is a common good: *never* privatised.\nNot now, not later.', id('p2')),
  add(C, minute(7), 'Presupuesto participativo en cada barrio', id('p3')),
  revise(C, minute(9), id('p1'), id('p1'), 'Free public transport for everyone under 25 and over 65', id('p1r2')),
  endorse(A, minute(10), id('p2'), id('e1')),
  endorse(C, minute(11), id('p2'), id('e2')),
  endorse(B, minute(12), id('p1r2'), id('e3')),
];

describe('exports', () => {
  it('Markdown of a fixed session matches the checked-in file', async () => {
    const expected = await (await fetch(new URL('./fixtures/expected-export.md', import.meta.url))).text();
    expect(toMarkdown(deriveView(fixedSession, TRUST_ALL), EXPORTED_AT, ENGLISH_EXPORT_LABELS)).to.equal(expected);
  });

  it('Markdown and HTML say how to verify them: they carry no signatures, the JSON export does', () => {
    const view = deriveView(fixedSession, TRUST_ALL);
    expect(toMarkdown(view, EXPORTED_AT, ENGLISH_EXPORT_LABELS)).to.include(`${ENGLISH_EXPORT_LABELS.verifyHint} \`${VERIFY_COMMAND}\`\n`);
    const page = new DOMParser().parseFromString(toHtml(view, EXPORTED_AT, ENGLISH_EXPORT_LABELS), 'text/html');
    expect(page.querySelector('p.verify')!.textContent).to.equal(`${ENGLISH_EXPORT_LABELS.verifyHint} ${VERIFY_COMMAND}`);
    expect(page.querySelector('p.verify code')!.textContent).to.equal(VERIFY_COMMAND);
  });

  const markup: Array<[string, string]> = [
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['- not a list\n+ nor this', '\\- not a list\n\\+ nor this'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['a | b', 'a \\| b'],
  ];
  for (const [text, escaped] of markup) {
    it(`Markdown keeps "${text}" as plain text`, () => expect(escapeMarkdown(text)).to.equal(escaped));
  }

  it('HTML escapes every piece of user text', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const records = [
      session(A, minute(0), hostile),
      join(A, minute(1), `<b>${hostile}</b>`, `'${hostile}'`),
      add(A, minute(2), hostile),
    ];
    const html = toHtml(deriveView(records, TRUST_ALL), EXPORTED_AT, ENGLISH_EXPORT_LABELS);
    expect(html).to.not.include('<img');
    expect(html).to.not.include('<b>');
    expect(html).to.include(escapeHtml(hostile));
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(parsed.querySelectorAll('img, b, script')).to.have.length(0);
    expect(parsed.querySelector('li')!.textContent).to.include(hostile);
    expect(parsed.title).to.equal(hostile);
  });

  it('JSON export, then import, gives an identical derived view', () => {
    const { records } = sortRecords(fixedSession);
    const view = deriveView(records, TRUST_ALL);
    const imported = parseJsonExport(toJsonExport(records, view, EXPORTED_AT));
    expect(imported.ok).to.equal(true);
    if (imported.ok) {
      expect(imported.rejected.total).to.equal(0);
      expect(deriveView(imported.records, TRUST_ALL)).to.deep.equal(view);
    }
  });

  it('JSON export names the session, the date, the venues, the groups and every revision', () => {
    const { records } = sortRecords(fixedSession);
    const data = JSON.parse(toJsonExport(records, deriveView(records, TRUST_ALL), EXPORTED_AT));
    expect(data.title).to.equal('World Social Forum — Convergence');
    expect(data.exportedAt).to.equal('2026-11-27T16:30:00.000Z');
    expect(data.venues).to.deep.equal(['Paris', 'Dakar', 'Ciudad de México']);
    expect(data.groups.map((g: { name: string }) => g.name)).to.deep.equal(['Table 1', 'Table 3', 'Mesa 2']);
    const transport = data.proposals.find((p: { id: string }) => p.id === id('p1'));
    expect(transport.revisions.map((r: { number: number; writtenAt: string }) => [r.number, r.writtenAt])).to.deep.equal([
      [1, '2026-11-27T15:05:00.000Z'],
      [2, '2026-11-27T15:09:00.000Z'],
    ]);
  });

  const badImports: Array<[string, string, string]> = [
    ['not JSON', '{nope', 'not-json'],
    ['some other JSON', '{"hello":1}', 'not-an-export'],
    ['a future export version', '{"format":"collaborative-democracy-workshop/export","version":2,"records":[]}', 'unknown-version'],
    ['an export without records', '{"format":"collaborative-democracy-workshop/export","version":1,"records":[]}', 'no-records'],
  ];
  for (const [name, text, problem] of badImports) {
    it(`refuses to import ${name}`, () => expect(parseJsonExport(text)).to.deep.equal({ ok: false, problem }));
  }

  it('an import validates its records again and counts the bad ones', () => {
    const text = JSON.stringify({ format: 'collaborative-democracy-workshop/export', version: 1, records: [...fixedSession, { v: 1, kind: 'add' }] });
    const imported = parseJsonExport(text);
    expect(imported.ok && imported.records.length).to.equal(fixedSession.length);
    expect(imported.ok && imported.rejected.examples.map((d) => d.reason)).to.deep.equal(['bad-field']);
  });
});

describe('exports with translations', () => {
  const records: WorkshopRecord[] = [
    ...fixedSession,
    { ...translate(A, minute(20), id('p2'), 'fr', "L'eau est un bien commun", id('t1')) },
    { ...translate(A, minute(21), id('p1'), 'es', 'Transporte gratuito', id('t2')) },
    revise(B, minute(22), id('p1'), id('p1r2'), 'Free public transport for all', id('p1r3')),
  ];

  it('Markdown and HTML show each translation under its proposal, outdated ones marked', () => {
    const view = deriveView(records, TRUST_ALL);
    const markdown = toMarkdown(view, EXPORTED_AT, ENGLISH_EXPORT_LABELS);
    expect(markdown).to.include("   *[fr]* L'eau est un bien commun  \n");
    expect(markdown).to.include('   *[es, outdated]* Transporte gratuito  \n');
    const html = new DOMParser().parseFromString(toHtml(view, EXPORTED_AT, ENGLISH_EXPORT_LABELS), 'text/html');
    expect([...html.querySelectorAll('.translation')].map((e) => [e.getAttribute('lang'), e.textContent])).to.deep.equal([
      ['fr', "[fr] L'eau est un bien commun"],
      ['es', '[es, outdated] Transporte gratuito'],
    ]);
  });

  it('HTML gives each proposal and translation its own language and dir="auto", for right-to-left texts', () => {
    const arabic = [...records, { ...add(C, minute(23), 'النقل العام مجاني للجميع', id('p9')), lang: 'ar' } as WorkshopRecord];
    const html = new DOMParser().parseFromString(toHtml(deriveView(arabic, TRUST_ALL), EXPORTED_AT, ENGLISH_EXPORT_LABELS), 'text/html');
    const texts = [...html.querySelectorAll('ol li > span[dir="auto"]:first-child')];
    expect(texts.map((e) => e.textContent)).to.include('النقل العام مجاني للجميع');
    expect(texts.find((e) => e.textContent === 'النقل العام مجاني للجميع')!.getAttribute('lang')).to.equal('ar');
    expect([...html.querySelectorAll('.translation')].every((e) => e.getAttribute('dir') === 'auto')).to.equal(true);
  });

  it('HTML read in a right-to-left language runs right to left, its table aligned to the line start; left to right says nothing', () => {
    const view = deriveView(records, TRUST_ALL);
    const arabicPage = toHtml(view, EXPORTED_AT, ENGLISH_EXPORT_LABELS, 'ar', 'rtl');
    const html = new DOMParser().parseFromString(arabicPage, 'text/html');
    expect([html.documentElement.lang, html.documentElement.dir]).to.deep.equal(['ar', 'rtl']);
    expect(arabicPage).to.contain('text-align:start').and.not.match(/text-align:\s*(left|right)/);
    expect(toHtml(view, EXPORTED_AT, ENGLISH_EXPORT_LABELS, 'fr')).to.contain('<html lang="fr"><head>');
  });

  it('JSON carries every translation with its history, and survives the round trip', () => {
    const { records: sorted } = sortRecords(records);
    const view = deriveView(sorted, TRUST_ALL);
    const text = toJsonExport(sorted, view, EXPORTED_AT);
    const transport = JSON.parse(text).proposals.find((p: { id: string }) => p.id === id('p1'));
    expect(transport.translations).to.deep.equal([
      {
        lang: 'es',
        text: 'Transporte gratuito',
        outdated: true,
        history: [{ id: id('t2'), text: 'Transporte gratuito', author: A, revision: id('p1'), writtenAt: '2026-11-27T15:21:00.000Z' }],
      },
    ]);
    const imported = parseJsonExport(text);
    expect(imported.ok && deriveView(imported.records, TRUST_ALL)).to.deep.equal(view);
  });
});

describe('exports across venues', () => {
  const P = group('paris2');
  const W = group('paris3');
  /** Three groups in Paris, typed three ways, and one in Dakar: the favourite of Paris leads, one proposal spans both. */
  const records: WorkshopRecord[] = [
    session(A, minute(0), 'Two cities', id('session')),
    join(A, minute(1), 'Table 1', 'Paris', id('joinA')),
    join(P, minute(2), 'Table 2', ' PARIS ', id('joinP')),
    join(W, minute(3), 'Table 3', 'Ｐａｒｉｓ', id('joinW')),
    join(B, minute(4), 'Table 4', 'Dakar', id('joinB')),
    add(A, minute(5), 'Paris favourite', id('paris')),
    endorse(P, minute(6), id('paris'), id('e1')),
    endorse(W, minute(7), id('paris'), id('e2')),
    add(B, minute(8), 'Both cities', id('both')),
    endorse(A, minute(9), id('both'), id('e3')),
  ];
  const view = () => deriveView(records, TRUST_ALL);

  it('JSON names the venues backing each proposal and gives the across-venues order beside the workshop order', () => {
    const { records: sorted } = sortRecords(records);
    const data = JSON.parse(toJsonExport(sorted, view(), EXPORTED_AT));
    expect(data.venues).to.deep.equal(['Paris', 'Dakar']);
    expect(data.proposals.map((p: { id: string; rank: number; venues: unknown }) => [p.id, p.rank, p.venues])).to.deep.equal([
      [id('paris'), 1, [{ name: 'Paris', groups: 3 }]],
      [id('both'), 2, [{ name: 'Paris', groups: 1 }, { name: 'Dakar', groups: 1 }]],
    ]);
    expect(data.acrossVenues).to.deep.equal([id('both'), id('paris')]);
  });

  it('Markdown says the comparison rule once, the venues under each proposal, then the second order', () => {
    const markdown = toMarkdown(view(), EXPORTED_AT, ENGLISH_EXPORT_LABELS);
    expect(markdown.split(ENGLISH_EXPORT_LABELS.venueRule)).to.have.length(2);
    expect(markdown).to.include('Venues: Paris, Dakar\n\n*Venues are compared ignoring case, spacing and Unicode form.*\n');
    expect(markdown).to.include('1. Paris favourite  \n   *3 endorsements* — Endorsed by: ● 1 Table 1 (Paris), ■ 2 Table 2 (PARIS), ▲ 3 Table 3 (Ｐａｒｉｓ)  \n   *Backed in 1 of 2 venues: Paris*\n');
    const across = markdown.slice(markdown.indexOf('## Across venues'), markdown.indexOf('## Groups'));
    expect(across).to.include(`\n\n${ENGLISH_EXPORT_LABELS.acrossVenuesIntro}\n\n`);
    expect(across).to.include(
      '| # | Proposals | Venues |\n| --- | --- | --- |\n| 1 | Both cities | Backed in 2 of 2 venues: Paris, Dakar — Workshop rank: 2 |\n| 2 | Paris favourite | Backed in 1 of 2 venues: Paris — Workshop rank: 1 |\n',
    );
    // The file's only numbered list is the workshop's order.
    expect(markdown.split('\n').filter((line) => /^\d+\. /.test(line))).to.deep.equal(['1. Paris favourite  ', '2. Both cities  ']);
    expect(markdown.indexOf('## Proposals')).to.be.below(markdown.indexOf('## Across venues'));
  });

  it('HTML shows the same: venues per proposal, the rule, and the second order after the first', () => {
    const page = new DOMParser().parseFromString(toHtml(view(), EXPORTED_AT, ENGLISH_EXPORT_LABELS), 'text/html');
    const [first, second] = [...page.querySelectorAll('ol')];
    expect(page.querySelector('.rule')!.textContent).to.equal(ENGLISH_EXPORT_LABELS.venueRule);
    expect([...first!.querySelectorAll('.venues')].map((e) => e.textContent)).to.deep.equal(['Backed in 1 of 2 venues: Paris', 'Backed in 2 of 2 venues: Paris, Dakar']);
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal(['Proposals', 'Across venues', 'Groups']);
    expect([...second!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Both citiesBacked in 2 of 2 venues: Paris, Dakar — Workshop rank: 2',
      'Paris favouriteBacked in 1 of 2 venues: Paris — Workshop rank: 1',
    ]);
  });

  it('says nothing of venues with one venue, however its groups typed it', () => {
    const oneCity = records.filter((r) => r.author !== B);
    const markdown = toMarkdown(deriveView(oneCity, TRUST_ALL), EXPORTED_AT, ENGLISH_EXPORT_LABELS);
    expect(markdown).to.include('Venues: Paris\n');
    expect(markdown).to.not.include(ENGLISH_EXPORT_LABELS.venueRule);
    expect(markdown).to.not.include('Backed in');
    expect(markdown).to.not.include(ENGLISH_EXPORT_LABELS.acrossVenues);
    const html = toHtml(deriveView(oneCity, TRUST_ALL), EXPORTED_AT, ENGLISH_EXPORT_LABELS);
    expect(new DOMParser().parseFromString(html, 'text/html').querySelectorAll('ol, .venues, .rule')).to.have.length(1);
  });
});
