import { expect } from 'chai';
import { html } from 'lit';
import { ENGLISH_EXPORT_LABELS, VERIFY_COMMAND } from '../../../src/domain/export/labels.ts';
import { fr } from '../../../src/i18n/fr.ts';
import '../../../src/ui/publish/print-document.ts';
import type { PrintDocument } from '../../../src/ui/publish/print-document.ts';
import '../../../src/ui/publish/publish-page.ts';
import type { PublishPage } from '../../../src/ui/publish/publish-page.ts';
import '../../../src/ui/shell/app.ts';
import type { WorkshopApp } from '../../../src/ui/shell/app.ts';
import { parseRoute } from '../../../src/ui/shell/route.ts';
import { verifyHash } from '../../../src/ui/shell/verify-hash.ts';
import '../../../src/ui/start/start-page.ts';
import type { StartPage } from '../../../src/ui/start/start-page.ts';
import { sampleView } from '../fixtures.ts';
import { deep, mount, settle, useLanguage } from '../helpers.ts';

const ROOM = 'abcdefghijklmnopqrstuv';
const ANCHOR = 'facilitator-0123456789';

describe('the way to "Verify a result"', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  const cases: Array<[string, ReturnType<typeof parseRoute>]> = [
    ['#/verify', { page: 'verify', roomId: null, anchor: null }],
    [`#/v/${ROOM}.${ANCHOR}/verify`, { page: 'verify', roomId: ROOM, anchor: ANCHOR }],
    [`#/v/${ROOM}/verify`, { page: 'verify', roomId: ROOM, anchor: null }],
    [`#/verify/${ROOM}`, { page: 'not-found' }],
    [`#/s/${ROOM}/verify`, { page: 'not-found' }],
  ];
  for (const [hash, route] of cases) {
    it(`reads "${hash}"`, () => expect(parseRoute(hash)).to.deep.equal(route));
  }

  it('writes the hashes it reads', () => {
    expect(verifyHash()).to.equal('#/verify');
    expect(parseRoute(verifyHash(ROOM, ANCHOR))).to.deep.equal({ page: 'verify', roomId: ROOM, anchor: ANCHOR });
  });

  it('the app loads the page lazily and hands it the session a link names', async () => {
    location.hash = `#/v/${ROOM}.${ANCHOR}/verify`;
    const app = await mount<WorkshopApp>(html`<cdw-app .syncUrl=${null}></cdw-app>`);
    await app.screenLoaded;
    await settle(app);
    const screen = deep<HTMLElementTagNameMap['cdw-verify-screen']>(app, 'cdw-verify-screen')!;
    expect([screen.roomId, screen.anchor]).to.deep.equal([ROOM, ANCHOR]);
    expect(deep<HTMLInputElement>(app, '#view-link')!.value).to.match(new RegExp(`#/v/${ROOM}\\.${ANCHOR}$`));
  });

  it('the publishing page links to it near the exports, with the session’s view link', async () => {
    const page = await mount<PublishPage>(html`<cdw-publish-page .view=${sampleView()} roomId=${ROOM} anchor=${ANCHOR}></cdw-publish-page>`);
    const link = page.shadowRoot!.querySelector<HTMLAnchorElement>('.card a')!;
    expect([link.textContent, link.getAttribute('href')]).to.deep.equal(['Verify a result', `#/v/${ROOM}.${ANCHOR}/verify`]);
  });

  it('the start page links to it at its foot, in the page’s language', async () => {
    await useLanguage('fr');
    const page = await mount<StartPage>(html`<cdw-start-page></cdw-start-page>`);
    const link = page.shadowRoot!.querySelector<HTMLAnchorElement>('footer a')!;
    expect([link.textContent, link.getAttribute('href')]).to.deep.equal([fr.verify.link, '#/verify']);
  });

  it('the printed page says how to verify it, like the Markdown and HTML exports', async () => {
    const doc = await mount<PrintDocument>(html`<cdw-print-document .view=${sampleView()} .exportedAt=${0}></cdw-print-document>`);
    const hint = (doc.shadowRoot!.querySelector('.verify') as HTMLElement).innerText.replace(/\s+/g, ' ');
    expect(hint).to.contain(`${ENGLISH_EXPORT_LABELS.verifyHint} ${VERIFY_COMMAND}`);
    expect(hint).to.contain(`— Verify a result: ${location.origin}${location.pathname}#/verify`);
  });
});
