import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey, roomIdFor } from '../../../src/doc/capabilities.ts';
import { locale } from '../../../src/i18n/locale.ts';
import '../../../src/ui/shell/app.ts';
import type { WorkshopApp } from '../../../src/ui/shell/app.ts';
import { deep, mount, settle, until } from '../helpers.ts';
import type { ScribeScreen } from '../../../src/ui/scribe/scribe-screen.ts';
import type { FacilitatorScreen } from '../../../src/ui/facilitator/facilitator-screen.ts';
import { newFacilitator } from '../../../src/doc/signers.ts';

async function waitFor(root: Element, selector: string): Promise<Element> {
  for (let i = 0; i < 100; i++) {
    await settle(root);
    const found = deep(root, selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${selector} never appeared`);
}

describe('cdw-app', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('follows the hash: start page, scribe link, view link, unknown link', async () => {
    location.hash = '#/';
    const app = await mount<WorkshopApp>(html`<cdw-app .syncUrl=${null}></cdw-app>`);
    await waitFor(app, 'cdw-start-screen');

    const writeKey = newWriteKey();
    location.hash = `#/s/${writeKey}`;
    await waitFor(app, 'cdw-scribe-screen');
    expect(deep<ScribeScreen>(app, 'cdw-scribe-screen')!.writeKey).to.equal(writeKey);

    location.hash = `#/v/${await roomIdFor(writeKey)}`;
    await waitFor(app, 'cdw-projector-view');
    expect(app.shadowRoot!.querySelector('header') === null, 'the projector owns the whole screen').to.equal(true);

    location.hash = `#/v/${await roomIdFor(writeKey)}/sync`;
    await waitFor(app, 'cdw-sync-screen');
    expect(app.shadowRoot!.querySelector('header') !== null, 'groups and venues keep the page header').to.equal(true);

    location.hash = '#/s/not-a-key';
    await waitFor(app, 'main > p');
    expect(deep(app, 'main > p')!.textContent).to.contain('not a workshop link');
  });

  it('hands each screen the facilitator its link names, and opens the facilitator panel', async () => {
    const writeKey = newWriteKey();
    const roomId = await roomIdFor(writeKey);
    const anchor = 'facilitator-0123456789';
    location.hash = `#/s/${writeKey}.${anchor}`;
    const app = await mount<WorkshopApp>(html`<cdw-app .syncUrl=${null}></cdw-app>`);
    const scribe = (await waitFor(app, 'cdw-scribe-screen')) as ScribeScreen & { anchor?: string | null };
    expect([scribe.writeKey, scribe.anchor]).to.deep.equal([writeKey, anchor]);

    location.hash = `#/v/${roomId}.${anchor}/sync`;
    const sync = (await waitFor(app, 'cdw-sync-screen')) as HTMLElement & { anchor?: string | null };
    expect(sync.anchor).to.equal(anchor);

    const facilitator = await newFacilitator();
    location.hash = `#/f/${writeKey}/${facilitator.secret}`;
    const panel = (await waitFor(app, 'cdw-facilitator-screen')) as FacilitatorScreen;
    expect([panel.writeKey, panel.secret]).to.deep.equal([writeKey, facilitator.secret]);
    expect(app.shadowRoot!.querySelector('main')!.className).to.equal('wide');

    location.hash = `#/f/${writeKey}/not-a-secret`;
    await waitFor(app, 'main > p');
    expect(deep(app, 'main > p')!.textContent).to.contain('not a workshop link');
  });

  it('switches the language when the switch announces a choice', async () => {
    location.hash = '#/';
    const app = await mount<WorkshopApp>(html`<cdw-app .syncUrl=${null}></cdw-app>`);
    const select = (await waitFor(app, 'select')) as HTMLSelectElement;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await until(() => locale.language === 'es', 'Spanish to load');
    await settle(app);
    expect(deep(app, '.brand')!.textContent).to.equal('Taller de Democracia Colaborativa');
    localStorage.removeItem('cdw-language');
  });
});
