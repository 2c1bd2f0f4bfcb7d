import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { ID_PATTERN, type ActorId, type RecordId } from '../domain/records.ts';

/** What one tab tells the others, through Yjs awareness: the group it writes for and what it is editing. */
export interface PeerPresence {
  clientId: number;
  group: ActorId;
  editing: RecordId | null;
  /** Changes that tab holds and the relay does not yet, as that tab counts them; null if not said. */
  pending: number | null;
}

const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

/** Awareness states come from other browsers: keep only well-formed ones (R9 applies here too). */
function readPeer(clientId: number, state: unknown): PeerPresence | null {
  if (typeof state !== 'object' || state === null) return null;
  const { group, editing, pending } = state as Record<string, unknown>;
  if (!isId(group)) return null;
  const count = Number.isSafeInteger(pending) && (pending as number) >= 0 ? (pending as number) : null;
  return { clientId, group, editing: isId(editing) ? editing : null, pending: count };
}

/**
 * Who is online and who edits what. Presence is a hint to avoid clashes, never a rule: nothing here
 * reaches the document. Without a relay it still works for this tab alone.
 */
export class Presence {
  readonly awareness: Awareness;
  private readonly ownsAwareness: boolean;

  constructor(doc: Y.Doc, awareness: Awareness | null = null) {
    this.ownsAwareness = awareness === null;
    this.awareness = awareness ?? new Awareness(doc);
    // A tab is invisible until it speaks for a group: projectors and viewers never appear.
    this.awareness.setLocalState(null);
  }

  /** This tab writes for `group` (null: for nobody) and is editing `editing` (null: nothing). */
  announce(group: ActorId | null, editing: RecordId | null = null): void {
    const current = this.awareness.getLocalState() as { pending?: number } | null;
    // A repeated "nobody" would reach the relay before this tab's first state, and the relay would then not
    // tie that state to this tab's connection: others would keep seeing the group online after it closed.
    if (!group && current === null) return;
    const pending = current?.pending ?? null;
    this.awareness.setLocalState(group ? { group, editing, pending } : null);
  }

  /** Tells the others how many of this tab's changes the relay does not hold yet (0: in sync). */
  announcePending(pending: number): void {
    if (this.awareness.getLocalState() !== null) this.awareness.setLocalStateField('pending', pending);
  }

  get peers(): PeerPresence[] {
    const peers: PeerPresence[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      const peer = readPeer(clientId, state);
      if (peer) peers.push(peer);
    }
    return peers;
  }

  /** Each online group once, whatever number of tabs it has open. */
  onlineGroups(): ActorId[] {
    return [...new Set(this.peers.map((peer) => peer.group))];
  }

  /** Groups other than `self` editing `proposal` right now. */
  editorsOf(proposal: RecordId, self: ActorId | null): ActorId[] {
    const editors = this.peers.filter((peer) => peer.editing === proposal && peer.group !== self);
    return [...new Set(editors.map((peer) => peer.group))];
  }

  subscribe(listener: () => void): () => void {
    this.awareness.on('change', listener);
    return () => this.awareness.off('change', listener);
  }

  /** Also called when a peer merely renews its unchanged state (every ~15 s): a sign of life. */
  subscribeToRenewals(listener: () => void): () => void {
    this.awareness.on('update', listener);
    return () => this.awareness.off('update', listener);
  }

  destroy(): void {
    if (this.ownsAwareness) this.awareness.destroy();
    else this.awareness.setLocalState(null);
  }
}
