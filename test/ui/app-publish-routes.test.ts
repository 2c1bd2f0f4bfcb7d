import { expect } from 'chai';
import { html } from 'lit';
import '../../src/ui/app.ts';
import type { WorkshopApp } from '../../src/ui/app.ts';
import { deep, mount, settle } from './helpers.ts';

const ROOM = 'abcdefghijklmnopqrstuv';

async function waitFor(root: Element, selector: string): Promise<Element> {
  for (let i = 0; i < 100; i++) {
    await settle(root);
    const found = deep(root, selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${selector} never appeared`);
}

describe('cdw-app: publishing routes', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens the publishing page, the replay (full screen like the projector) and the comparison', async () => {
    location.hash = `#/v/${ROOM}/publish`;
    const app = await mount<WorkshopApp>(html`<cdw-app .syncUrl=${null}></cdw-app>`);
    expect((await waitFor(app, 'cdw-publish-screen') as HTMLElementTagNameMap['cdw-publish-screen']).roomId).to.equal(ROOM);
    expect(app.shadowRoot!.querySelector('header') !== null, 'the publishing page keeps the header and its language switch').to.equal(true);

    location.hash = `#/v/${ROOM}/replay`;
    await waitFor(app, 'cdw-replay-controls');
    expect(app.shadowRoot!.querySelector('header') === null, 'the replay owns the whole screen').to.equal(true);
    expect(app.shadowRoot!.querySelector('main')!.className).to.equal('projector');

    location.hash = `#/compare/${ROOM}`;
    const screen = (await waitFor(app, 'cdw-compare-screen')) as HTMLElementTagNameMap['cdw-compare-screen'];
    expect(screen.roomIds).to.deep.equal([ROOM]);
    expect(app.shadowRoot!.querySelector('main')!.className).to.equal('wide');
  });
});
