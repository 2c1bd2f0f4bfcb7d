import { expect } from 'chai';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { ConnectionStatus } from '../../../src/doc/connection.ts';
import { Presence } from '../../../src/doc/presence.ts';
import { announceWaitingChanges } from '../../../src/ui/scribe/announce-waiting.ts';

const GROUP = 'group-dakar___________';

/** Stands in for RelayConnection: a status the test sets, told to subscribers as the real one does. */
class FakeConnection {
  status: ConnectionStatus = { state: 'offline', pending: 2 };
  private readonly listeners = new Set<(status: ConnectionStatus) => void>();
  set(status: ConnectionStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }
  subscribe(listener: (status: ConnectionStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

describe('announceWaitingChanges', () => {
  const scribeAndFacilitator = () => {
    const scribe = new Presence(new Y.Doc());
    const facilitator = new Presence(new Y.Doc());
    const carry = () =>
      applyAwarenessUpdate(facilitator.awareness, encodeAwarenessUpdate(scribe.awareness, [scribe.awareness.clientID]), 'relay');
    return { scribe, facilitator, carry };
  };

  it('tells peers the waiting count on every status change, once the tab speaks for a group', () => {
    const { scribe, facilitator, carry } = scribeAndFacilitator();
    const connection = new FakeConnection();
    const waiting = announceWaitingChanges(scribe, connection);
    scribe.announce(GROUP);
    waiting.announceNow();
    carry();
    expect(facilitator.peers.map((p) => p.pending)).to.deep.equal([2]);
    connection.set({ state: 'syncing', pending: 1 });
    carry();
    expect(facilitator.peers.map((p) => p.pending)).to.deep.equal([1]);
    connection.set({ state: 'online', pending: 0 });
    carry();
    expect(facilitator.peers.map((p) => p.pending)).to.deep.equal([0]);
  });

  it('stops announcing when stopped, and does nothing without a relay connection', () => {
    const { scribe, facilitator, carry } = scribeAndFacilitator();
    const connection = new FakeConnection();
    scribe.announce(GROUP);
    const waiting = announceWaitingChanges(scribe, connection);
    waiting.stop();
    connection.set({ state: 'online', pending: 0 });
    carry();
    expect(facilitator.peers.map((p) => p.pending)).to.deep.equal([2]);

    const local = new Presence(new Y.Doc());
    local.announce(GROUP);
    announceWaitingChanges(local, null).announceNow();
    expect(local.peers.map((p) => p.pending)).to.deep.equal([null]);
  });
});
