// The browser's document layer (src/doc) against the real relay, in Node: status, waiting changes, convergence.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { RelayConnection, type ConnectionStatus } from '../../src/doc/connection.ts';
import { newGroupSigner } from '../../src/doc/signers.ts';
import { WorkshopStore } from '../../src/doc/store.ts';
import { WorkshopWriter } from '../../src/doc/writer.ts';
import { startRelay } from '../../relay/server.ts';
import { eventually, metric, newRoom, startTestRelay, type TestRelay } from '../relay/helpers.ts';

interface Scribe {
  doc: Y.Doc;
  store: WorkshopStore;
  writer: WorkshopWriter | null;
  connection: RelayConnection;
  group: string;
  statuses: ConnectionStatus[];
}

/** A scribe holds a new group key, as the browser makes one; a viewer (no write key) speaks for no group. */
async function openScribe(syncUrl: string, roomId: string, writeKey: string | null): Promise<Scribe> {
  const doc = new Y.Doc();
  const store = new WorkshopStore(doc, { roomId, anchor: null });
  const signer = writeKey ? await newGroupSigner(roomId) : null;
  const writer = signer ? new WorkshopWriter(doc, store) : null;
  if (signer) writer!.adopt(signer);
  const connection = new RelayConnection({
    doc,
    syncUrl,
    roomId,
    writeKey,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const statuses: ConnectionStatus[] = [];
  connection.subscribe((status) => statuses.push(status));
  return { doc, store, writer, connection, group: signer?.actor ?? '', statuses };
}

const close = (scribe: Scribe) => {
  scribe.connection.destroy();
  scribe.doc.destroy();
};

describe('scribes through the relay', () => {
  let relay: TestRelay;
  before(async () => {
    relay = await startTestRelay({ ackDelayMs: 20 });
  });
  after(() => relay.dispose());

  it('shows Online with nothing waiting once the relay holds every change, and both views converge', async () => {
    const { writeKey, roomId } = newRoom();
    const a = await openScribe(relay.syncUrl, roomId, writeKey);
    const b = await openScribe(relay.syncUrl, roomId, writeKey);
    try {
      await eventually(() => assert.equal(a.connection.status.state, 'online'));
      assert.ok((await a.writer!.join(a.group, 'Table 1', 'Paris')).ok);
      assert.ok((await b.writer!.join(b.group, 'Table 2', 'Dakar')).ok);
      assert.ok((await a.writer!.addProposal(a.group, 'Free transit')).ok);
      assert.ok(a.connection.status.pending > 0, 'a fresh change waits for the relay');
      await eventually(() => assert.deepEqual(a.connection.status, { state: 'online', pending: 0 }));
      await eventually(() => assert.equal(b.store.view.proposals.length, 1));
      assert.ok((await a.writer!.addProposal(a.group, 'A second one, so the receiver gets an update that does not start at clock 0')).ok);
      await eventually(() => assert.equal(b.store.view.proposals.length, 2));
      // b's own join reaches the relay on its own schedule: wait for the state, what arrived from the relay never waits.
      await eventually(() => assert.deepEqual(b.connection.status, { state: 'online', pending: 0 }, 'what arrived from the relay is not waiting'));
      assert.ok((await b.writer!.endorse(b.group, b.store.view.proposals[1]!.current.id)).ok);
      await eventually(() => assert.equal(a.store.view.proposals[0]!.endorsements, 2));
      assert.deepEqual(a.store.view, b.store.view);
      assert.ok(a.statuses.some((s) => s.state === 'syncing'), 'went through Syncing while changes were in flight');
    } finally {
      close(a);
      close(b);
    }
  });

  it('a viewer without the key cannot write: its change stays local and counts as waiting forever', async () => {
    const { writeKey, roomId } = newRoom();
    const scribe = await openScribe(relay.syncUrl, roomId, writeKey);
    const viewer = await openScribe(relay.syncUrl, roomId, null);
    try {
      assert.ok((await scribe.writer!.join(scribe.group, 'Table 1')).ok);
      await eventually(() => assert.equal(viewer.store.view.groups.length, 1));
      // A properly signed join: only the missing write key keeps it off the relay.
      const forged = new WorkshopWriter(viewer.doc, viewer.store);
      const intruder = await newGroupSigner(roomId);
      forged.adopt(intruder);
      assert.ok((await forged.join(intruder.actor, 'Intruder')).ok);
      assert.deepEqual(viewer.store.view.groups.map((g) => g.name), ['Table 1', 'Intruder']);
      await eventually(() => assert.equal(viewer.connection.status.pending, 1));
      assert.ok((await scribe.writer!.addProposal(scribe.group, 'After the forgery')).ok);
      await eventually(() => assert.equal(viewer.store.view.proposals.length, 1));
      assert.deepEqual(scribe.store.view.groups.map((g) => g.name), ['Table 1']);
    } finally {
      close(scribe);
      close(viewer);
    }
  });

  it('sends only its own presence to the relay, never the other tabs’ back to it', async () => {
    const { writeKey, roomId } = newRoom();
    const tabs = await Promise.all([1, 2, 3, 4].map(() => openScribe(relay.syncUrl, roomId, writeKey)));
    try {
      await eventually(() => assert.ok(tabs.every((tab) => tab.connection.status.state === 'online')));
      const [speaker, ...listeners] = tabs as [Scribe, ...Scribe[]];
      const awarenessOf = (tab: Scribe) => tab.connection.provider.awareness;
      const before = await metric(relay.relay.url, 'relay_messages_received_total');
      const changes = 10;
      for (let i = 1; i <= changes; i++) {
        awarenessOf(speaker).setLocalStateField('editing', `proposal-${i}`);
        await eventually(() => {
          for (const tab of listeners) assert.equal(awarenessOf(tab).getStates().get(speaker.doc.clientID)?.editing, `proposal-${i}`);
        });
      }
      const received = (await metric(relay.relay.url, 'relay_messages_received_total')) - before;
      // One message a change from the speaker; the three listeners used to send each change back (40 in all).
      assert.ok(received >= changes && received < changes + 5, `the relay received ${received} messages for ${changes} changes`);
    } finally {
      for (const tab of tabs) close(tab);
    }
  });
});

describe('a relay that goes away and comes back', () => {
  it('counts changes made while it is down and reports Online again once it holds them', async () => {
    const first = await startTestRelay({ ackDelayMs: 20 });
    const { port } = first.relay;
    const { writeKey, roomId } = newRoom();
    const scribe = await openScribe(first.syncUrl, roomId, writeKey);
    let second: Awaited<ReturnType<typeof startRelay>> | null = null;
    try {
      assert.ok((await scribe.writer!.join(scribe.group, 'Table 1')).ok);
      await eventually(() => assert.deepEqual(scribe.connection.status, { state: 'online', pending: 0 }));
      await first.relay.close();
      await eventually(() => assert.equal(scribe.connection.status.state, 'offline'));
      assert.ok((await scribe.writer!.addProposal(scribe.group, 'Written while the relay was down')).ok);
      assert.ok((await scribe.writer!.addProposal(scribe.group, 'And another')).ok);
      assert.deepEqual(scribe.connection.status, { state: 'offline', pending: 2 });
      second = await startRelay({ port, host: '127.0.0.1', dataDir: first.dataDir, staticDir: null, log: () => {}, ackDelayMs: 20 });
      await eventually(() => assert.deepEqual(scribe.connection.status, { state: 'online', pending: 0 }), 15_000);
      const late = await openScribe(first.syncUrl, roomId, null);
      try {
        await eventually(() => assert.equal(late.store.view.proposals.length, 2));
        assert.deepEqual(late.store.view, scribe.store.view);
      } finally {
        close(late);
      }
    } finally {
      close(scribe);
      await second?.close();
      await first.dispose().catch(() => {});
    }
  });
});
