import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/scribe/add-proposal.ts';
import type { AddProposal } from '../../../src/ui/scribe/add-proposal.ts';
import { button, deep, mount, textOf, type, useLanguage } from '../helpers.ts';

describe('cdw-add-proposal', () => {
  const field = (el: AddProposal) => el.shadowRoot!.querySelector('textarea')!;

  it('labels the field "New proposal" and counts characters live, as the document counts them', async () => {
    const el = await mount<AddProposal>(html`<cdw-add-proposal></cdw-add-proposal>`);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('New proposal');
    type(field(el), '  Café 🌳  ');
    await el.updateComplete;
    expect(textOf(deep(el, '#count')!)).to.equal('6 / 1,000 characters');
    type(field(el), 'x'.repeat(1003));
    await el.updateComplete;
    expect(textOf(deep(el, '#count')!)).to.equal('1,003 / 1,000 characters — 3 characters too many');
  });

  it('announces add-proposal and clears the field once accepted', async () => {
    const el = await mount<AddProposal>(html`<cdw-add-proposal></cdw-add-proposal>`);
    const added: string[] = [];
    el.addEventListener('add-proposal', (e) => added.push(e.detail.text));
    type(field(el), 'Plant trees');
    button(el, 'Add proposal')!.click();
    await el.updateComplete;
    expect(added).to.deep.equal(['Plant trees']);
    expect(field(el).value).to.equal('');
  });

  it('keeps the text and shows why when the owner refuses', async () => {
    const el = await mount<AddProposal>(html`<cdw-add-proposal></cdw-add-proposal>`);
    el.addEventListener('add-proposal', (e) => {
      e.detail.problem = 'document-full';
      e.preventDefault();
    });
    type(field(el), 'Plant trees');
    button(el, 'Add proposal')!.click();
    await el.updateComplete;
    expect(field(el).value).to.equal('Plant trees');
    expect(textOf(deep(el, '#problem')!)).to.contain('10 proposals');
    type(field(el), 'Plant trees!');
    await el.updateComplete;
    expect(textOf(deep(el, '#problem')!)).to.equal('');
  });

  it('is closed, with its reason shown before typing, when ten proposals exist (R7)', async () => {
    const el = await mount<AddProposal>(html`<cdw-add-proposal .proposalCount=${10}></cdw-add-proposal>`);
    expect(field(el).disabled).to.equal(true);
    expect(button(el, 'Add proposal')!.disabled).to.equal(true);
    const reason = deep(el, '#full')!;
    expect(textOf(reason)).to.match(/10 proposals.*editing an existing proposal/);
    expect(field(el).getAttribute('aria-describedby')).to.contain('full');
  });

  it('records the language it is written in: the page’s by default, or the one the scribe picks', async () => {
    const el = await mount<AddProposal>(html`<cdw-add-proposal .languages=${['es', 'en', 'fr', 'pt']}></cdw-add-proposal>`);
    const select = deep<HTMLSelectElement>(el, 'select#lang')!;
    expect(textOf(el.shadowRoot!.querySelector('label[for="lang"]')!)).to.equal('Written in');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Español', 'English', 'Français', 'Português']);
    expect(select.value).to.equal('en');
    const added: unknown[] = [];
    el.addEventListener('add-proposal', (e) => added.push(e.detail));
    type(field(el), 'Plant trees');
    button(el, 'Add proposal')!.click();
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    type(field(el), 'Plantar árboles');
    button(el, 'Add proposal')!.click();
    await el.updateComplete;
    type(field(el), 'Más sombra');
    button(el, 'Add proposal')!.click();
    expect(added).to.deep.equal([
      { text: 'Plant trees', lang: 'en' },
      { text: 'Plantar árboles', lang: 'es' },
      { text: 'Más sombra', lang: 'es' },
    ]);
  });

  it('defaults to the page’s language in Spanish too, and offers it even outside the working languages', async () => {
    await useLanguage('es');
    const el = await mount<AddProposal>(html`<cdw-add-proposal .languages=${['en', 'fr']}></cdw-add-proposal>`);
    const select = deep<HTMLSelectElement>(el, 'select#lang')!;
    expect(textOf(el.shadowRoot!.querySelector('label[for="lang"]')!)).to.equal('Escrita en');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['en', 'fr', 'es']);
    expect(select.value).to.equal('es');
  });

  it('adds with Ctrl+Enter', async () => {
    const el = await mount<AddProposal>(html`<cdw-add-proposal></cdw-add-proposal>`);
    const added: string[] = [];
    el.addEventListener('add-proposal', (e) => added.push(e.detail.text));
    type(field(el), 'Quick');
    field(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(added).to.deep.equal(['Quick']);
  });
});
