import { expect } from 'chai';
import { html } from 'lit';
import { roomIdFor } from '../../../src/doc/capabilities.ts';
import { facilitatorFromSecret } from '../../../src/doc/signers.ts';
import '../../../src/ui/shell/app.ts';
import type { WorkshopApp } from '../../../src/ui/shell/app.ts';
import type { FacilitatorScreen } from '../../../src/ui/facilitator/facilitator-screen.ts';
import '../../../src/ui/start/start-screen.ts';
import type { StartScreen } from '../../../src/ui/start/start-screen.ts';
import { parseRoute, type Route } from '../../../src/ui/shell/route.ts';
import { button, deep, deepAll, mount, settle, until } from '../helpers.ts';

async function create(screen: StartScreen, title: string): Promise<Route[]> {
  deep<HTMLInputElement>(screen, '#title')!.value = title;
  deep<HTMLButtonElement>(screen, 'button[type="submit"]')!.click();
  await until(() => !!deep(screen, 'cdw-share-link'), 'the share links');
  await settle(screen);
  return deepAll<HTMLTextAreaElement>(screen, 'textarea').map((f) => parseRoute(new URL(f.value).hash));
}

describe('cdw-start-screen', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('creates a signed session: scribe, view and facilitator links, all naming the facilitator', async () => {
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null} .persist=${false}></cdw-start-screen>`);
    const [scribe, view, facilitate, ...more] = await create(screen, '  Our city in ten proposals ');
    expect(more).to.deep.equal([]);
    if (scribe?.page !== 'scribe' || view?.page !== 'view' || facilitate?.page !== 'facilitate') {
      throw new Error(`unexpected links ${JSON.stringify([scribe, view, facilitate])}`);
    }
    expect(view.roomId).to.equal(await roomIdFor(scribe.writeKey));
    expect(facilitate.writeKey).to.equal(scribe.writeKey);
    const facilitator = await facilitatorFromSecret(facilitate.secret);
    expect(scribe.anchor).to.equal(facilitator!.signer.actor);
    expect(view.anchor).to.equal(facilitator!.signer.actor);
    expect(deep(screen, 'h1')!.textContent).to.contain('Our city in ten proposals');

    // The session record is the facilitator's, signed: the store names the facilitator.
    const session = screen['session']!;
    await session.store.settled();
    expect(session.store.view.facilitator).to.equal(facilitator!.signer.actor);
    expect(session.store.view.title).to.equal('Our city in ten proposals');
  });

  it('refuses an empty title', async () => {
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null} .persist=${false}></cdw-start-screen>`);
    deep<HTMLButtonElement>(screen, 'button[type="submit"]')!.click();
    await settle(screen);
    expect(deep(screen, '#problem')!.textContent!.trim()).to.equal('Write something first.');
  });

  it('opens a working facilitator panel from the facilitator link', async () => {
    location.hash = '#/';
    const app = await mount<WorkshopApp>(html`<cdw-app .syncUrl=${null}></cdw-app>`);
    await until(() => deep(app, 'cdw-start-screen #title') !== null || deep(app, '#title') !== null, 'start page');
    await settle(app);
    const screen = deep<StartScreen>(app, 'cdw-start-screen')!;
    await create(screen, 'Dakar assembly');
    const panelLink = deep<HTMLAnchorElement>(app, 'a.button.primary')!;
    expect(panelLink.textContent!.trim()).to.equal('Open facilitator panel');
    location.hash = panelLink.getAttribute('href')!;

    await until(() => deep(app, 'cdw-facilitator-screen') !== null, 'panel');
    await customElements.whenDefined('cdw-facilitator-screen');
    const panel = deep<FacilitatorScreen>(app, 'cdw-facilitator-screen')!;
    await panel.ready();
    await settle(app);
    expect(deep(panel, '.title')!.textContent).to.equal('Dakar assembly');
    expect(deep(panel, '.notice'), 'the panel speaks as the session’s facilitator').to.equal(null);
    button(panel, 'Lock session')!.click();
    await until(() => panel['room'].session?.store.view.locked === true, 'locked');
  });
});
