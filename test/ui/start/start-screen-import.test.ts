import { expect } from 'chai';
import { html } from 'lit';
import { roomIdFor } from '../../../src/doc/capabilities.ts';
import { openSession } from '../../../src/doc/session.ts';
import { toJsonExport } from '../../../src/domain/export/json.ts';
import type { WorkshopView } from '../../../src/domain/view.ts';
import { parseRoute } from '../../../src/ui/shell/route.ts';
import '../../../src/ui/start/start-screen.ts';
import type { StartScreen } from '../../../src/ui/start/start-screen.ts';
import { signedSession, written, type SignedSession } from '../facilitator-fixtures.ts';
import { deep, deepAll, mount, settle, textOf, until, useLanguage } from '../helpers.ts';

const EXPORTED_AT = Date.UTC(2026, 10, 27);

async function continueFrom(screen: StartScreen, text: string): Promise<void> {
  const form = deep(screen, 'cdw-import-form')!;
  form.dispatchEvent(new CustomEvent('continue-from-export', { detail: { text }, bubbles: true, composed: true }));
  await until(() => !!deep(screen, 'cdw-share-link') || !!textOf(deep(screen, '#import-problem')!), 'the links or a problem');
  await settle(screen);
}

/** The signed sample session, exported as "Download JSON" does: with its room, hence its facilitator. */
async function exported(session: SignedSession): Promise<string> {
  await session.session.store.settled();
  const { store } = session.session;
  return toJsonExport(store.records, store.view, EXPORTED_AT, session.roomId);
}

/** The continued room as another tab would open it from the new view link (read-only, from IndexedDB). */
async function reopen(screen: StartScreen): Promise<{ view: WorkshopView; roomId: string; anchor: string | null }> {
  const [scribeUrl, viewUrl] = deepAll<HTMLTextAreaElement>(screen, 'textarea').map((f) => f.value);
  const scribe = parseRoute(new URL(scribeUrl!).hash);
  const view = parseRoute(new URL(viewUrl!).hash);
  if (scribe.page !== 'scribe' || view.page !== 'view') throw new Error(`unexpected links ${scribeUrl} ${viewUrl}`);
  expect(view.roomId).to.equal(await roomIdFor(scribe.writeKey));
  expect(view.anchor).to.be.a('string');
  await screen['session']!.store.settled();
  const reopened = openSession({ roomId: view.roomId, writeKey: null, anchor: view.anchor, syncUrl: null });
  await reopened.whenLoaded;
  const derived = reopened.store.view;
  await reopened.destroy();
  return { view: derived, roomId: view.roomId, anchor: view.anchor };
}

/** What the room sees and the history: every proposal with every revision and count, every group. */
const essentials = (view: WorkshopView) => ({
  title: view.title,
  proposals: view.proposals,
  groups: view.groups,
  notAdmitted: view.notAdmitted,
  superseded: view.superseded,
});

describe('cdw-start-screen: continue from an export', () => {
  it('continues a signed export in a new session: same proposals, counts, history and groups, under new links', async () => {
    const original = await signedSession({ persist: false });
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null}></cdw-start-screen>`);
    await continueFrom(screen, await exported(original));
    expect(textOf(deep(screen, 'h1')!)).to.contain('Our city');
    const records = original.session.store.records.length;
    expect(textOf(deep(screen, 'cdw-start-page')!.shadowRoot!)).to.contain(`${records} records carried over.`);
    expect(deepAll(screen, 'textarea'), 'scribe, view and facilitator links').to.have.length(3);

    const { view, roomId, anchor } = await reopen(screen);
    expect(roomId).to.not.equal(original.roomId);
    expect(anchor).to.not.equal(original.facilitator.signer.actor);
    expect(view.facilitator).to.equal(anchor);
    expect(essentials(view)).to.deep.equal(essentials(original.session.store.view));
    expect(view.proposals.map((p) => [p.current.text, p.endorsements])).to.deep.equal([
      ['Plant shade trees', 2],
      ['Open the public library on Sundays', 1],
    ]);
    // Only the exported room's own session record is left aside: every signed record verified.
    expect(view.diagnostics.map((d) => d.reason)).to.deep.equal(['other-session']);
    await original.session.destroy();
  });

  it('keeps what the earlier facilitator hid, and opens a session the export left locked', async () => {
    const original = await signedSession({ persist: false });
    const { writer, store } = original.session;
    const me = original.facilitator.signer.actor;
    const edited = store.view.proposals.find((p) => p.revisions.length === 2)!;
    await written(writer!.hide(me, edited.current.id));
    await written(writer!.lock(me));
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null}></cdw-start-screen>`);
    await continueFrom(screen, await exported(original));
    const { view } = await reopen(screen);
    expect(view.locked, 'the new facilitator unlocked it').to.equal(false);
    const fallen = view.proposals.find((p) => p.id === edited.id)!;
    expect(fallen.current.number).to.equal(1);
    expect(fallen.revisions[1]).to.include({ hidden: true, text: '' });
    await original.session.destroy();
  });

  it('continues a session that was itself continued: the new one names both rooms', async () => {
    const original = await signedSession({ persist: false });
    const first = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null}></cdw-start-screen>`);
    await continueFrom(first, await exported(original));
    const middle = first['session']!;
    await middle.store.settled();
    const again = toJsonExport(middle.store.records, middle.store.view, EXPORTED_AT, middle.roomId);
    const second = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null}></cdw-start-screen>`);
    await continueFrom(second, again);
    const { view } = await reopen(second);
    expect(essentials(view)).to.deep.equal(essentials(original.session.store.view));
    const record = second['session']!.store.records.find((r) => r.kind === 'session' && r.author === view.facilitator);
    expect(record?.kind === 'session' && record.continues).to.deep.equal([
      { room: middle.roomId, facilitator: middle.store.view.facilitator },
      { room: original.roomId, facilitator: original.facilitator.signer.actor },
    ]);
    await original.session.destroy();
  });

  it('refuses, with a clear message, an export that does not name its room', async () => {
    const original = await signedSession({ persist: false });
    const text = await exported(original);
    const data = JSON.parse(text);
    delete data.room;
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null} .persist=${false}></cdw-start-screen>`);
    await continueFrom(screen, JSON.stringify(data));
    expect(textOf(deep(screen, '#import-problem')!)).to.contain('does not say which session it came from');
    expect(deep(screen, 'cdw-share-link')).to.equal(null);
    expect(screen['session']).to.equal(null);
    await original.session.destroy();
  });

  it('says how many records of the file were left out', async () => {
    const original = await signedSession({ persist: false });
    const data = JSON.parse(await exported(original));
    data.records.push({ v: 1, id: 'broken!', kind: 'add' });
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null} .persist=${false}></cdw-start-screen>`);
    await continueFrom(screen, JSON.stringify(data));
    expect(textOf(deep(screen, 'cdw-start-page')!.shadowRoot!)).to.contain('1 record of the file was not valid and was left out.');
    await original.session.destroy();
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
