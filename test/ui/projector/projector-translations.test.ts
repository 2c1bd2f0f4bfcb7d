import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/projector/projector-view.ts';
import type { ProjectorView } from '../../../src/ui/projector/projector-view.ts';
import { id } from '../../support/records.ts';
import { mount, settle, textOf, useLanguage } from '../helpers.ts';
import { multilingualView, translatedFullView } from '../translation-fixtures.ts';

describe('cdw-projector-view in the languages a venue chose (issue 8)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  const projector = (shown: string[], view = multilingualView()) =>
    mount<ProjectorView>(html`<cdw-projector-view .view=${view} .shown=${shown}></cdw-projector-view>`);
  const item = (el: ProjectorView, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${id(name)}"]`)!;
  const texts = (li: HTMLElement) => [...li.querySelectorAll('.text')].map(textOf);

  it('shows one language: translations, originals tagged with their language, outdated translations marked', async () => {
    const english = await projector(['en']);
    expect(texts(item(english, 'water'))).to.deep.equal(['Free drinking water in every school']);
    expect(texts(item(english, 'buses'))).to.deep.equal(['Free buses on Sundays']);
    expect(texts(item(english, 'gardens'))).to.deep.equal(['Huertos comunitarios en los parques ES (original in Spanish)']);
    expect(item(english, 'gardens').querySelector('.text')!.getAttribute('lang')).to.equal('es');
    expect(item(english, 'water').querySelector('.text')!.getAttribute('lang')).to.equal('en');

    const french = await projector(['fr']);
    expect(texts(item(french, 'water'))).to.deep.equal(['De l’eau potable dans chaque école outdated']);
    expect(texts(item(french, 'buses'))).to.deep.equal(['Free buses on Sundays EN (original in English)']);
  });

  it('shows two languages side by side, the original once', async () => {
    const el = await projector(['es', 'en']);
    expect(texts(item(el, 'water'))).to.deep.equal(['Agua potable y gratuita en cada escuela', 'Free drinking water in every school']);
    expect(texts(item(el, 'buses'))).to.deep.equal(['Autobuses gratis los domingos', 'Free buses on Sundays']);
    expect(texts(item(el, 'gardens'))).to.deep.equal(['Huertos comunitarios en los parques', 'not translated yet']);
    const columns = [...item(el, 'water').querySelectorAll('.texts > .text')].map((p) => p.getBoundingClientRect());
    expect(columns).to.have.length(2);
    expect(columns[1]!.left, 'the second column stands to the right of the first').to.be.greaterThan(columns[0]!.right);
  });

  it('offers the choice in its side panel when its owner chose languages', async () => {
    const el = await projector(['es', 'en']);
    const control = el.shadowRoot!.querySelector('aside cdw-projector-languages')!;
    expect((control as HTMLElementTagNameMap['cdw-projector-languages']).shown).to.deep.equal(['es', 'en']);
    // An owner that picks no language (the replay) shows the proposals as written, and no choice that would do nothing.
    const asWritten = await projector([]);
    expect(asWritten.shadowRoot!.querySelector('cdw-projector-languages')).to.equal(null);
    expect(texts(item(asWritten, 'gardens'))).to.deep.equal(['Huertos comunitarios en los parques']);
  });

  it('keeps ten proposals of 1,000 characters in two languages on one 1920×1080 screen', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const el = await projector(['es', 'en'], translatedFullView(1000));
    await settle(el);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items).to.have.length(10);
    for (const li of items) {
      expect(li.getBoundingClientRect().bottom).to.be.at.most(1080);
      expect(li.querySelectorAll('.texts > .text')).to.have.length(2);
    }
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
    expect(parseFloat(getComputedStyle(items[0]!).fontSize), 'the text scaled down, yet stays legible').to.be.within(6, 20);
  });

  it('keeps a long unbroken word inside its column', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const el = await projector(['es', 'en'], translatedFullView(200));
    const long = { ...el.view };
    const [first, ...rest] = long.proposals;
    const word = 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(4);
    long.proposals = [{ ...first!, current: { ...first!.current, text: word } }, ...rest];
    el.view = long;
    await settle(el);
    const [left, right] = [...el.shadowRoot!.querySelectorAll('li')[0]!.querySelectorAll('.texts > .text')];
    expect(left!.scrollWidth).to.be.at.most(left!.clientWidth + 1);
    expect(left!.getBoundingClientRect().right).to.be.at.most(right!.getBoundingClientRect().left);
  });

  it('speaks Spanish in its marks', async () => {
    await useLanguage('es');
    const el = await projector(['fr']);
    expect(texts(item(el, 'water'))).to.deep.equal(['De l’eau potable dans chaque école desactualizada']);
    expect(texts(item(el, 'gardens'))).to.deep.equal(['Huertos comunitarios en los parques ES (original en español)']);
  });
});
