import { expect } from 'chai';
import { html } from 'lit';
import { deriveView } from '../../../src/domain/derive.ts';
import '../../../src/ui/publish/print-document.ts';
import type { PrintDocument } from '../../../src/ui/publish/print-document.ts';
import { add, at, group, id, join, session, translate } from '../../support/records.ts';
import { fullView, sampleView } from '../fixtures.ts';
import { mount, settle, useLanguage } from '../helpers.ts';
import { TRUST_ALL } from '../../support/trust.ts';

const EXPORTED_AT = Date.UTC(2026, 10, 27, 16, 30);

async function printed(view = sampleView()): Promise<PrintDocument> {
  const doc = await mount<PrintDocument>(html`<cdw-print-document .view=${view} .exportedAt=${EXPORTED_AT}></cdw-print-document>`);
  await settle(doc);
  return doc;
}

const page = (doc: PrintDocument): HTMLElement => doc.shadowRoot!.querySelector<HTMLElement>('.page')!;
/** The printed words as one line (the text of the page, whitespace collapsed). */
const words = (element: Element): string => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

describe('cdw-print-document', () => {
  it('names the session, the date, the venues and the groups, and lists the proposals in order with counts', async () => {
    const view = sampleView();
    const doc = await printed(view);
    const root = doc.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Our city');
    expect(words(root.querySelector('.meta')!)).to.equal('Exported: 2026-11-27 16:30 UTC Venues: Paris, Dakar, Detroit');
    const items = [...root.querySelectorAll('li')].map((li) => [
      li.querySelector('.rank')!.textContent,
      li.querySelector('.text')!.textContent,
      li.querySelector('.count')!.textContent,
    ]);
    expect(items).to.deep.equal(
      view.proposals.map((p) => [String(p.rank), p.current.text, `${p.endorsements} endorsement${p.endorsements === 1 ? '' : 's'}`]),
    );
    expect(root.querySelector('ol')!.getAttribute('aria-label')).to.equal('Proposals');
    expect(words(root.querySelector('.groups')!)).to.equal('Groups: ● 1 Riverside (Paris), ■ 2 Lighthouse (Dakar), ▲ 3 Orchard (Detroit)');
  });

  it('says where a convergence session’s proposal comes from, in a small line', async () => {
    const F = group('facil');
    const A = group('a');
    const candidate = {
      v: 1, id: id('cand'), author: F, hlc: at(2), kind: 'candidate', text: 'Free transit', translations: [],
      source: { room: 'r'.repeat(22), facilitator: group('src'), title: 'Paris 2026', digest: 'd'.repeat(43), proposal: id('src-p') },
      places: ['Paris', 'Dakar'], rank: 1, count: 2, proof: [],
    };
    const cited = { ...add(A, at(4), 'Free transit', id('p1')), cites: [id('cand')] };
    const doc = await printed(deriveView([session(F, at(1), 'Convergence'), candidate, join(A, at(3), 'Table 1'), cited], TRUST_ALL));
    expect(words(doc.shadowRoot!.querySelector('li .from')!)).to.equal('from Paris · Dakar');
  });

  it('keeps full-size text when the page has room, and scales ten proposals of 1,000 characters down to fit one page', async () => {
    const short = await printed(fullView());
    expect(short.scale).to.equal(1);
    const long = await printed(fullView((n) => `${n} `.padEnd(1000, ' word')));
    const sheet = page(long);
    expect(long.scale).to.be.below(1).and.above(0.3);
    expect(sheet.scrollHeight).to.be.at.most(sheet.clientHeight + 1);
    expect(long.shadowRoot!.querySelectorAll('li')).to.have.length(10);
  });

  it('shows the whole sheet on a narrow screen by scaling the preview, not the measured page', async () => {
    const box = document.createElement('div');
    box.style.width = '300px';
    document.body.append(box);
    try {
      const doc = document.createElement('cdw-print-document');
      doc.view = sampleView();
      box.append(doc);
      await settle(doc);
      expect(doc.getBoundingClientRect().width).to.be.at.most(300);
      expect(doc.shadowRoot!.querySelector('.paper')!.getBoundingClientRect().width).to.be.at.most(301);
    } finally {
      box.remove();
    }
  });

  it('sets A4 page margins for the whole document while it is shown, and takes them away after', async () => {
    const doc = await printed();
    const pageRules = () =>
      document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSPageRule);
    expect(pageRules()).to.have.length(1);
    doc.remove();
    expect(pageRules()).to.have.length(0);
  });

  it('prints the translation into the reader’s language beside the original, and speaks Spanish, French and Portuguese', async () => {
    const A = group('a');
    const view = deriveView([
      session(A, at(1), 'Foro'),
      join(A, at(2), 'Mesa 1', 'Ciudad de México'),
      add(A, at(3), 'Transporte público gratuito', id('p1')),
      translate(A, at(4), id('p1'), 'fr', 'Transports publics gratuits'),
    ], TRUST_ALL);
    await useLanguage('fr');
    const doc = await printed(view);
    expect(words(page(doc))).to.contain('[fr] Transports publics gratuits');
    expect(words(page(doc))).to.contain('Date d’export: 2026-11-27 16:30 UTC').and.contain('Lieux: Ciudad de México');
    expect(doc.shadowRoot!.querySelector('.count')!.textContent).to.equal('1 soutien');
    await useLanguage('es');
    await settle(doc);
    expect(words(page(doc))).to.not.contain('Transports publics');
    expect(doc.shadowRoot!.querySelector('.count')!.textContent).to.equal('1 apoyo');
    await useLanguage('pt');
    await settle(doc);
    expect(words(page(doc))).to.contain('Locais: Ciudad de México').and.contain('Grupos: ● 1 Mesa 1 (Ciudad de México)');
  });
});
