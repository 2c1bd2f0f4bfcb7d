import { expect } from 'chai';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { Presence } from '../../src/doc/presence.ts';

const A = 'group-a_______________';
const B = 'group-b_______________';

/** Two tabs whose awareness states reach each other, as the relay would carry them. */
function linkedPair(): [Presence, Presence] {
  const first = new Presence(new Y.Doc());
  const second = new Presence(new Y.Doc());
  const forward = (from: Presence, to: Presence) =>
    from.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...added!, ...updated!, ...removed!];
      applyAwarenessUpdate(to.awareness, encodeAwarenessUpdate(from.awareness, changed), 'remote');
    });
  forward(first, second);
  forward(second, first);
  return [first, second];
}

describe('Presence', () => {
  it('stays invisible until the tab speaks for a group', () => {
    const [projector, scribe] = linkedPair();
    expect(scribe.onlineGroups()).to.deep.equal([]);
    scribe.announce(A);
    expect(projector.onlineGroups()).to.deep.equal([A]);
    scribe.announce(null);
    expect(projector.onlineGroups()).to.deep.equal([]);
  });

  it('tells who else is editing a proposal, never the asking group itself', () => {
    const [first, second] = linkedPair();
    first.announce(A, 'proposal01');
    second.announce(B, 'proposal01');
    expect(first.editorsOf('proposal01', A)).to.deep.equal([B]);
    expect(second.editorsOf('proposal01', B)).to.deep.equal([A]);
    expect(first.editorsOf('proposal02', A)).to.deep.equal([]);
  });

  it('ignores malformed states from other browsers', () => {
    const presence = new Presence(new Y.Doc());
    const other = new Presence(new Y.Doc());
    other.awareness.setLocalState({ group: '<img src=x>', editing: 42 });
    applyAwarenessUpdate(presence.awareness, encodeAwarenessUpdate(other.awareness, [other.awareness.clientID]), 'remote');
    expect(presence.peers).to.deep.equal([]);
  });

  it('sends nothing when a tab that speaks for nobody says so again', () => {
    const presence = new Presence(new Y.Doc());
    let sent = 0;
    presence.awareness.on('update', () => sent++);
    presence.announce(null);
    expect(sent).to.equal(0);
    presence.announce(A);
    presence.announce(null);
    expect(sent).to.equal(2);
  });

  it('notifies subscribers on changes, and stops when unsubscribed', () => {
    const presence = new Presence(new Y.Doc());
    let calls = 0;
    const stop = presence.subscribe(() => calls++);
    presence.announce(A);
    stop();
    presence.announce(B);
    expect(calls).to.equal(1);
  });
});
