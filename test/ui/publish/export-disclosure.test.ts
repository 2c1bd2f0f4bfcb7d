import { expect } from 'chai';
import { html } from 'lit';
import { deriveView } from '../../../src/domain/derive.ts';
import { newWriteKey, roomIdFor } from '../../../src/doc/capabilities.ts';
import '../../../src/ui/publish/export-disclosure.ts';
import '../../../src/ui/scribe/scribe-screen.ts';
import type { ScribeScreen } from '../../../src/ui/scribe/scribe-screen.ts';
import type { ExportDisclosure } from '../../../src/ui/publish/export-disclosure.ts';
import type { ExportFile } from '../../../src/domain/export/export-file.ts';
import '../../../src/ui/projector/projector-view.ts';
import type { ProjectorView } from '../../../src/ui/projector/projector-view.ts';
import { sampleRecords, sampleView } from '../fixtures.ts';
import { button, deep, mount, nextEvent, settle, useLanguage } from '../helpers.ts';
import { TRUST_ALL } from '../../support/trust.ts';

const ROOM = 'abcdefghijklmnopqrstuv';

describe('cdw-export-disclosure (the scribe’s exports)', () => {
  it('stays closed, then fetches and shows the downloads when opened, with the way to the publishing page', async () => {
    const records = sampleRecords();
    const el = await mount<ExportDisclosure>(
      html`<cdw-export-disclosure .view=${deriveView(records, TRUST_ALL)} .records=${records} roomId=${ROOM}></cdw-export-disclosure>`,
    );
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.equal('Publish and export');
    expect(el.shadowRoot!.querySelector('cdw-export-actions')).to.equal(null);
    const link = el.shadowRoot!.querySelector('a')!;
    expect([link.textContent, link.getAttribute('href')]).to.deep.equal(['Print page, replay and comparison', `#/v/${ROOM}/publish`]);

    el.shadowRoot!.querySelector('summary')!.click();
    await nextEvent(details, 'toggle');
    await el.whenOpen();
    await settle(el);
    const heard = nextEvent<{ file: ExportFile }>(el, 'export-file');
    el.addEventListener('export-file', (e) => e.preventDefault(), { once: true });
    button(el, 'Download JSON')!.click();
    expect(JSON.parse((await heard).detail.file.text).records).to.have.length(records.length);
  });

  it('sits at the end of the scribe’s page once the group has joined, with this room’s publishing page', async () => {
    const writeKey = newWriteKey();
    const screen = await mount<ScribeScreen>(
      html`<cdw-scribe-screen .writeKey=${writeKey} .syncUrl=${null} .persist=${false}></cdw-scribe-screen>`,
    );
    await screen.ready();
    expect(deep(screen, 'cdw-export-disclosure'), 'not before joining').to.equal(null);
    deep<HTMLInputElement>(screen, '#name')!.value = 'Riverside';
    button(screen, 'Join')!.click();
    await screen.idle();
    await settle(screen);
    const disclosure = deep<ExportDisclosure>(screen, 'cdw-export-disclosure')!;
    expect(disclosure.roomId).to.equal(await roomIdFor(writeKey));
    expect(disclosure.records).to.equal(screen['room'].session!.store.records);
  });

  it('speaks French', async () => {
    await useLanguage('fr');
    const el = await mount<ExportDisclosure>(html`<cdw-export-disclosure .view=${sampleView()} roomId=${ROOM}></cdw-export-disclosure>`);
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.equal('Publier et exporter');
  });
});

describe('cdw-projector-view: the discreet publish and replay links', () => {
  it('shows them in the side panel only when given', async () => {
    const plain = await mount<ProjectorView>(html`<cdw-projector-view .view=${sampleView()}></cdw-projector-view>`);
    expect(plain.shadowRoot!.querySelectorAll('.controls a')).to.have.length(0);
    const linked = await mount<ProjectorView>(
      html`<cdw-projector-view .view=${sampleView()} publishHref="#/v/${ROOM}/publish" replayHref="#/v/${ROOM}/replay"></cdw-projector-view>`,
    );
    const links = [...linked.shadowRoot!.querySelectorAll('aside .controls a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Replay', `#/v/${ROOM}/replay`],
      ['Publish', `#/v/${ROOM}/publish`],
    ]);
    await useLanguage('es');
    await settle(linked);
    expect([...linked.shadowRoot!.querySelectorAll('.controls a')].map((a) => a.textContent)).to.deep.equal(['Repetición', 'Publicar']);
  });

  it('keeps the QR code and the groups online out of a replay', async () => {
    const replay = await mount<ProjectorView>(html`<cdw-projector-view replay .view=${sampleView()}></cdw-projector-view>`);
    const hidden = (selector: string) => getComputedStyle(replay.shadowRoot!.querySelector(selector)!).display === 'none';
    expect([hidden('figure'), hidden('cdw-online-groups')]).to.deep.equal([true, true]);
    const live = await mount<ProjectorView>(html`<cdw-projector-view .view=${sampleView()}></cdw-projector-view>`);
    expect(getComputedStyle(live.shadowRoot!.querySelector('figure')!).display).to.not.equal('none');
    expect(deep(live, 'slot[name="panel"]')).to.not.equal(null);
  });
});
