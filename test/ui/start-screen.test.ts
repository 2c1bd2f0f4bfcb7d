import { expect } from 'chai';
import { html } from 'lit';
import { roomIdFor } from '../../src/doc/capabilities.ts';
import '../../src/ui/start-screen.ts';
import type { StartScreen } from '../../src/ui/start-screen.ts';
import { parseRoute } from '../../src/ui/route.ts';
import { deep, deepAll, mount, settle } from './helpers.ts';

describe('cdw-start-screen', () => {
  it('creates a session: a scribe link, and a view link whose room id derives from its write key', async () => {
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null} .persist=${false}></cdw-start-screen>`);
    deep<HTMLInputElement>(screen, '#title')!.value = '  Our city in ten proposals ';
    deep<HTMLButtonElement>(screen, 'button[type="submit"]')!.click();
    for (let i = 0; i < 50 && !deep(screen, 'cdw-share-link'); i++) await new Promise((r) => setTimeout(r, 10));
    await settle(screen);
    const [scribeUrl, viewUrl] = deepAll<HTMLTextAreaElement>(screen, 'textarea').map((f) => f.value);
    const scribe = parseRoute(new URL(scribeUrl!).hash);
    const view = parseRoute(new URL(viewUrl!).hash);
    if (scribe.page !== 'scribe' || view.page !== 'view') throw new Error(`unexpected links ${scribeUrl} ${viewUrl}`);
    expect(view.roomId).to.equal(await roomIdFor(scribe.writeKey));
    expect(deep(screen, 'h1')!.textContent).to.contain('Our city in ten proposals');
  });

  it('refuses an empty title', async () => {
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null} .persist=${false}></cdw-start-screen>`);
    deep<HTMLButtonElement>(screen, 'button[type="submit"]')!.click();
    await settle(screen);
    expect(deep(screen, '#problem')!.textContent!.trim()).to.equal('Write something first.');
  });
});
