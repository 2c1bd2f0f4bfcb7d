import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/scribe/proposal-translations.ts';
import type { ProposalTranslations } from '../../../src/ui/scribe/proposal-translations.ts';
import { button, deep, deepAll, mount, settle, textOf, until, useLanguage } from '../helpers.ts';
import { multilingualView, proposalOf } from '../translation-fixtures.ts';

describe('cdw-proposal-translations', () => {
  const view = multilingualView();
  const mountFor = (name: string, canTranslate = true) =>
    mount<ProposalTranslations>(
      html`<cdw-proposal-translations
        .proposal=${proposalOf(view, name)}
        .languages=${view.languages}
        ?canTranslate=${canTranslate}
      ></cdw-proposal-translations>`,
    );

  it('lists the translations, each in its language, the outdated one marked', async () => {
    const el = await mountFor('water');
    expect(textOf(deep(el, 'summary')!)).to.equal('2 translations · 1 outdated');
    const items = deepAll(el, 'li').map(textOf);
    expect(items).to.deep.equal([
      'English Free drinking water in every school',
      'French ⚠ outdated — the proposal changed since De l’eau potable dans chaque école',
    ]);
    expect(deepAll(el, '.translation').map((p) => p.getAttribute('lang'))).to.deep.equal(['en', 'fr']);
  });

  it('opens the translation form from "Translate: <text>", into the reader’s language, and closes it again', async () => {
    const el = await mountFor('gardens');
    expect(deep(el, 'details')).to.equal(null);
    const translate = button(el, 'Translate')!;
    expect(translate.getAttribute('aria-label')).to.equal('Translate: Huertos comunitarios en los parques');
    translate.click();
    await until(() => !!deep(el, 'cdw-translate-form'), 'the translate form');
    await settle(el);
    const form = deep(el, 'cdw-translate-form')!;
    expect(textOf(form.shadowRoot!.querySelector('label[for="translation"]')!)).to.equal('Translation (English)');
    expect([...form.shadowRoot!.querySelectorAll('option')].map((o) => o.value)).to.deep.equal(['en', 'fr', 'pt']);
    expect(button(el, 'Translate') === null, 'the button gives way to the form').to.equal(true);
    button(form, 'Cancel')!.click();
    await settle(el);
    expect(deep(el, 'cdw-translate-form')).to.equal(null);
    expect(el.shadowRoot!.activeElement === button(el, 'Translate'), 'focus is back on "Translate"').to.equal(true);
  });

  it('offers nothing to write on a read-only page', async () => {
    const el = await mountFor('water', false);
    expect(button(el, 'Translate')).to.equal(null);
    expect(deep(el, 'details') !== null).to.equal(true);
  });

  it('speaks Spanish', async () => {
    await useLanguage('es');
    const el = await mountFor('water');
    expect(textOf(deep(el, 'summary')!)).to.equal('2 traducciones · 1 desactualizada');
    expect(button(el, 'Traducir')!.getAttribute('aria-label')).to.match(/^Traducir: Agua potable/);
    expect(deepAll(el, '.lang').map(textOf)).to.deep.equal(['Inglés', 'Francés']);
  });
});
