import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/start/start-page.ts';
import type { StartPage } from '../../../src/ui/start/start-page.ts';
import { seriousViolations } from '../axe.ts';
import { button, deep, deepAll, mount, nextEvent, textOf, useLanguage } from '../helpers.ts';

const ANCHOR = 'facilitator-0123456789';
const SECRET = `e.${'x'.repeat(43)}.${'y'.repeat(43)}`;
const created = {
  title: 'Our city',
  scribeUrl: `https://w.example/#/s/abcdefghijklmnopqrstuv.${ANCHOR}`,
  viewUrl: `https://w.example/#/v/ABCDEFGHIJKLMNOPQRSTUV.${ANCHOR}`,
  facilitatorUrl: `https://w.example/#/f/abcdefghijklmnopqrstuv/${SECRET}`,
  panelHref: `#/f/abcdefghijklmnopqrstuv/${SECRET}`,
};

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

  it('shows the three links in full, each with copy and QR code, and a button to open the projector', async () => {
    const page = await mount<StartPage>(html`<cdw-start-page .created=${created}></cdw-start-page>`);
    const values = deepAll<HTMLTextAreaElement>(page, 'textarea').map((f) => f.value);
    expect(values).to.deep.equal([created.scribeUrl, created.viewUrl, created.facilitatorUrl]);
    const labels = deepAll<HTMLLabelElement>(page, 'label[for="link"]').map((l) => textOf(l));
    expect(labels).to.deep.equal(['Scribe link', 'View link', 'Facilitator link']);
    expect(deepAll(page, 'cdw-qr-code')).to.have.length(3);
    expect(deepAll(page, 'button').filter((b) => textOf(b) === 'Copy')).to.have.length(3);
    expect(button(page, 'Open projector') !== null).to.equal(true);
  });

  it('sets the facilitator link apart, with a plain warning, its QR code on request, and the way to the panel', async () => {
    const page = await mount<StartPage>(html`<cdw-start-page .created=${created}></cdw-start-page>`);
    const apart = deep(page, 'section.private')!;
    expect(textOf(apart)).to.contain('Keep it private. Whoever holds this link can lock the session, hide text and remove groups.');
    const concealed = deep<HTMLDetailsElement>(apart, 'details.conceal')!;
    expect(concealed.open, 'the private link itself waits to be asked for: the start page may be projected').to.equal(false);
    expect(textOf(concealed.querySelector('summary')!)).to.equal('Show the facilitator link');
    concealed.open = true;
    const details = deep<HTMLDetailsElement>(apart, 'details:not(.conceal)')!;
    expect(details.open, 'the QR code of a private link waits to be asked for').to.equal(false);
    expect(textOf(details.querySelector('summary')!)).to.equal('Show QR code');
    const panel = deepAll<HTMLAnchorElement>(page, 'a').find((a) => textOf(a) === 'Open facilitator panel')!;
    expect(panel.getAttribute('href')).to.equal(created.panelHref);
    expect(await seriousViolations(page)).to.deep.equal([]);
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
