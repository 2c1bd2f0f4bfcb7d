import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import { deriveView } from '../../../src/domain/derive.ts';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { ar } from '../../../src/i18n/ar.ts';
import { pt } from '../../../src/i18n/pt.ts';
import { readShowVenues, withShowVenues } from '../../../src/domain/shown-languages.ts';
import '../../../src/ui/projector/projector-view.ts';
import type { ProjectorView } from '../../../src/ui/projector/projector-view.ts';
import { add, at, endorse, id, join, session } from '../../support/records.ts';
import { TRUST_ALL } from '../../support/trust.ts';
import { seriousViolations } from '../axe.ts';
import { A, B, C, sampleView } from '../fixtures.ts';
import { button, mount as mountElement, nextEvent, settle, useLanguage } from '../helpers.ts';

/** Mounted, with the venue option's part loaded (it loads only for groups naming venues). */
async function mount<E extends ProjectorView>(template: ReturnType<typeof html>): Promise<E> {
  const el = await mountElement<E>(template);
  await el.venuePartLoaded;
  await settle(el);
  return el;
}

const toggle = (el: ProjectorView) => el.shadowRoot!.querySelector<HTMLButtonElement>('.venues-toggle');
const venueLines = (el: ProjectorView) =>
  [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.querySelector('.venues')?.textContent!.replace(/\s+/g, ' ').trim() ?? null);

describe('the projector’s venue option', () => {
  it('is not fetched for a session whose groups name fewer than two venues', async () => {
    const el = await mountElement<ProjectorView>(html`<cdw-projector-view .view=${deriveView([join(A, at(1), 'Table 1', 'Paris'), join(B, at(2), 'Table 2')], TRUST_ALL)}></cdw-projector-view>`);
    await settle(el);
    expect(el.venuePartLoaded).to.equal(null);
    expect(toggle(el)).to.equal(null);
  });

  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is off by default: a toggle in the side panel, no venues under the proposals', async () => {
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${sampleView()}></cdw-projector-view>`);
    expect(toggle(el)!.textContent).to.equal('Show venues');
    expect(toggle(el)!.getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.querySelector('aside .controls .venues-toggle')).to.not.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.venues')).to.have.length(0);
  });

  it('asks its owner to turn it on or off', async () => {
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${sampleView()}></cdw-projector-view>`);
    const on = nextEvent<{ shown: boolean }>(el, 'show-venues-change');
    toggle(el)!.click();
    expect((await on).detail).to.deep.equal({ shown: true });
    el.showVenues = true;
    await settle(el);
    expect(toggle(el)!.getAttribute('aria-pressed')).to.equal('true');
    const off = nextEvent<{ shown: boolean }>(el, 'show-venues-change');
    toggle(el)!.click();
    expect((await off).detail).to.deep.equal({ shown: false });
  });

  it('when on, shows under each proposal the venues backing it, small, in the order their first group joined', async () => {
    const view = sampleView();
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${view} showVenues></cdw-projector-view>`);
    const expected = view.proposals.map((p) => {
      const names = p.current.endorsers.map((g) => view.groups.find((group) => group.id === g)!).sort((a, b) => a.number - b.number).map((g) => g.venue);
      return `Venues backing it: ${names.length ? names.join(' · ') : 'No venue backs it yet'}`;
    });
    expect(venueLines(el)).to.deep.equal(expected);
    expect(expected[0]).to.equal('Venues backing it: Paris · Dakar');
    const line = el.shadowRoot!.querySelector<HTMLElement>('li .venues')!;
    const text = el.shadowRoot!.querySelector<HTMLElement>('li .text')!;
    expect(parseFloat(getComputedStyle(line).fontSize)).to.be.below(parseFloat(getComputedStyle(text).fontSize));
  });

  it('is not offered with one venue, nor in the replay', async () => {
    const oneVenue = deriveView(
      [session(A, at(1), 'One city'), join(A, at(2), 'Table 1', 'Paris'), join(B, at(3), 'Table 2', 'PARIS'), add(A, at(4), 'Free buses', id('buses'))],
      TRUST_ALL,
    );
    const single = await mount<ProjectorView>(html`<cdw-projector-view .view=${oneVenue} showVenues></cdw-projector-view>`);
    expect(toggle(single)).to.equal(null);
    expect(single.shadowRoot!.querySelectorAll('.venues')).to.have.length(0);
    const replay = await mountElement<ProjectorView>(html`<cdw-projector-view .view=${sampleView()} replay></cdw-projector-view>`);
    await settle(replay);
    expect(toggle(replay)).to.equal(null);
    expect(replay.venuePartLoaded, 'the replay never fetches it').to.equal(null);
  });

  it('keeps all proposals on a 1920×1080 screen with venues shown', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const records = [session(A, at(1), 'Ten'), join(A, at(2), 'Table 1', 'Paris'), join(B, at(3), 'Table 2', 'Dakar'), join(C, at(4), 'Table 3', 'الرباط')];
    for (let n = 1; n <= 10; n++) records.push(add(A, at(10 + n), `${n} `.padEnd(400, ' word'), id(`p${n}`)), endorse(B, at(30 + n), id(`p${n}`)), endorse(C, at(50 + n), id(`p${n}`)));
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${deriveView(records, TRUST_ALL)} showVenues></cdw-projector-view>`);
    await settle(el);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(items).to.have.length(10);
    for (const item of items) expect(item.getBoundingClientRect().bottom).to.be.at.most(1080);
    expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
    expect(venueLines(el)[9]).to.equal('Venues backing it: Paris · Dakar · الرباط');
  });

  it('has no serious accessibility violation when on, in each language', async () => {
    for (const [language, messages] of Object.entries({ en, es, fr, pt, ar }) as Array<['en' | 'es' | 'fr' | 'pt' | 'ar', typeof en]>) {
      await useLanguage(language);
      const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${sampleView()} showVenues></cdw-projector-view>`);
      expect(button(el, messages.venues.show), language).to.not.equal(null);
      expect(venueLines(el)[0], language).to.equal(`${messages.venues.backedBy}: Paris · Dakar`);
      expect(await seriousViolations(el), language).to.deep.equal([]);
    }
  });
});

describe('the venue option in the projector’s address', () => {
  it('reads ?venues=1 and nothing else as on', () => {
    expect(readShowVenues('?venues=1')).to.equal(true);
    expect(readShowVenues('?show=es&venues=1')).to.equal(true);
    expect(readShowVenues('')).to.equal(false);
    expect(readShowVenues('?venues=0')).to.equal(false);
  });

  it('sets or drops it, keeping the other parameters and the hash', () => {
    const on = withShowVenues('https://w.example/?show=es,en#/v/room', true);
    expect(on).to.equal('https://w.example/?show=es,en&venues=1#/v/room');
    expect(withShowVenues('https://w.example/?lang=fr&venues=1#/v/room', false)).to.equal('https://w.example/?lang=fr#/v/room');
  });
});
