import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/shell/app.ts';
import type { WorkshopApp } from '../../../src/ui/shell/app.ts';
import { deep, mount, settle } from '../helpers.ts';

const ROOM = 'abcdefghijklmnopqrstuv';
const OTHER = 'ABCDEFGHIJKLMNOPQRSTUV';
const ANCHOR = 'facilitator-0123456789';

/** Screens take the anchor as a property, whether or not they declare it yet. */
type Anchored = HTMLElement & { roomId: string; anchor?: string | null };

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

  it('hands the publishing page, the replay and the comparison the facilitator each link names', async () => {
    location.hash = `#/v/${ROOM}.${ANCHOR}/publish`;
    const app = await mount<WorkshopApp>(html`<cdw-app .syncUrl=${null}></cdw-app>`);
    const publish = (await waitFor(app, 'cdw-publish-screen')) as Anchored;
    expect([publish.roomId, publish.anchor]).to.deep.equal([ROOM, ANCHOR]);

    location.hash = `#/v/${ROOM}.${ANCHOR}/replay`;
    const replay = (await waitFor(app, 'cdw-replay-screen')) as Anchored;
    expect([replay.roomId, replay.anchor]).to.deep.equal([ROOM, ANCHOR]);

    location.hash = `#/compare/${ROOM}.${ANCHOR},${OTHER}`;
    const compare = (await waitFor(app, 'cdw-compare-screen')) as HTMLElement & { rooms?: unknown; roomIds: readonly string[] };
    expect(compare.rooms).to.deep.equal([{ roomId: ROOM, anchor: ANCHOR }, { roomId: OTHER, anchor: null }]);
    expect(compare.roomIds).to.deep.equal([ROOM, OTHER]);
  });
});
