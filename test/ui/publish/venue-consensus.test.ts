import { expect } from 'chai';
import { html } from 'lit';
import { deriveView } from '../../../src/domain/derive.ts';
import type { WorkshopRecord } from '../../../src/domain/records.ts';
import type { WorkshopView } from '../../../src/domain/view.ts';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { ar } from '../../../src/i18n/ar.ts';
import { pt } from '../../../src/i18n/pt.ts';
import '../../../src/ui/publish/publish-page.ts';
import type { PublishPage } from '../../../src/ui/publish/publish-page.ts';
import '../../../src/ui/publish/venue-consensus.ts';
import type { VenueConsensus } from '../../../src/ui/publish/venue-consensus.ts';
import { add, at, endorse, group, id, join, session } from '../../support/records.ts';
import { TRUST_ALL } from '../../support/trust.ts';
import { seriousViolations } from '../axe.ts';
import { deep, mount, textOf, useLanguage } from '../helpers.ts';

const [F, A, B, C, D] = ['f', 'a', 'b', 'c', 'd'].map(group) as [string, string, string, string, string];

/** Paris (typed three ways) favours its own proposal; one proposal has Paris and الرباط behind it, with fewer groups. */
function twoCities(rabat = 'الرباط'): WorkshopRecord[] {
  return [
    session(F, at(1), 'Two cities'),
    join(A, at(2), 'Table 1', 'Paris'),
    join(B, at(3), 'Table 2', ' PARIS '),
    join(C, at(4), 'Table 3', 'Ｐａｒｉｓ'),
    join(D, at(5), 'Table 4', rabat),
    add(A, at(10), 'Paris favourite', id('paris')),
    endorse(B, at(11), id('paris')),
    endorse(C, at(12), id('paris')),
    add(D, at(13), 'Shade on every square', id('both')),
    endorse(A, at(14), id('both')),
    add(D, at(15), 'عيادات متنقلة', id('rabat')),
  ];
}
const view = (records = twoCities()): WorkshopView => deriveView(records, TRUST_ALL);

/** The text as it reads, spaces collapsed: textOf would put spaces between neighbouring text nodes. */
const plain = (element: Element): string => element.textContent!.replace(/\s+/g, ' ').trim();
const mountConsensus = (v: WorkshopView) => mount<VenueConsensus>(html`<cdw-venue-consensus .view=${v}></cdw-venue-consensus>`);
const listOf = (element: VenueConsensus, order: 'workshop' | 'across') =>
  [...element.shadowRoot!.querySelectorAll(`.${order} li`)].map((li) => [
    li.querySelector('.rank')!.textContent,
    li.querySelector('.text')!.textContent,
    plain(li.querySelector('.venues')!),
  ]);

describe('cdw-venue-consensus', () => {
  it('shows nothing with one venue, however its groups typed it', async () => {
    const element = await mountConsensus(view(twoCities('paris')));
    expect(element.shadowRoot!.children).to.have.length(0);
  });

  it('puts the across-venues order beside the workshop order, each proposal with the venues backing it, the rule said once', async () => {
    const element = await mountConsensus(view());
    const root = element.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Consensus across venues');
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Workshop order', 'Across venues']);
    expect(textOf(root).split(en.exportLabels.venueRule)).to.have.length(2);
    expect(listOf(element, 'workshop')).to.deep.equal([
      ['1', 'Paris favourite', 'Backed in 1 of 2 venues: Paris'],
      ['2', 'Shade on every square', 'Backed in 2 of 2 venues: Paris · الرباط'],
      ['3', 'عيادات متنقلة', 'Backed in 1 of 2 venues: الرباط'],
    ]);
    expect(listOf(element, 'across')).to.deep.equal([
      ['1', 'Shade on every square', 'Backed in 2 of 2 venues: Paris · الرباط · Workshop rank: 2'],
      ['2', 'Paris favourite', 'Backed in 1 of 2 venues: Paris · Workshop rank: 1'],
      ['3', 'عيادات متنقلة', 'Backed in 1 of 2 venues: الرباط · Workshop rank: 3'],
    ]);
    // Workshop order first, in the document and on screen.
    const [workshop, across] = [...root.querySelectorAll('.order')];
    expect(workshop!.compareDocumentPosition(across!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('isolates each venue name and lets each proposal set its own direction', async () => {
    const element = await mountConsensus(view());
    const root = element.shadowRoot!;
    expect([...root.querySelectorAll('.workshop li:nth-child(2) bdi')].map((b) => b.textContent)).to.deep.equal(['Paris', 'الرباط']);
    for (const text of root.querySelectorAll('.text')) expect(text.getAttribute('dir')).to.equal('auto');
  });

  it('has no serious accessibility violation, in each language and with right-to-left text', async () => {
    for (const [language, messages] of Object.entries({ en, es, fr, pt, ar }) as Array<['en' | 'es' | 'fr' | 'pt' | 'ar', typeof en]>) {
      await useLanguage(language);
      const element = await mountConsensus(view());
      expect(element.shadowRoot!.querySelector('h2')!.textContent, language).to.equal(messages.venues.heading);
      expect(textOf(element.shadowRoot!), language).to.contain(messages.exportLabels.backedIn(2, 2));
      expect(await seriousViolations(element), language).to.deep.equal([]);
    }
  });
});

describe('the publish page across venues', () => {
  it('shows the consensus across venues on screen; the printed page stays the one-page document', async () => {
    const page = await mount<PublishPage>(html`<cdw-publish-page .view=${view()} roomId="abcdefghijklmnopqrstuv"></cdw-publish-page>`);
    expect(page.shadowRoot!.querySelector('.screen-only cdw-venue-consensus')).to.not.equal(null);
    const consensus = deep<VenueConsensus>(page, 'cdw-venue-consensus')!;
    expect(consensus.shadowRoot!.querySelectorAll('li')).to.have.length(6);
    expect(deep(page, 'cdw-print-document')!.shadowRoot!.querySelector('.venues')).to.equal(null);
  });
});
