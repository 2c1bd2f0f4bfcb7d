import { expect } from 'chai';
import { html } from 'lit';
import { roomIdFor } from '../../src/doc/capabilities.ts';
import { openSession } from '../../src/doc/session.ts';
import { deriveView } from '../../src/domain/derive.ts';
import { toJsonExport } from '../../src/domain/export/json.ts';
import { parseRoute } from '../../src/ui/route.ts';
import '../../src/ui/start-screen.ts';
import type { StartScreen } from '../../src/ui/start-screen.ts';
import { sampleRecords } from './fixtures.ts';
import { deep, deepAll, mount, settle, textOf, useLanguage } from './helpers.ts';
import { TRUST_ALL } from '../support/trust.ts';

async function continueFrom(screen: StartScreen, text: string): Promise<void> {
  const form = deep(screen, 'cdw-import-form')!;
  form.dispatchEvent(new CustomEvent('continue-from-export', { detail: { text }, bubbles: true, composed: true }));
  for (let i = 0; i < 100 && !deep(screen, 'cdw-share-link') && !textOf(deep(screen, '#import-problem')!); i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  await settle(screen);
}

describe('cdw-start-screen: continue from an export', () => {
  it('opens a new session holding the exported records, and shows its new links as after "Create session"', async () => {
    const records = sampleRecords();
    const exported = toJsonExport(records, deriveView(records, TRUST_ALL), Date.UTC(2026, 10, 27));
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null}></cdw-start-screen>`);
    await continueFrom(screen, exported);
    expect(textOf(deep(screen, 'h1')!)).to.contain('Our city');
    expect(textOf(deep(screen, 'cdw-start-page')!.shadowRoot!)).to.contain(`${records.length} records carried over.`);
    const [scribeUrl, viewUrl] = deepAll<HTMLTextAreaElement>(screen, 'textarea').map((f) => f.value);
    const scribe = parseRoute(new URL(scribeUrl!).hash);
    const view = parseRoute(new URL(viewUrl!).hash);
    if (scribe.page !== 'scribe' || view.page !== 'view') throw new Error(`unexpected links ${scribeUrl} ${viewUrl}`);
    expect(view.roomId).to.equal(await roomIdFor(scribe.writeKey));

    // The new room, opened again from this browser's copy, derives exactly the exported view.
    const reopened = openSession({ roomId: view.roomId, writeKey: null, syncUrl: null });
    await reopened.whenLoaded;
    const { diagnostics: _a, ...again } = reopened.store.view;
    const { diagnostics: _b, ...original } = deriveView(records, TRUST_ALL);
    expect(again).to.deep.equal(original);
    await reopened.destroy();
  });

  it('says how many records of the file were left out', async () => {
    const records = sampleRecords();
    const data = JSON.parse(toJsonExport(records, deriveView(records, TRUST_ALL), 0));
    data.records.push({ v: 1, id: 'broken!', kind: 'add' });
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null} .persist=${false}></cdw-start-screen>`);
    await continueFrom(screen, JSON.stringify(data));
    expect(textOf(deep(screen, 'cdw-start-page')!.shadowRoot!)).to.contain('1 record of the file was not valid and was left out.');
  });

  it('tells what is wrong with a file that is no export, and opens nothing', async () => {
    await useLanguage('es');
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null} .persist=${false}></cdw-start-screen>`);
    await continueFrom(screen, '{"format":"something else"}');
    expect(textOf(deep(screen, '#import-problem')!)).to.equal('Este archivo JSON no es una exportación de una sesión del taller.');
    await continueFrom(screen, 'not json at all');
    expect(textOf(deep(screen, '#import-problem')!)).to.contain('no es JSON');
    expect(deep(screen, 'cdw-share-link')).to.equal(null);
    expect(screen['session']).to.equal(null);
  });
});
