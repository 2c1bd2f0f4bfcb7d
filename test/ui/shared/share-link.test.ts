import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/shared/share-link.ts';
import type { ShareLink } from '../../../src/ui/shared/share-link.ts';
import { button, deep, mount, settle, textOf } from '../helpers.ts';

const URL_SHOWN = 'https://w.example/#/v/abcdefghijklmnopqrstuv';

describe('cdw-share-link', () => {
  it('shows the link in full in a labelled read-only field, with its QR code', async () => {
    const el = await mount<ShareLink>(html`<cdw-share-link label="View link" hint="Read-only" url=${URL_SHOWN}></cdw-share-link>`);
    const field = el.shadowRoot!.querySelector('textarea')!;
    expect(field.readOnly).to.equal(true);
    expect(field.value).to.equal(URL_SHOWN);
    expect(el.shadowRoot!.querySelector(`label[for="${field.id}"]`)!.textContent).to.equal('View link');
    await customElements.whenDefined('cdw-qr-code');
    await el.shadowRoot!.querySelector('cdw-qr-code')!.updateComplete;
    expect(deep(el, 'svg')!.getAttribute('aria-label')).to.equal('QR code of the view link');
  });

  it('copies the link and says so', async () => {
    const el = await mount<ShareLink>(html`<cdw-share-link label="Scribe link" url=${URL_SHOWN}></cdw-share-link>`);
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      button(el, 'Copy')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await settle(el);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    expect(copied).to.deep.equal([URL_SHOWN]);
    expect(textOf(el.shadowRoot!.querySelector('.feedback')!)).to.equal('Copied');
  });
});

describe('cdw-share-link with qrToggle', () => {
  it('keeps the QR code of a private link behind a disclosure', async () => {
    const el = await mount<ShareLink>(html`<cdw-share-link label="Facilitator link" url=${URL_SHOWN} qrToggle="Show QR code"></cdw-share-link>`);
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(textOf(details.querySelector('summary')!)).to.equal('Show QR code');
    details.querySelector('summary')!.click();
    await settle(el);
    expect(details.open).to.equal(true);
    await customElements.whenDefined('cdw-qr-code');
    expect(details.querySelector('cdw-qr-code')!.value).to.equal(URL_SHOWN);
  });
});
