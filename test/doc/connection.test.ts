import { expect } from 'chai';
import * as Y from 'yjs';
import { RelayConnection, type ConnectionOptions } from '../../src/doc/connection.ts';
import { createReplica } from '../support/replica.ts';

/** A socket the test opens by hand; nothing goes anywhere. */
class HandOpenedSocket {
  static last: HandOpenedSocket | null = null;
  binaryType = 'arraybuffer';
  readyState = 0;
  onopen: (() => void) | null = null;
  onclose = null;
  onmessage = null;
  onerror = null;
  constructor() {
    HandOpenedSocket.last = this;
  }
  send(): void {}
  close(): void {}
}

function connect(doc: Y.Doc, options: Partial<ConnectionOptions> = {}): RelayConnection {
  return new RelayConnection({
    doc,
    syncUrl: 'ws://relay.invalid/sync',
    roomId: 'room',
    WebSocketPolyfill: HandOpenedSocket as unknown as typeof WebSocket,
    disableBc: true,
    ...options,
  });
}

describe('RelayConnection', () => {
  it('opens no socket before the local copy is loaded, so the relay is asked only for what the page lacks', async () => {
    let loaded!: () => void;
    const connectAfter = new Promise<void>((resolve) => (loaded = resolve));
    HandOpenedSocket.last = null;
    const connection = connect(new Y.Doc(), { connectAfter });
    await Promise.resolve();
    expect(HandOpenedSocket.last).to.equal(null);
    loaded();
    await connectAfter;
    await Promise.resolve();
    expect(HandOpenedSocket.last).to.not.equal(null);
    connection.destroy();
  });

  it('keeps the tabs in sync through their channel while and after waiting for the local copy', async () => {
    let loaded!: () => void;
    const connectAfter = new Promise<void>((resolve) => (loaded = resolve));
    const tabs = [new Y.Doc(), new Y.Doc()].map((doc) => ({ doc, connection: connect(doc, { disableBc: false, roomId: 'tabs-room', connectAfter }) }));
    const [first, second] = tabs as [(typeof tabs)[0], (typeof tabs)[0]];
    first.doc.getArray('records').push(['before the relay']);
    loaded();
    await connectAfter;
    await Promise.resolve();
    first.doc.getArray('records').push(['after the relay']);
    expect(second.doc.getArray('records').toArray()).to.deep.equal(['before the relay', 'after the relay']);
    for (const tab of tabs) tab.connection.destroy();
  });

  it('still connects when the local copy fails to load, and never once destroyed', async () => {
    HandOpenedSocket.last = null;
    const failed = Promise.reject(new Error('storage refused'));
    const connection = connect(new Y.Doc(), { connectAfter: failed });
    await failed.catch(() => undefined);
    await Promise.resolve();
    expect(HandOpenedSocket.last).to.not.equal(null);
    connection.destroy();

    HandOpenedSocket.last = null;
    let loaded!: () => void;
    const later = new Promise<void>((resolve) => (loaded = resolve));
    connect(new Y.Doc(), { connectAfter: later }).destroy();
    loaded();
    await later;
    await Promise.resolve();
    expect(HandOpenedSocket.last).to.equal(null);
  });

  it('follows the browser going offline and online while its socket stays open', () => {
    // As in the app: the caller reads navigator.onLine once, then only the events tell what changed.
    const network = { onLine: true, target: new EventTarget() };
    const connection = connect(new Y.Doc(), { network });
    HandOpenedSocket.last!.onopen!();
    expect(connection.status.state).to.equal('syncing');
    network.target.dispatchEvent(new Event('offline'));
    expect(connection.status.state).to.equal('offline');
    network.target.dispatchEvent(new Event('online'));
    expect(connection.status.state).to.equal('syncing');
    connection.destroy();
  });

  it("does not count another group's records that came from the relay as waiting after a reload", async () => {
    let saved: Uint8Array | null = null;
    const relayMemory = { load: () => saved, save: (stateVector: Uint8Array) => void (saved = stateVector) };
    const other = await createReplica(3);
    expect((await other.writer.join(other.group, 'Lighthouse')).ok).to.equal(true);
    expect((await other.writer.addProposal(other.group, 'Make buses free for people under eighteen')).ok).to.equal(true);
    const fromRelay = Y.encodeStateAsUpdate(other.doc);

    const doc = new Y.Doc();
    const before = connect(doc, { relayMemory });
    Y.applyUpdate(doc, fromRelay, before.provider);
    expect(before.status.pending).to.equal(0);
    before.destroy();

    // A reload while offline: the same records, now read from IndexedDB rather than received from the relay.
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, fromRelay);
    const after = connect(reloaded, { relayMemory });
    expect(after.status.pending).to.equal(0);
    after.destroy();
  });

  it('counts only what the relay sent as held by it, when a session arrives in parts beside local changes', () => {
    const other = new Y.Doc();
    other.getArray('records').push([{ n: 1 }, { n: 2 }]);
    const firstPart = Y.encodeStateAsUpdate(other);
    const seen = Y.encodeStateVector(other);
    other.getArray('records').push([{ n: 3 }]);
    const secondPart = Y.encodeStateAsUpdate(other, seen);

    let saved: Uint8Array | null = null;
    const doc = new Y.Doc();
    const connection = connect(doc, { relayMemory: { load: () => saved, save: (sv) => void (saved = sv) } });
    doc.getArray('records').push([{ mine: 1 }, { mine: 2 }]);
    expect(connection.status.pending).to.equal(2);
    Y.applyUpdate(doc, firstPart, connection.provider);
    Y.applyUpdate(doc, secondPart, connection.provider);
    // Our own two records are still waiting; everything of the other replica is on the relay.
    expect(connection.status.pending).to.equal(2);
    expect([...Y.decodeStateVector(saved!)]).to.deep.equal([[other.clientID, 3]]);
    connection.destroy();
  });
});
