import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/start/start-page.ts';
import type { StartPage } from '../../../src/ui/start/start-page.ts';
import type { WorkingLanguages } from '../../../src/ui/start/working-languages.ts';
import { seriousViolations } from '../axe.ts';
import { button, deep, mount, nextEvent, settle, useLanguage } from '../helpers.ts';

const boxes = (page: StartPage): HTMLInputElement[] => {
  const chooser = deep<WorkingLanguages>(page, 'cdw-working-languages')!;
  return [...chooser.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
};

describe('cdw-working-languages on the start page', () => {
  afterEach(() => useLanguage('en'));

  it('offers every interface language in its own name, the default four ticked, Arabic not', async () => {
    const page = await mount<StartPage>(html`<cdw-start-page></cdw-start-page>`);
    const chooser = deep<WorkingLanguages>(page, 'cdw-working-languages')!;
    const labels = [...chooser.shadowRoot!.querySelectorAll('label')];
    expect(labels.map((l) => l.textContent!.trim())).to.deep.equal(['Español', 'English', 'Français', 'Português', 'العربية']);
    expect(labels.map((l) => l.querySelector('span')!.lang)).to.deep.equal(['es', 'en', 'fr', 'pt', 'ar']);
    expect(boxes(page).map((b) => b.checked)).to.deep.equal([true, true, true, true, false]);
    expect(chooser.shadowRoot!.querySelector('legend')!.textContent).to.equal('Languages of the proposals');
  });

  it('creates the session with the languages chosen: Arabic added, French left out', async () => {
    const page = await mount<StartPage>(html`<cdw-start-page></cdw-start-page>`);
    page.shadowRoot!.querySelector<HTMLInputElement>('#title')!.value = 'القدس and Paris';
    for (const value of ['ar', 'fr']) {
      const box = boxes(page).find((b) => b.value === value)!;
      box.click();
      await settle(page);
    }
    const heard = nextEvent<{ title: string; languages: string[] }>(page, 'create-session');
    button(page, 'Create session')!.click();
    expect((await heard).detail).to.deep.equal({ title: 'القدس and Paris', languages: ['es', 'en', 'pt', 'ar'] });
  });

  it('keeps the last language: a session needs one to write in', async () => {
    const page = await mount<StartPage>(html`<cdw-start-page></cdw-start-page>`);
    for (const value of ['es', 'en', 'fr']) {
      boxes(page).find((b) => b.value === value)!.click();
      await settle(page);
    }
    const left = boxes(page).filter((b) => b.checked);
    expect(left.map((b) => [b.value, b.disabled])).to.deep.equal([['pt', true]]);
  });

  it('has no serious accessibility violation, in Arabic too', async () => {
    for (const language of ['en', 'ar'] as const) {
      await useLanguage(language);
      const page = await mount<StartPage>(html`<cdw-start-page></cdw-start-page>`);
      expect(await seriousViolations(page), language).to.deep.equal([]);
    }
  });
});
