import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { ar } from '../../../src/i18n/ar.ts';
import { pt } from '../../../src/i18n/pt.ts';
import '../../../src/ui/scribe/add-proposal.ts';
import '../../../src/ui/projector/projector-view.ts';
import '../../../src/ui/scribe/proposal-translations.ts';
import '../../../src/ui/scribe/translate-form.ts';
import '../../../src/ui/shared/translation-history.ts';
import '../../../src/ui/scribe/translation-needs.ts';
import { seriousViolations } from '../axe.ts';
import { button, mount, settle, until, useLanguage } from '../helpers.ts';
import { multilingualView, proposalOf } from '../translation-fixtures.ts';

describe('accessibility of the translation views (axe-core)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));
  const view = multilingualView();

  it('a proposal’s translations with the form open, at phone width, in Spanish', async () => {
    await setViewport({ width: 360, height: 800 });
    await useLanguage('es');
    const el = await mount(
      html`<cdw-proposal-translations .proposal=${proposalOf(view, 'water')} .languages=${view.languages} canTranslate></cdw-proposal-translations>`,
    );
    el.shadowRoot!.querySelector('details')!.open = true;
    button(el, 'Traducir')!.click();
    // The form's module loads on first use: wait for the form, not for a guess at how long that takes.
    await until(() => el.shadowRoot!.querySelector('cdw-translate-form') !== null, 'the translation form');
    await settle(el);
    expect(el.shadowRoot!.querySelector('cdw-translate-form')).to.not.equal(null);
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  it('the needs list, with one form open', async () => {
    const el = await mount(html`<cdw-translation-needs .view=${view} backHref="#/"></cdw-translation-needs>`);
    button(el, 'Translate into French')!.click();
    await settle(el);
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  it('the translation history, in French', async () => {
    await useLanguage('fr');
    const el = await mount(html`<cdw-translation-history .proposal=${proposalOf(view, 'water')} .groups=${view.groups}></cdw-translation-history>`);
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  it('the add form with its language', async () => {
    const el = await mount(html`<cdw-add-proposal .languages=${view.languages}></cdw-add-proposal>`);
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  it('the projector in two languages at 1920×1080, and on a phone', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const el = await mount(html`<cdw-projector-view .view=${view} .shown=${['fr', 'en']}></cdw-projector-view>`);
    expect(await seriousViolations(el)).to.deep.equal([]);
    await setViewport({ width: 360, height: 800 });
    await settle(el);
    expect(await seriousViolations(el)).to.deep.equal([]);
  });
});

describe('names of the translation controls', () => {
  it('begin with "Translate" in English (DESIGN.md §6 style), and are translated in the other languages', () => {
    expect([en.translations.translate, en.translations.translateInto, en.translations.translateIntoLanguage('English')]).to.deep.equal([
      'Translate',
      'Translate into',
      'Translate into English',
    ]);
    expect(en.translations.field('English')).to.equal('Translation (English)');
    expect(en.translations.outdated).to.equal('outdated — the proposal changed since');
    for (const messages of [es, fr, pt, ar]) {
      expect(messages.translations.translate).to.not.equal(en.translations.translate);
      expect(messages.translations.save).to.not.equal(en.translations.save);
      expect(messages.translations.outdated).to.not.equal(en.translations.outdated);
    }
  });
});
