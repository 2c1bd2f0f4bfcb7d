import { expect } from 'chai';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { LastInSync } from '../../src/doc/last-in-sync.ts';
import { Presence } from '../../src/doc/presence.ts';

/** Two tabs whose presence is carried by hand, as the relay would. */
function pair() {
  const scribe = new Presence(new Y.Doc());
  const facilitator = new Presence(new Y.Doc());
  const carry = () =>
    applyAwarenessUpdate(facilitator.awareness, encodeAwarenessUpdate(scribe.awareness, [scribe.awareness.clientID]), 'relay');
  return { scribe, facilitator, carry };
}

describe('LastInSync', () => {
  it('records when a group was last online with nothing waiting, and keeps it after the group leaves', () => {
    const { scribe, facilitator, carry } = pair();
    let now = 1000;
    const memory = new Map<string, string>();
    const storage = { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v) };
    const last = new LastInSync(facilitator, { clock: () => now, storage, storageKey: 'k' });
    scribe.announce('group-dakar-1');
    scribe.announcePending(3);
    carry();
    expect(last.of('group-dakar-1')).to.equal(null);
    now = 2000;
    scribe.announcePending(0);
    carry();
    expect(last.of('group-dakar-1')).to.equal(2000);
    now = 9000;
    scribe.announce(null);
    carry();
    expect(last.of('group-dakar-1')).to.equal(2000);
    const reloaded = new LastInSync(new Presence(new Y.Doc()), { storage, storageKey: 'k' });
    expect(reloaded.of('group-dakar-1')).to.equal(2000);
  });

  it('ignores a malformed pending count from another browser', () => {
    const { facilitator } = pair();
    const other = new Presence(new Y.Doc());
    other.awareness.setLocalState({ group: 'group-forged-1', pending: -5 });
    applyAwarenessUpdate(facilitator.awareness, encodeAwarenessUpdate(other.awareness, [other.awareness.clientID]), 'relay');
    expect(facilitator.peers[0]!.pending).to.equal(null);
    expect(new LastInSync(facilitator).of('group-forged-1')).to.equal(null);
  });
});
