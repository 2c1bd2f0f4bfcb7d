import { expect } from 'chai';
import { html } from 'lit';
import type { ConnectionStatusElement } from '../../src/ui/connection-status.ts';
import '../../src/ui/connection-status.ts';
import { mount, textOf, useLanguage } from './helpers.ts';

describe('cdw-connection-status', () => {
  const status = (el: ConnectionStatusElement) => el.shadowRoot!.querySelector('[role="status"]')!;

  it('starts its text with the state (DESIGN.md §6) and says what waits for the relay', async () => {
    const el = await mount<ConnectionStatusElement>(
      html`<cdw-connection-status .status=${{ state: 'offline', pending: 3 }}></cdw-connection-status>`,
    );
    expect(status(el).textContent!.trim()).to.match(/^Offline · 3 changes not yet on the relay$/);
    el.status = { state: 'online', pending: 0 };
    await el.updateComplete;
    expect(status(el).textContent!.trim()).to.match(/^Online/);
    el.status = { state: 'syncing', pending: 1 };
    await el.updateComplete;
    expect(textOf(status(el))).to.equal('Syncing · 1 change not yet on the relay');
  });

  it('speaks the page language', async () => {
    await useLanguage('es');
    const el = await mount<ConnectionStatusElement>(
      html`<cdw-connection-status .status=${{ state: 'online', pending: 0 }}></cdw-connection-status>`,
    );
    expect(status(el).textContent!.trim()).to.match(/^En línea/);
    await useLanguage('fr');
    await el.updateComplete;
    expect(status(el).textContent!.trim()).to.match(/^En ligne/);
  });
});
