import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { newWriteKey, roomIdFor } from '../../../src/doc/capabilities.ts';
import { recordsOf } from '../../../src/doc/schema.ts';
import '../../../src/ui/sync/sync-screen.ts';
import type { SyncScreen } from '../../../src/ui/sync/sync-screen.ts';
import { lastInSyncKey } from '../../../src/ui/sync/sync-memory.ts';
import { seriousViolations } from '../axe.ts';
import { newSigner } from '../../support/replica.ts';
import { deep, joinAs, joinGroups, mount, settle, textOf } from '../helpers.ts';

async function openSyncScreen(link: 'scribe' | 'view', key: string, clock: () => number): Promise<SyncScreen> {
  const screen = await mount<SyncScreen>(
    html`<cdw-sync-screen .link=${link} .key=${key} .syncUrl=${null} .persist=${false} .clock=${clock}></cdw-sync-screen>`,
  );
  await screen.ready();
  await settle(screen);
  return screen;
}

/** Another browser's tab speaking for `group`, its presence carried into `screen` as the relay would. */
function scribeTab(screen: SyncScreen, group: string) {
  const awareness = new Awareness(new Y.Doc());
  const carry = () =>
    applyAwarenessUpdate(screen.openRoom!.presence!.awareness, encodeAwarenessUpdate(awareness, [awareness.clientID]), 'relay');
  return {
    announce(pending: number) {
      awareness.setLocalState({ group, editing: null, pending });
      carry();
    },
    leave() {
      removeAwarenessStates(awareness, [awareness.clientID], 'closed');
      carry();
    },
  };
}

const groupLines = (screen: SyncScreen) =>
  [...deep(screen, 'cdw-sync-overview')!.shadowRoot!.querySelectorAll('ul[aria-labelledby="groups"] > li')].map((li) => textOf(li));
const diagnosticsText = (screen: SyncScreen) => textOf(deep(screen, 'cdw-diagnostics')!.shadowRoot!);

describe('cdw-sync-screen', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('counts a hostile record written into the document among the ignored records, and keeps working', async () => {
    const writeKey = newWriteKey();
    const screen = await openSyncScreen('scribe', writeKey, Date.now);
    const session = screen.openRoom!.session;
    const [riverside] = await joinGroups(session, 'Riverside');
    await settle(screen);
    expect(diagnosticsText(screen)).to.contain('No record was ignored.');

    recordsOf(session.doc).push([
      { v: 1, id: 'hostileRecord001', author: riverside, hlc: [Date.now(), 0], kind: 'add', text: 'x'.repeat(1001) },
      42,
      { v: 1, id: 'hostileRecord002', author: riverside, hlc: 'soon', kind: 'add', text: '<script>alert(1)</script>' },
    ]);
    await settle(screen);
    expect(diagnosticsText(screen)).to.contain('3 records ignored');
    expect(diagnosticsText(screen)).to.contain('hostileRecord001');
    expect(groupLines(screen)).to.deep.equal(['● 1 Riverside · Paris Not seen in sync yet']);
  });

  it('shows a group online now, then when it was last in sync after it left, and remembers it after a reload', async () => {
    const writeKey = newWriteKey();
    localStorage.removeItem(lastInSyncKey(await roomIdFor(writeKey)));
    let now = new Date(2030, 4, 17, 14, 5).getTime();
    const screen = await openSyncScreen('scribe', writeKey, () => now);
    const signer = await newSigner();
    const lighthouse = await joinAs(screen.openRoom!.session, signer, 'Lighthouse');
    const tab = scribeTab(screen, lighthouse);

    tab.announce(2);
    await settle(screen);
    expect(groupLines(screen)).to.deep.equal(['● 1 Lighthouse · Paris Online now, sending 2 changes']);
    tab.announce(0);
    await settle(screen);
    expect(groupLines(screen)).to.deep.equal(['● 1 Lighthouse · Paris Online now']);

    const inSync = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(now);
    now += 25 * 60_000;
    tab.leave();
    screen.requestUpdate();
    await settle(screen);
    expect(groupLines(screen)).to.deep.equal([`● 1 Lighthouse · Paris In sync at ${inSync} (25 minutes ago)`]);

    // Only the times live in this browser's storage; the group list comes from the (here in-memory) document.
    screen.remove();
    const reopened = await openSyncScreen('scribe', writeKey, () => now);
    await joinAs(reopened.openRoom!.session, signer, 'Lighthouse');
    await settle(reopened);
    expect(groupLines(reopened)).to.deep.equal([`● 1 Lighthouse · Paris In sync at ${inSync} (25 minutes ago)`]);
  });

  it('links back to where it was opened from', async () => {
    const writeKey = newWriteKey();
    const fromScribe = await openSyncScreen('scribe', writeKey, Date.now);
    const back = fromScribe.shadowRoot!.querySelector('a')!;
    expect([back.getAttribute('href'), back.textContent]).to.deep.equal([`#/s/${writeKey}`, 'Back to the proposals']);
    const roomId = await roomIdFor(writeKey);
    const fromView = await openSyncScreen('view', roomId, Date.now);
    const backToProjector = fromView.shadowRoot!.querySelector('a')!;
    expect([backToProjector.getAttribute('href'), backToProjector.textContent]).to.deep.equal([`#/v/${roomId}`, 'Back to the projector']);
    expect(fromView.openRoom!.session.writer, 'the view link stays read-only').to.equal(null);
  });

  it('has no serious accessibility violation, at phone width, with groups and ignored records', async () => {
    await setViewport({ width: 360, height: 800 });
    const screen = await openSyncScreen('scribe', newWriteKey(), Date.now);
    const session = screen.openRoom!.session;
    const [riverside] = await joinGroups(session, 'Riverside', 'Lighthouse');
    scribeTab(screen, riverside!).announce(0);
    recordsOf(session.doc).push([{ v: 2, id: 'fromTheFuture001' }]);
    await settle(screen);
    expect(diagnosticsText(screen)).to.contain('1 record ignored');
    expect(await seriousViolations(screen)).to.deep.equal([]);
  });
});
