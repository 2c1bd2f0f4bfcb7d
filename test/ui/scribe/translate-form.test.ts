import { expect } from 'chai';
import { html } from 'lit';
import { deriveView } from '../../../src/domain/derive.ts';
import '../../../src/ui/scribe/translate-form.ts';
import type { TranslateForm } from '../../../src/ui/scribe/translate-form.ts';
import { at, id, revise } from '../../support/records.ts';
import { button, deep, mount, textOf, type, useLanguage } from '../helpers.ts';
import { A } from '../fixtures.ts';
import { multilingualRecords, multilingualView, proposalOf } from '../translation-fixtures.ts';
import { TRUST_ALL } from '../../support/trust.ts';

describe('cdw-translate-form', () => {
  const view = multilingualView();
  const water = proposalOf(view, 'water');
  const form = (target: string, languages = ['en', 'fr', 'pt'], proposal = water) =>
    mount<TranslateForm>(
      html`<cdw-translate-form .proposal=${proposal} .languages=${languages} .target=${target}></cdw-translate-form>`,
    );
  const field = (el: TranslateForm) => deep<HTMLTextAreaElement>(el, 'textarea')!;
  const label = (el: TranslateForm) => textOf(el.shadowRoot!.querySelector('label[for="translation"]')!);

  it('offers the languages with their state, and prefills the field with the translation shown now', async () => {
    const el = await form('en');
    expect(textOf(el.shadowRoot!.querySelector('label[for="lang"]')!)).to.equal('Translate into');
    const options = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['English — up to date', 'Français — outdated', 'Português — not translated yet']);
    expect(label(el)).to.equal('Translation (English)');
    expect(field(el).value).to.equal('Free drinking water in every school');
    expect(field(el).getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.activeElement === field(el), 'focus is in the text field').to.equal(true);

    const select = deep<HTMLSelectElement>(el, 'select')!;
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(label(el)).to.equal('Translation (French)');
    expect(field(el).value).to.equal('De l’eau potable dans chaque école');
    expect(textOf(deep(el, '#status')!)).to.equal('⚠ outdated — the proposal changed since');
  });

  it('keeps each language’s draft while the translator switches between them', async () => {
    const el = await form('pt');
    type(field(el), 'Água potável');
    const select = deep<HTMLSelectElement>(el, 'select')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    select.value = 'pt';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(field(el).value).to.equal('Água potável');
  });

  it('announces save-translation for the current version, then asks to be closed', async () => {
    const el = await form('fr');
    const heard: unknown[] = [];
    el.addEventListener('save-translation', (e) => heard.push({ ...e.detail }));
    el.addEventListener('close-translation', (e) => heard.push(e.detail));
    type(field(el), 'De l’eau potable et gratuite dans chaque école');
    button(el, 'Save translation')!.click();
    expect(heard).to.deep.equal([
      { revision: water.current.id, lang: 'fr', text: 'De l’eau potable et gratuite dans chaque école' },
      { saved: true },
    ]);
  });

  it('says why when the text is empty, or when the owner refuses, and keeps the text', async () => {
    const el = await form('pt');
    let saves = 0;
    el.addEventListener('save-translation', (e) => {
      saves++;
      e.preventDefault();
      e.detail.problem = 'not-current';
    });
    button(el, 'Save translation')!.click();
    await el.updateComplete;
    expect(saves).to.equal(0);
    expect(textOf(deep(el, '#translation-problem')!)).to.equal('Write something first.');
    type(field(el), 'Água potável');
    button(el, 'Save translation')!.click();
    await el.updateComplete;
    expect(saves).to.equal(1);
    expect(textOf(deep(el, '#translation-problem')!)).to.equal('That version was replaced in the meantime: look at the current one.');
    expect(field(el).value).to.equal('Água potável');
  });

  it('when the proposal changes meanwhile, the first Save shows the change and only the next one saves', async () => {
    const el = await form('pt');
    type(field(el), 'Água potável e gratuita');
    const edited = deriveView([...multilingualRecords(), revise(A, at(20), id('water'), id('water2'), 'Agua potable, gratuita y fresca', id('water3'))], TRUST_ALL);
    el.proposal = proposalOf(edited, 'water');
    await el.updateComplete;
    expect(textOf(deep(el, '#changed')!)).to.match(/^The proposal changed while you were translating/);
    const saved: string[] = [];
    el.addEventListener('save-translation', (e) => saved.push(e.detail.revision));
    button(el, 'Save translation')!.click();
    await el.updateComplete;
    expect(saved).to.deep.equal([]);
    expect(deep(el, '#changed') !== null).to.equal(true);
    button(el, 'Save translation')!.click();
    expect(saved).to.deep.equal([id('water3')]);
  });

  it('closes without writing when an up-to-date translation is saved unchanged, or on Cancel and Escape', async () => {
    const el = await form('en');
    const heard: unknown[] = [];
    el.addEventListener('save-translation', () => heard.push('save'));
    el.addEventListener('close-translation', (e) => heard.push(e.detail));
    button(el, 'Save translation')!.click();
    button(el, 'Cancel')!.click();
    field(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(heard).to.deep.equal([{ saved: false }, { saved: false }, { saved: false }]);
  });

  it('offers no choice when it translates into one language, and speaks Portuguese', async () => {
    await useLanguage('pt');
    const el = await form('en', ['en']);
    expect(deep(el, 'select')).to.equal(null);
    expect(label(el)).to.equal('Tradução (inglês)');
    expect(button(el, 'Salvar tradução') !== null).to.equal(true);
  });
});
