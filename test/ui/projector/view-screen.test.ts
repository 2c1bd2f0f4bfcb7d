import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey, roomIdFor } from '../../../src/doc/capabilities.ts';
import { openSession } from '../../../src/doc/session.ts';
import { newWriter } from '../../../src/doc/writer.ts';
import '../../../src/ui/projector/view-screen.ts';
import type { ViewScreen } from '../../../src/ui/projector/view-screen.ts';
import { addProposals, createSession, deep, deepAll, joinGroups, mount, settle, textOf } from '../helpers.ts';

describe('cdw-view-screen', () => {
  it('shows the room read-only on the projector, and one proposal’s history without restore', async () => {
    const writeKey = newWriteKey();
    const roomId = await roomIdFor(writeKey);
    // A scribe in this browser wrote the room to IndexedDB; the view link opens the same local copy.
    const scribe = openSession({ roomId, writeKey, syncUrl: null, writer: newWriter });
    await scribe.whenLoaded;
    await createSession(scribe, 'Our city');
    const [riverside] = await joinGroups(scribe, 'Riverside');
    await addProposals(scribe, riverside!, 'Plant shade trees');
    await scribe.destroy();

    const screen = await mount<ViewScreen>(html`<cdw-view-screen .roomId=${roomId} .syncUrl=${null}></cdw-view-screen>`);
    await screen['room'].session!.whenLoaded;
    await settle(screen);
    const projector = deep(screen, 'cdw-projector-view')!;
    expect(textOf(projector.shadowRoot!)).to.contain('Plant shade trees');
    expect(textOf(projector.shadowRoot!)).to.contain('Our city');
    expect(screen['room'].session!.writer === null).to.equal(true);

    screen.proposal = screen['room'].session!.store.view.proposals[0]!.id;
    await settle(screen);
    await customElements.whenDefined('cdw-history-view');
    await settle(screen);
    const history = deep(screen, 'cdw-history-view')!;
    expect(textOf(history.shadowRoot!)).to.contain('Version 1');
    expect(deepAll(history, 'button')).to.have.length(0);
    expect(deep(screen, '[role="status"]') !== null).to.equal(true);
  });
});
