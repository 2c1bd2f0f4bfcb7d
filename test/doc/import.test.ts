import { expect } from 'chai';
import * as Y from 'yjs';
import { parseJsonExport, toJsonExport } from '../../src/domain/export/json.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import { importRecords } from '../../src/doc/import.ts';
import { WorkshopStore } from '../../src/doc/store.ts';
import { WorkshopWriter } from '../../src/doc/writer.ts';
import { TEST_ROOM, createReplica, newSigner, syncAll } from '../support/replica.ts';

/** The room the continued session gets: new links, so a new room (DESIGN §3). */
const NEXT_ROOM = 'next-room-bbbbbbbbbbbb';

/** Everything the groups wrote, without who facilitates, the session record or the clock. */
const content = (view: WorkshopView) => ({
  title: view.title,
  languages: view.languages,
  groups: view.groups,
  proposals: view.proposals,
  notAdmitted: view.notAdmitted,
  superseded: view.superseded,
  discountedEndorsements: view.discountedEndorsements,
  needsTranslation: view.needsTranslation,
});

/** A session in TEST_ROOM with two groups, an edit and a second proposal, exported and read back. */
async function exportedSession() {
  const facilitator = await newSigner();
  const [a, b] = [await createReplica(1), await createReplica(2, { now: 1_700_000_000_500 })];
  a.writer.adopt(facilitator);
  await a.writer.createSession(facilitator.actor, 'Paris 2026');
  await a.writer.join(a.group, 'Table 1', 'Paris');
  await b.writer.join(b.group, 'Table 2', 'Paris');
  await a.writer.addProposal(a.group, 'Free transit');
  await syncAll([a, b]);
  const transit = b.store.view.proposals[0]!;
  await b.writer.editProposal(b.group, transit.id, transit.current.id, 'Free public transit');
  await b.writer.addProposal(b.group, 'Open assemblies');
  await syncAll([a, b]);
  expect(a.store.view.diagnostics).to.deep.equal([]);
  const parsed = parseJsonExport(toJsonExport(a.store.records, a.store.view, a.now));
  if (!parsed.ok) throw new Error(parsed.problem);
  expect(parsed.rejected.total).to.equal(0);
  return { a, facilitator, transit, records: parsed.records };
}

/** A new session, in a new room, whose facilitator names the exported room as the one it continues. */
async function continuedSession(records: readonly WorkshopRecord[], continues: { room: string; facilitator: string }[]) {
  const next = new Y.Doc();
  const facilitator = await newSigner();
  const store = new WorkshopStore(next, { roomId: NEXT_ROOM, anchor: facilitator.actor });
  const writer = new WorkshopWriter(next, store, { clock: () => 1_700_000_100_000 });
  writer.adopt(facilitator);
  const created = await writer.createSession(facilitator.actor, 'Paris 2026', undefined, continues);
  expect(created.ok).to.equal(true);
  importRecords(next, records);
  await store.settled();
  return { store, facilitator, created };
}

describe('importing an export into a new session', () => {
  it('continues with the same history and the same derived view, signatures checked for the earlier room', async () => {
    const { a, facilitator, transit, records } = await exportedSession();
    const { store, facilitator: next, created } = await continuedSession(records, [
      { room: TEST_ROOM, facilitator: facilitator.actor },
    ]);
    expect(content(store.view)).to.deep.equal(content(a.store.view));
    expect(store.view.proposals.find((p) => p.id === transit.id)!.revisions).to.have.length(2);
    // The new session record rules; the exported one is kept in the history but names another session.
    expect(store.view.facilitator).to.equal(next.actor);
    const oldSession = records.find((r) => r.kind === 'session')!;
    expect(store.view.diagnostics).to.deep.equal([{ reason: 'other-session', id: oldSession.id, detail: null }]);
    expect(store.view.appliedRecords).to.equal(a.store.view.appliedRecords);
    expect(store.records.map((r) => r.id)).to.deep.equal([...records.map((r) => r.id), created.ok && created.record.id]);
  });

  it('refuses records signed for a room the new session does not continue, and records altered in the file', async () => {
    const { records } = await exportedSession();
    const elsewhere = await continuedSession(records, []);
    expect(elsewhere.store.view.groups).to.deep.equal([]);
    expect(elsewhere.store.view.proposals).to.deep.equal([]);
    expect(new Set(elsewhere.store.view.diagnostics.map((d) => d.reason))).to.deep.equal(new Set(['bad-signature']));
    expect(elsewhere.store.view.diagnostics).to.have.length(records.length);

    const altered = records.map((r) => (r.kind === 'add' && r.text === 'Open assemblies' ? { ...r, text: 'Closed assemblies' } : r));
    const { store } = await continuedSession(altered, [{ room: TEST_ROOM, facilitator: records[0]!.author }]);
    const forged = altered.find((r) => r.kind === 'add' && r.text === 'Closed assemblies')!;
    expect(store.view.diagnostics).to.deep.include({ reason: 'bad-signature', id: forged.id, detail: null });
    expect(store.view.proposals.map((p) => p.current.text)).to.deep.equal(['Free public transit']);
  });

  it('reaches the same view when the records arrive before the session record that names their room', async () => {
    const { a, facilitator, records } = await exportedSession();
    const next = new Y.Doc();
    const nextFacilitator = await newSigner();
    const store = new WorkshopStore(next, { roomId: NEXT_ROOM, anchor: nextFacilitator.actor });
    const writer = new WorkshopWriter(next, store, { clock: () => 1_700_000_100_000 });
    writer.adopt(nextFacilitator);
    importRecords(next, records);
    await store.settled();
    expect(store.view.proposals, 'not yet: no session names their room').to.deep.equal([]);
    await writer.createSession(nextFacilitator.actor, 'Paris 2026', undefined, [{ room: TEST_ROOM, facilitator: facilitator.actor }]);
    await store.settled();
    expect(content(store.view)).to.deep.equal(content(a.store.view));
    // A reload of the same document agrees with the live view.
    const reloaded = new WorkshopStore(next, { roomId: NEXT_ROOM, anchor: nextFacilitator.actor });
    await reloaded.settled();
    expect(reloaded.view).to.deep.equal(store.view);
  });
});
