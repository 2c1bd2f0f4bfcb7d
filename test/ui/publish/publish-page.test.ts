import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey, roomIdFor } from '../../../src/doc/capabilities.ts';
import { importRecords } from '../../../src/doc/import.ts';
import { openSession } from '../../../src/doc/session.ts';
import { newWriter } from '../../../src/doc/writer.ts';
import '../../../src/ui/publish/publish-page.ts';
import type { PublishPage } from '../../../src/ui/publish/publish-page.ts';
import '../../../src/ui/publish/publish-screen.ts';
import type { PublishScreen } from '../../../src/ui/publish/publish-screen.ts';
import { sampleRecords, sampleView } from '../fixtures.ts';
import { button, deep, mount, nextEvent, settle, textOf, useLanguage } from '../helpers.ts';
import { signFixture } from '../signed-fixtures.ts';

const ROOM = 'abcdefghijklmnopqrstuv';

describe('cdw-publish-page', () => {
  it('offers the downloads, print, and the way back, replay and comparison; the preview shows the document', async () => {
    const page = await mount<PublishPage>(html`<cdw-publish-page .view=${sampleView()} roomId=${ROOM}></cdw-publish-page>`);
    const root = page.shadowRoot!;
    expect(root.querySelector('h1')!.textContent).to.equal('Publish the result');
    expect(root.querySelector('.session')!.textContent).to.equal('Our city');
    const links = [...root.querySelectorAll('nav a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Back to the projector', `#/v/${ROOM}`],
      ['Replay', `#/v/${ROOM}/replay`],
      ['Compare with other sessions', `#/compare/${ROOM}`],
    ]);
    expect(button(page, 'Download Markdown') !== null).to.equal(true);
    expect(textOf(deep(page, 'cdw-print-document')!.shadowRoot!)).to.contain('Plant shade trees');
    expect(deep(page, '[role="status"]') !== null).to.equal(true);
  });

  it('announces print; unless the owner prevents it the print dialog opens', async () => {
    const page = await mount<PublishPage>(html`<cdw-publish-page .view=${sampleView()} roomId=${ROOM}></cdw-publish-page>`);
    page.addEventListener('print-document', (e) => e.preventDefault(), { once: true });
    const heard = nextEvent(page, 'print-document');
    button(page, 'Print')!.click();
    expect((await heard).defaultPrevented).to.equal(true);
  });

  it('hides everything but the printed page from print', async () => {
    const page = await mount<PublishPage>(html`<cdw-publish-page .view=${sampleView()} roomId=${ROOM}></cdw-publish-page>`);
    const printRules = [...page.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])]
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print')
      .map((rule) => rule.cssText.replace(/\s+/g, ' '));
    expect(printRules.join()).to.contain('.screen-only { display: none; }');
    const hidden = page.shadowRoot!.querySelector('.screen-only')!;
    for (const control of ['nav', 'h1', 'cdw-export-actions', 'button', 'cdw-connection-status']) {
      expect(hidden.querySelector(control), control).to.not.equal(null);
    }
    expect(hidden.querySelector('cdw-print-document')).to.equal(null);
  });

  it('speaks Spanish', async () => {
    await useLanguage('es');
    const page = await mount<PublishPage>(html`<cdw-publish-page .view=${sampleView()} roomId=${ROOM}></cdw-publish-page>`);
    expect(page.shadowRoot!.querySelector('h1')!.textContent).to.equal('Publicar el resultado');
    expect(button(page, 'Imprimir') !== null).to.equal(true);
    expect(button(page, 'Descargar Markdown') !== null).to.equal(true);
  });
});

describe('cdw-publish-screen', () => {
  it('opens the room read-only and previews what this browser holds of it', async () => {
    const writeKey = newWriteKey();
    const roomId = await roomIdFor(writeKey);
    const scribe = openSession({ roomId, writeKey, syncUrl: null, writer: newWriter });
    await scribe.whenLoaded;
    importRecords(scribe.doc, (await signFixture(sampleRecords(), roomId)).records);
    await scribe.destroy();

    const screen = await mount<PublishScreen>(html`<cdw-publish-screen .roomId=${roomId} .syncUrl=${null}></cdw-publish-screen>`);
    await screen.ready();
    await settle(screen);
    expect(screen['room'].session!.writer).to.equal(null);
    const preview = deep(screen, 'cdw-print-document')!;
    expect([...preview.shadowRoot!.querySelectorAll('.text')].map((p) => p.textContent)).to.deep.equal(
      sampleView().proposals.map((p) => p.current.text),
    );
  });
});
