import { expect } from 'chai';
import { html } from 'lit';
import type { LanguageSwitch } from '../../../src/ui/shell/language-switch.ts';
import '../../../src/ui/shell/language-switch.ts';
import { mount, nextEvent, useLanguage } from '../helpers.ts';

describe('cdw-language-switch', () => {
  it('offers every language in its own name, the current one selected', async () => {
    await useLanguage('pt');
    const el = await mount<LanguageSwitch>(html`<cdw-language-switch></cdw-language-switch>`);
    const select = el.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['English', 'Español', 'Français', 'Português', 'العربية']);
    expect(select.value).to.equal('pt');
    expect(select.getAttribute('aria-label')).to.equal('Idioma');
  });

  it('announces a choice as language-change', async () => {
    const el = await mount<LanguageSwitch>(html`<cdw-language-switch></cdw-language-switch>`);
    const select = el.shadowRoot!.querySelector('select')!;
    const heard = nextEvent<{ language: string }>(el, 'language-change');
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    expect((await heard).detail.language).to.equal('fr');
  });
});
