import { expect } from 'chai';
import { html } from 'lit';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { ar } from '../../../src/i18n/ar.ts';
import { pt } from '../../../src/i18n/pt.ts';
import '../../../src/ui/start/import-form.ts';
import type { ContinueProblem, ImportForm } from '../../../src/ui/start/import-form.ts';
import { button, mount, nextEvent, useLanguage } from '../helpers.ts';

function choose(form: ImportForm, text: string): void {
  const files = new DataTransfer();
  files.items.add(new File([text], 'our-city-2026-11-27.json', { type: 'application/json' }));
  form.shadowRoot!.querySelector<HTMLInputElement>('#export-file')!.files = files.files;
}

const PROBLEMS: ContinueProblem[] = ['no-file', 'unreadable', 'not-json', 'not-an-export', 'unknown-version', 'no-records', 'no-room'];

const messageOf = (messages: typeof en, problem: ContinueProblem): string =>
  problem === 'no-room' ? messages.start.cannotContinue : messages.publish.importProblems[problem];

describe('cdw-import-form', () => {
  it('has a labelled file field and announces the chosen file’s text', async () => {
    const form = await mount<ImportForm>(html`<cdw-import-form></cdw-import-form>`);
    const root = form.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Continue from an export');
    expect(root.querySelector('label[for="export-file"]')!.textContent).to.equal('JSON export file');
    choose(form, '{"format":"x"}');
    const heard = nextEvent<{ text: string }>(form, 'continue-from-export');
    button(form, 'Continue from this export')!.click();
    expect((await heard).detail.text).to.equal('{"format":"x"}');
  });

  it('asks for a file when none was chosen', async () => {
    const form = await mount<ImportForm>(html`<cdw-import-form></cdw-import-form>`);
    let announced = false;
    form.addEventListener('continue-from-export', () => (announced = true));
    button(form, 'Continue from this export')!.click();
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('#import-problem')!.textContent).to.equal('Choose a file first.');
    expect(form.shadowRoot!.querySelector('#export-file')!.getAttribute('aria-invalid')).to.equal('true');
    expect(announced).to.equal(false);
  });

  it('says clearly what is wrong with a file, in each language', async () => {
    for (const [language, messages] of Object.entries({ en, es, fr, pt, ar }) as Array<['en' | 'es' | 'fr' | 'pt' | 'ar', typeof en]>) {
      await useLanguage(language);
      const shown = new Set<string>();
      for (const problem of PROBLEMS) {
        const form = await mount<ImportForm>(html`<cdw-import-form .problem=${problem}></cdw-import-form>`);
        const text = form.shadowRoot!.querySelector('#import-problem')!.textContent!;
        expect(text, `${language} ${problem}`).to.equal(messageOf(messages, problem));
        shown.add(text);
      }
      expect(shown.size, `${language}: one distinct message per problem`).to.equal(PROBLEMS.length);
    }
  });
});
