import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import type { ConnectionStatus } from '../../../src/doc/connection.ts';
import '../../../src/ui/projector/projector-view.ts';
import type { ProjectorView } from '../../../src/ui/projector/projector-view.ts';
import { seriousViolations } from '../axe.ts';
import { fullView, sampleView } from '../fixtures.ts';
import { mount, settle, textOf, useLanguage } from '../helpers.ts';

const OFFLINE: ConnectionStatus = { state: 'offline', pending: 0 };
const notice = (el: ProjectorView) => el.shadowRoot!.querySelector('.offline-notice');

describe('cdw-projector-view offline', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('marks the local view while offline, and drops the mark once connected', async () => {
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${sampleView()} .status=${OFFLINE}></cdw-projector-view>`);
    expect(textOf(notice(el)!)).to.equal('Offline — showing this room’s copy; it will update when the connection returns.');
    expect(notice(el)!.getAttribute('role'), 'the connection status is the one role=status element').to.equal(null);
    expect(textOf(el.shadowRoot!.querySelector('ol')!)).to.contain('Plant shade trees');
    for (const state of ['syncing', 'online'] as const) {
      el.status = { state, pending: 0 };
      await el.updateComplete;
      expect(notice(el), state).to.equal(null);
    }
  });

  it('keeps all ten proposals of 1,000 characters on a 1920×1080 screen with the mark shown', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const long = (n: number) => `${n} `.padEnd(1000, ' word');
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${fullView(long)} .status=${OFFLINE}></cdw-projector-view>`);
    await settle(el);
    const box = notice(el)!.getBoundingClientRect();
    expect(box.height).to.be.above(0);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items).to.have.length(10);
    expect(items[0]!.getBoundingClientRect().top).to.be.at.least(box.bottom);
    for (const item of items) expect(item.getBoundingClientRect().bottom).to.be.at.most(1080);
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
  });

  it('says it in every language', async () => {
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${sampleView()} .status=${OFFLINE}></cdw-projector-view>`);
    const starts = { es: 'Sin conexión — se muestra', fr: 'Hors ligne — copie de cette salle', pt: 'Sem conexão — mostrando a cópia' } as const;
    for (const [language, start] of Object.entries(starts)) {
      await useLanguage(language as keyof typeof starts);
      await el.updateComplete;
      expect(textOf(notice(el)!)).to.match(new RegExp(`^${start}`));
    }
  });

  it('links the side panel to "Groups and venues" when given where', async () => {
    const bare = await mount<ProjectorView>(html`<cdw-projector-view .view=${sampleView()}></cdw-projector-view>`);
    expect(bare.shadowRoot!.querySelector('.sync-link')).to.equal(null);
    const el = await mount<ProjectorView>(
      html`<cdw-projector-view .view=${sampleView()} syncHref="#/v/abcdefghijklmnopqrstuv/sync"></cdw-projector-view>`,
    );
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('aside .sync-link')!;
    expect([link.getAttribute('href'), link.textContent]).to.deep.equal(['#/v/abcdefghijklmnopqrstuv/sync', 'Groups and venues']);
  });

  it('has no serious accessibility violation while offline', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${fullView()} .status=${OFFLINE}></cdw-projector-view>`);
    // The notice fades in after a moment (a projector starts offline until its socket opens): check it fully shown.
    for (const animation of notice(el)!.getAnimations()) animation.finish();
    expect(await seriousViolations(el)).to.deep.equal([]);
  });
});
