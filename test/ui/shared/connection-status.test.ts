import { expect } from 'chai';
import { html } from 'lit';
import type { ConnectionStatusElement } from '../../../src/ui/shared/connection-status.ts';
import '../../../src/ui/shared/connection-status.ts';
import { mount, textOf, useLanguage } from '../helpers.ts';

describe('cdw-connection-status', () => {
  const status = (el: ConnectionStatusElement) => el.shadowRoot!.querySelector('[role="status"]')!;

  it('starts its text with the state (DESIGN.md §6) and says how many changes wait for the relay', async () => {
    const el = await mount<ConnectionStatusElement>(
      html`<cdw-connection-status .status=${{ state: 'offline', pending: 3 }}></cdw-connection-status>`,
    );
    expect(textOf(status(el))).to.equal('Offline — 3 changes waiting');
    el.status = { state: 'syncing', pending: 1 };
    await el.updateComplete;
    expect(textOf(status(el))).to.equal('Syncing — 1 change waiting');
    el.status = { state: 'offline', pending: 0 };
    await el.updateComplete;
    expect(textOf(status(el))).to.equal('Offline');
  });

  it('returns to plain "Online" once the relay holds every change', async () => {
    const el = await mount<ConnectionStatusElement>(
      html`<cdw-connection-status .status=${{ state: 'syncing', pending: 2 }}></cdw-connection-status>`,
    );
    el.status = { state: 'online', pending: 0 };
    await el.updateComplete;
    expect(textOf(status(el))).to.equal('Online');
  });

  it('speaks the page language, with each language’s plurals', async () => {
    const el = await mount<ConnectionStatusElement>(
      html`<cdw-connection-status .status=${{ state: 'offline', pending: 1 }}></cdw-connection-status>`,
    );
    const expected = {
      es: ['Sin conexión — 1 cambio en espera', 'Sin conexión — 2 cambios en espera'],
      fr: ['Hors ligne — 1 modification en attente', 'Hors ligne — 2 modifications en attente'],
      pt: ['Sem conexão — 1 alteração aguardando envio', 'Sem conexão — 2 alterações aguardando envio'],
    } as const;
    for (const [language, [one, two]] of Object.entries(expected)) {
      await useLanguage(language as keyof typeof expected);
      el.status = { state: 'offline', pending: 1 };
      await el.updateComplete;
      expect(textOf(status(el))).to.equal(one);
      el.status = { state: 'offline', pending: 2 };
      await el.updateComplete;
      expect(textOf(status(el))).to.equal(two);
    }
    el.status = { state: 'online', pending: 0 };
    await useLanguage('es');
    await el.updateComplete;
    expect(textOf(status(el))).to.equal('En línea');
  });
});
