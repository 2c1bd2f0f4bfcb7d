import { expect } from 'chai';
import { html } from 'lit';
import '../../src/ui/start-page.ts';
import type { StartPage } from '../../src/ui/start-page.ts';
import { button, deep, deepAll, mount, nextEvent, textOf, useLanguage } from './helpers.ts';

const created = { title: 'Our city', scribeUrl: 'https://w.example/#/s/abcdefghijklmnopqrstuv', viewUrl: 'https://w.example/#/v/ABCDEFGHIJKLMNOPQRSTUV' };

describe('cdw-start-page', () => {
  it('asks for the session title and announces create-session', async () => {
    const page = await mount<StartPage>(html`<cdw-start-page></cdw-start-page>`);
    const field = page.shadowRoot!.querySelector<HTMLInputElement>('#title')!;
    expect(page.shadowRoot!.querySelector('label[for="title"]')!.textContent).to.equal('Session title');
    field.value = 'Our city';
    const heard = nextEvent<{ title: string }>(page, 'create-session');
    button(page, 'Create session')!.click();
    expect((await heard).detail.title).to.equal('Our city');
  });

  it('shows both links in full, each with copy and QR code, and a button to open the projector', async () => {
    const page = await mount<StartPage>(html`<cdw-start-page .created=${created}></cdw-start-page>`);
    const values = deepAll<HTMLTextAreaElement>(page, 'textarea').map((f) => f.value);
    expect(values).to.deep.equal([created.scribeUrl, created.viewUrl]);
    expect(deepAll(page, 'cdw-qr-code')).to.have.length(2);
    expect(deepAll(page, 'button').filter((b) => textOf(b) === 'Copy')).to.have.length(2);
    expect(button(page, 'Open projector') !== null).to.equal(true);
  });

  it('opens the projector on the view link', async () => {
    const page = await mount<StartPage>(html`<cdw-start-page .created=${created}></cdw-start-page>`);
    const opened: unknown[] = [];
    const open = window.open;
    window.open = ((...args: unknown[]) => void opened.push(args[0])) as unknown as typeof window.open;
    try {
      button(page, 'Open projector')!.click();
    } finally {
      window.open = open;
    }
    expect(opened).to.deep.equal([created.viewUrl]);
  });

  it('shows a refusal and speaks every language', async () => {
    const page = await mount<StartPage>(html`<cdw-start-page .problem=${'text-empty'}></cdw-start-page>`);
    expect(textOf(deep(page, '#problem')!)).to.equal('Write something first.');
    await useLanguage('fr');
    await page.updateComplete;
    expect(textOf(button(page, 'Créer')!)).to.equal('Créer la session');
  });
});
