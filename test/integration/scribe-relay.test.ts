// The browser's document layer (src/doc) against the real relay, in Node: status, waiting changes, convergence.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { RelayConnection, type ConnectionStatus } from '../../src/doc/connection.ts';
import { newActorId } from '../../src/doc/random-ids.ts';
import { WorkshopStore } from '../../src/doc/store.ts';
import { WorkshopWriter } from '../../src/doc/writer.ts';
import { startRelay } from '../../relay/server.ts';
import { eventually, newRoom, startTestRelay, type TestRelay } from '../relay/helpers.ts';

interface Scribe {
  doc: Y.Doc;
  store: WorkshopStore;
  writer: WorkshopWriter | null;
  connection: RelayConnection;
  group: string;
  statuses: ConnectionStatus[];
}

function openScribe(syncUrl: string, roomId: string, writeKey: string | null): Scribe {
  const doc = new Y.Doc();
  const store = new WorkshopStore(doc);
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
  return { doc, store, writer: writeKey ? new WorkshopWriter(doc, store) : null, connection, group: newActorId(), statuses };
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
    const a = openScribe(relay.syncUrl, roomId, writeKey);
    const b = openScribe(relay.syncUrl, roomId, writeKey);
    try {
      await eventually(() => assert.equal(a.connection.status.state, 'online'));
      a.writer!.join(a.group, 'Table 1', 'Paris');
      b.writer!.join(b.group, 'Table 2', 'Dakar');
      a.writer!.addProposal(a.group, 'Free transit');
      assert.ok(a.connection.status.pending > 0, 'a fresh change waits for the relay');
      await eventually(() => assert.deepEqual(a.connection.status, { state: 'online', pending: 0 }));
      await eventually(() => assert.equal(b.store.view.proposals.length, 1));
      a.writer!.addProposal(a.group, 'A second one, so the receiver gets an update that does not start at clock 0');
      await eventually(() => assert.equal(b.store.view.proposals.length, 2));
      assert.deepEqual(b.connection.status, { state: 'online', pending: 0 }, 'what arrived from the relay is not waiting');
      b.writer!.endorse(b.group, b.store.view.proposals[1]!.current.id);
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
    const scribe = openScribe(relay.syncUrl, roomId, writeKey);
    const viewer = openScribe(relay.syncUrl, roomId, null);
    try {
      scribe.writer!.join(scribe.group, 'Table 1');
      await eventually(() => assert.equal(viewer.store.view.groups.length, 1));
      const forged = new WorkshopWriter(viewer.doc, viewer.store);
      forged.join(viewer.group, 'Intruder');
      await eventually(() => assert.equal(viewer.connection.status.pending, 1));
      scribe.writer!.addProposal(scribe.group, 'After the forgery');
      await eventually(() => assert.equal(viewer.store.view.proposals.length, 1));
      assert.deepEqual(scribe.store.view.groups.map((g) => g.name), ['Table 1']);
    } finally {
      close(scribe);
      close(viewer);
    }
  });
});

describe('a relay that goes away and comes back', () => {
  it('counts changes made while it is down and reports Online again once it holds them', async () => {
    const first = await startTestRelay({ ackDelayMs: 20 });
    const { port } = first.relay;
    const { writeKey, roomId } = newRoom();
    const scribe = openScribe(first.syncUrl, roomId, writeKey);
    let second: Awaited<ReturnType<typeof startRelay>> | null = null;
    try {
      scribe.writer!.join(scribe.group, 'Table 1');
      await eventually(() => assert.deepEqual(scribe.connection.status, { state: 'online', pending: 0 }));
      await first.relay.close();
      await eventually(() => assert.equal(scribe.connection.status.state, 'offline'));
      scribe.writer!.addProposal(scribe.group, 'Written while the relay was down');
      scribe.writer!.addProposal(scribe.group, 'And another');
      assert.deepEqual(scribe.connection.status, { state: 'offline', pending: 2 });
      second = await startRelay({ port, host: '127.0.0.1', dataDir: first.dataDir, staticDir: null, log: () => {}, ackDelayMs: 20 });
      await eventually(() => assert.deepEqual(scribe.connection.status, { state: 'online', pending: 0 }), 15_000);
      const late = openScribe(first.syncUrl, roomId, null);
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
