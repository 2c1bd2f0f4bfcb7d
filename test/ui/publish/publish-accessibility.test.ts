import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/publish/compare-form.ts';
import '../../../src/ui/publish/export-disclosure.ts';
import type { ExportDisclosure } from '../../../src/ui/publish/export-disclosure.ts';
import '../../../src/ui/start/import-form.ts';
import '../../../src/ui/projector/projector-view.ts';
import '../../../src/ui/publish/publish-page.ts';
import '../../../src/ui/publish/replay-controls.ts';
import '../../../src/ui/publish/session-column.ts';
import '../../../src/ui/start/start-page.ts';
import { seriousViolations } from '../axe.ts';
import { fullView, sampleRecords, sampleView } from '../fixtures.ts';
import { mount, settle, useLanguage } from '../helpers.ts';

const ROOM = 'abcdefghijklmnopqrstuv';

/** axe-core on the views of issue 7: no serious or critical violation. */
describe('accessibility of publishing (axe-core)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('publishing page with its print preview, on a laptop and a phone', async () => {
    await setViewport({ width: 1280, height: 900 });
    const page = await mount(html`<cdw-publish-page .view=${fullView()} .records=${sampleRecords()} roomId=${ROOM}></cdw-publish-page>`);
    expect(await seriousViolations(page)).to.deep.equal([]);
    await setViewport({ width: 360, height: 800 });
    await settle(page);
    expect(await seriousViolations(page)).to.deep.equal([]);
  });

  it('replay on the projector at 1920×1080, in French', async () => {
    await setViewport({ width: 1920, height: 1080 });
    await useLanguage('fr');
    const view = fullView();
    const projector = await mount(html`<cdw-projector-view replay .view=${view} viewUrl="https://w.example/#/v/${ROOM}">
      <cdw-replay-controls slot="panel" .moments=${[1, 2, 3]} .index=${1} liveHref="#/v/${ROOM}"></cdw-replay-controls>
    </cdw-projector-view>`);
    expect(await seriousViolations(projector)).to.deep.equal([]);
  });

  it('live projector with its publish and replay links', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const projector = await mount(
      html`<cdw-projector-view .view=${fullView()} publishHref="#/v/${ROOM}/publish" replayHref="#/v/${ROOM}/replay"></cdw-projector-view>`,
    );
    expect(await seriousViolations(projector)).to.deep.equal([]);
  });

  it('comparison: the form with a problem, and two columns', async () => {
    await setViewport({ width: 1280, height: 900 });
    const form = await mount(html`<cdw-compare-form></cdw-compare-form>`);
    form.shadowRoot!.querySelector('button')!.click();
    await settle(form);
    expect(await seriousViolations(form)).to.deep.equal([]);
    const columns = await mount(html`<div>
      <cdw-session-column .view=${sampleView()} viewHref="#/v/${ROOM}" removeHref="#/compare"></cdw-session-column>
      <cdw-session-column .view=${fullView()} viewHref="#/v/${ROOM}" removeHref="#/compare"></cdw-session-column>
    </div>`);
    expect(await seriousViolations(columns)).to.deep.equal([]);
  });

  it('start page with "Continue from an export" showing a problem, in Portuguese', async () => {
    await useLanguage('pt');
    const page = await mount(html`<cdw-start-page .importProblem=${'not-an-export'}></cdw-start-page>`);
    expect(await seriousViolations(page)).to.deep.equal([]);
  });

  it('the scribe’s export disclosure, opened', async () => {
    const el = await mount<ExportDisclosure>(
      html`<cdw-export-disclosure .view=${sampleView()} .records=${sampleRecords()} roomId=${ROOM}></cdw-export-disclosure>`,
    );
    el.shadowRoot!.querySelector('details')!.open = true;
    await el.whenOpen();
    await settle(el);
    expect(await seriousViolations(el)).to.deep.equal([]);
  });
});
