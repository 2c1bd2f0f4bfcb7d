import { expect } from 'chai';
import { html } from 'lit';
import { deriveView } from '../../../src/domain/derive.ts';
import '../../../src/ui/scribe/translation-needs.ts';
import type { TranslationNeeds } from '../../../src/ui/scribe/translation-needs.ts';
import { at, id, translate } from '../../support/records.ts';
import { C } from '../fixtures.ts';
import { button, deep, deepAll, mount, settle, textOf, type, useLanguage } from '../helpers.ts';
import { multilingualRecords, multilingualView } from '../translation-fixtures.ts';
import { TRUST_ALL } from '../../support/trust.ts';

describe('cdw-translation-needs', () => {
  const needs = (view = multilingualView()) =>
    mount<TranslationNeeds>(html`<cdw-translation-needs .view=${view} backHref="#/s/abcdefghijklmnopqrstuv"></cdw-translation-needs>`);
  const section = (el: TranslationNeeds, lang: string) => el.shadowRoot!.querySelector(`section[data-lang="${lang}"]`)!;
  const originals = (el: TranslationNeeds, lang: string) =>
    [...section(el, lang).querySelectorAll('.original')].map((p) => textOf(p));

  it('lists, per working language with the reader’s first, what lacks a translation or has an outdated one', async () => {
    const el = await needs();
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H1');
    expect(deepAll(el, 'h2').map(textOf)).to.deep.equal([
      'English 1 to translate',
      'Spanish 0 to translate',
      'French 3 to translate',
      'Portuguese 3 to translate',
    ]);
    expect(originals(el, 'en')).to.deep.equal(['Huertos comunitarios en los parques ES (original in Spanish)']);
    expect(textOf(section(el, 'es'))).to.contain('Nothing to translate into this language.');
    const french = [...section(el, 'fr').querySelectorAll('li')].map((li) => textOf(li.querySelector('.reason')!));
    expect(french).to.deep.equal(['⚠ Outdated — the proposal changed since', 'Not translated yet', 'Not translated yet']);
    expect(deep(el, 'a')!.getAttribute('href')).to.equal('#/s/abcdefghijklmnopqrstuv');
  });

  it('opens the form in place with one click, fixed to that language and prefilled with the outdated translation', async () => {
    const el = await needs();
    const action = button(section(el, 'fr') as HTMLElement, 'Translate into French')!;
    expect(action.getAttribute('aria-label')).to.equal('Translate into French: Agua potable y gratuita en cada escuela');
    action.click();
    await settle(el);
    const form = deep(section(el, 'fr') as HTMLElement, 'cdw-translate-form')!;
    expect(form.shadowRoot!.querySelector('select')).to.equal(null);
    expect(deep<HTMLTextAreaElement>(form, 'textarea')!.value).to.equal('De l’eau potable dans chaque école');
    const saved: unknown[] = [];
    el.addEventListener('save-translation', (e) => saved.push({ ...e.detail }));
    type(deep<HTMLTextAreaElement>(form, 'textarea')!, 'De l’eau potable et gratuite dans chaque école');
    button(form, 'Save translation')!.click();
    await settle(el);
    expect(saved).to.deep.equal([{ revision: id('water2'), lang: 'fr', text: 'De l’eau potable et gratuite dans chaque école' }]);
    expect(deep(el, 'cdw-translate-form')).to.equal(null);
    // The saved item is about to leave the list: focus moves on to the next one needing French.
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Translate into French: Free buses on Sundays');
  });

  it('keeps an open form while another group translates the same item, and says so', async () => {
    const el = await needs();
    button(section(el, 'en') as HTMLElement, 'Translate into English')!.click();
    await settle(el);
    el.view = deriveView([...multilingualRecords(), translate(C, at(30), id('gardens'), 'en', 'Community gardens in the parks')], TRUST_ALL);
    await settle(el);
    expect(deep(section(el, 'en') as HTMLElement, 'cdw-translate-form') !== null).to.equal(true);
    expect(textOf(section(el, 'en').querySelector('.reason')!)).to.equal(
      'Another group translated it in the meantime: compare before saving.',
    );
    expect(textOf(section(el, 'en').querySelector('h2')!)).to.equal('English 0 to translate');
  });

  it('speaks French, the reader’s language first', async () => {
    await useLanguage('fr');
    const el = await needs();
    expect(textOf(deep(el, 'h1')!)).to.equal('À traduire');
    expect(textOf(deepAll(el, 'h2')[0]!)).to.equal('Français 3 à traduire');
    expect(button(el, 'Traduire en français')!.getAttribute('aria-label')).to.match(/^Traduire en français: /);
  });
});
