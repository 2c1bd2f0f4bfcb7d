import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/projector/projector-languages.ts';
import type { ProjectorLanguages } from '../../../src/ui/projector/projector-languages.ts';
import { mount, textOf, useLanguage } from '../helpers.ts';

describe('cdw-projector-languages', () => {
  const working = ['es', 'en', 'fr', 'pt'];
  const control = (shown: string[]) =>
    mount<ProjectorLanguages>(html`<cdw-projector-languages .languages=${working} .shown=${shown}></cdw-projector-languages>`);
  const select = (el: ProjectorLanguages, id: string) => el.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
  const choose = (el: ProjectorLanguages, id: string, value: string) => {
    select(el, id).value = value;
    select(el, id).dispatchEvent(new Event('change'));
  };

  it('shows the current choice: a language in its own name, and what stands beside it', async () => {
    const el = await control(['es', 'en']);
    expect(textOf(el.shadowRoot!.querySelector('label[for="first"]')!)).to.equal('Projected language');
    expect(textOf(el.shadowRoot!.querySelector('label[for="second"]')!)).to.equal('Side by side with');
    expect([...select(el, 'first').options].map((o) => o.textContent)).to.deep.equal(['Español', 'English', 'Français', 'Português']);
    expect(select(el, 'first').value).to.equal('es');
    expect(select(el, 'second').value).to.equal('en');
    expect([...select(el, 'second').options].map((o) => o.value)).to.deep.equal(['', 'en', 'fr', 'pt']);
  });

  it('announces one language, or two side by side, never the same twice', async () => {
    const el = await control(['en']);
    const heard: string[][] = [];
    el.addEventListener('show-languages-change', (e) => heard.push(e.detail.languages));
    choose(el, 'second', 'es');
    choose(el, 'first', 'fr');
    choose(el, 'second', '');
    expect(heard).to.deep.equal([['en', 'es'], ['fr', 'es'], ['fr']]);
  });

  it('offers a language chosen by the address even when the session does not work in it', async () => {
    const el = await control(['de']);
    expect(select(el, 'first').value).to.equal('de');
    expect([...select(el, 'first').options].map((o) => o.textContent)).to.include('Deutsch');
  });

  it('speaks Spanish', async () => {
    await useLanguage('es');
    const el = await control(['en']);
    expect(textOf(el.shadowRoot!)).to.contain('Idioma proyectado');
    expect(select(el, 'second').options[0]!.textContent).to.equal('Ninguno');
  });
});
