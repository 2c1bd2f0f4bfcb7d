import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey } from '../../src/doc/capabilities.ts';
import '../../src/ui/shared/history-view.ts';
import { noticesFor } from '../../src/domain/notices.ts';
import '../../src/ui/projector/projector-view.ts';
import type { ProjectorView } from '../../src/ui/projector/projector-view.ts';
import '../../src/ui/shared/qr-code.ts';
import '../../src/ui/scribe/scribe-screen.ts';
import type { ScribeScreen } from '../../src/ui/scribe/scribe-screen.ts';
import '../../src/ui/scribe/scribe-view.ts';
import '../../src/ui/start/start-page.ts';
import type { CreatedSession } from '../../src/ui/start/start-page.ts';
import { seriousViolations } from './axe.ts';
import { A, B, C, fullView, sampleView } from './fixtures.ts';
import { button, deep, groupOf, mount, settle, useLanguage } from './helpers.ts';

const ANCHOR = 'FFFFFFFFFFFFFFFFFFFFFF';
const created: CreatedSession = {
  title: 'Our city',
  scribeUrl: `https://w.example/#/s/abcdefghijklmnopqrstuv.${ANCHOR}`,
  viewUrl: `https://w.example/#/v/ABCDEFGHIJKLMNOPQRSTUV.${ANCHOR}`,
  facilitatorUrl: `https://w.example/#/f/abcdefghijklmnopqrstuv/e.${'a'.repeat(43)}.${'b'.repeat(43)}`,
  panelHref: `#/f/abcdefghijklmnopqrstuv/e.${'a'.repeat(43)}.${'b'.repeat(43)}`,
};

async function openScribe(): Promise<ScribeScreen> {
  const screen = await mount<ScribeScreen>(
    html`<cdw-scribe-screen .writeKey=${newWriteKey()} .syncUrl=${null} .persist=${false}></cdw-scribe-screen>`,
  );
  await screen.ready();
  await settle(screen);
  return screen;
}

/** axe-core on each view: no serious or critical violation (WCAG 2.1 A/AA and best practices). */
describe('accessibility (axe-core)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('does find violations, also inside shadow roots (the check is real)', async () => {
    const broken = await mount(html`<cdw-qr-code value="x"></cdw-qr-code>`);
    broken.shadowRoot!.append(Object.assign(document.createElement('button'), { style: 'color:#777;background:#888' }));
    broken.shadowRoot!.querySelector('button')!.textContent = 'Low contrast';
    broken.shadowRoot!.append(document.createElement('button'));
    const found = (await seriousViolations(broken)).map((line) => line.split(':')[0]);
    expect(found).to.include.members(['serious color-contrast', 'critical button-name']);
  });

  it('start page, before and after creating a session', async () => {
    expect(await seriousViolations(await mount(html`<cdw-start-page></cdw-start-page>`))).to.deep.equal([]);
    const createdPage = await mount(
      html`<cdw-start-page .created=${created} .status=${{ state: 'syncing', pending: 1 }}></cdw-start-page>`,
    );
    expect(await seriousViolations(createdPage)).to.deep.equal([]);
  });

  it('join form, with a group to continue as', async () => {
    const screen = await openScribe();
    expect(await seriousViolations(screen)).to.deep.equal([]);
  });

  it('scribe view: proposals, an open edit field, and messages for the group', async () => {
    const screen = await openScribe();
    deep<HTMLInputElement>(screen, '#name')!.value = 'Riverside';
    button(screen, 'Join')!.click();
    await screen.idle();
    await settle(screen);
    const session = screen['room'].session!;
    const me = session.store.view.groups[0]!.id;
    for (const text of ['Open the library on Sundays', 'Plant shade trees']) await session.writer!.addProposal(me, text);
    await settle(screen);
    const item = deep(screen, 'cdw-proposal-item')!;
    button(item, 'Edit')!.click();
    await settle(screen);
    expect(await seriousViolations(screen)).to.deep.equal([]);

    const view = fullView();
    const withNotices = await mount(
      html`<cdw-scribe-view .view=${view} .me=${groupOf(view, B)} .online=${[A, B, C]} .notices=${noticesFor(view, B)}></cdw-scribe-view>`,
    );
    expect(await seriousViolations(withNotices)).to.deep.equal([]);
  });

  it('scribe view at phone width, in Spanish', async () => {
    await setViewport({ width: 360, height: 800 });
    await useLanguage('es');
    const view = sampleView();
    const scribe = await mount(
      html`<cdw-scribe-view .view=${view} .me=${groupOf(view, A)} .notices=${noticesFor(view, A)}></cdw-scribe-view>`,
    );
    expect(await seriousViolations(scribe)).to.deep.equal([]);
  });

  it('projector at 1920×1080 and on a phone', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const view = fullView();
    const projector = await mount(
      html`<cdw-projector-view .view=${view} .online=${[A, B]} viewUrl="https://w.example/#/v/ABCDEFGHIJKLMNOPQRSTUV"></cdw-projector-view>`,
    );
    // Checked with its side panel, which arrives after the first paint.
    await (projector as ProjectorView).panelLoaded;
    await settle(projector);
    expect(await seriousViolations(projector)).to.deep.equal([]);
    await setViewport({ width: 360, height: 800 });
    await settle(projector);
    expect(await seriousViolations(projector)).to.deep.equal([]);
  });

  it('history of a proposal, for a scribe and read-only', async () => {
    const view = sampleView();
    const library = view.proposals.find((p) => p.id.startsWith('library'))!;
    const scribe = await mount(html`<cdw-history-view .proposal=${library} .groups=${view.groups} canRestore></cdw-history-view>`);
    expect(await seriousViolations(scribe)).to.deep.equal([]);
    await useLanguage('pt');
    const viewer = await mount(html`<cdw-history-view .proposal=${library} .groups=${view.groups}></cdw-history-view>`);
    expect(await seriousViolations(viewer)).to.deep.equal([]);
  });
});
