import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { deletesAnythingNew, type Deletions } from './append-only.ts';
import { CloseCode } from './close-codes.ts';
import type { Peer } from './peer.ts';
import { isOffence, PRESENCE_OFFENCES_TOLERATED, PresenceBudget } from './presence-budget.ts';
import {
  decodeClientMessage,
  encodeAwareness,
  encodePresenceEntries,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  isEmptyUpdate,
  MalformedMessage,
  UpdateShapeError,
  type ClientMessage,
  type PresenceEntry,
} from './protocol.ts';
import { boundPending, integratedState } from './integrated-state.ts';
import { RemoteUpdates } from './remote-updates.ts';
import type { RoomContext } from './room-context.ts';
import { RoomWriter } from './room-writer.ts';
import { restoreRoom, type RestoredRoom } from './stored-updates.ts';
import { leftOutAnything } from './update-shape.ts';

interface Member {
  readonly peer: Peer;
  /** Awareness messages from this connection that broke its budget (see presence-budget.ts). */
  presenceOffences: number;
  /** The room's presence version this connection was last sent whole: a query for the same is not answered again. */
  presenceVersionSent: number;
  /** Messages received while the room was loading, replayed once it is ready. */
  queue: Uint8Array[] | null;
  ackTimer: NodeJS.Timeout | null;
}

interface Loaded {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  presence: PresenceBudget<Peer>;
  writer: RoomWriter;
  /** What other relays sharing the store write to this room; null with a store of its own. */
  remote: RemoteUpdates | null;
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** One shared document in memory with the connections that sync it. */
export class Room {
  private readonly members = new Map<Peer, Member>();
  private loaded: Loaded | null = null;
  private loading: Promise<void> = Promise.resolve();
  /** Approximate encoded size: exact at load and after compaction, plus accepted update bytes since. */
  private bytes = 0;
  /** Bumped on every presence change. */
  private presenceVersion = 0;
  /** While an admitted presence message is applied: each client id's encoded entry size. */
  private arriving: Map<number, number> | null = null;

  constructor(
    readonly id: string,
    private readonly context: RoomContext,
  ) {}

  get memberCount(): number {
    return this.members.size;
  }

  /** The document's state vector in memory (stored or not); null while loading or once released. */
  stateVector(): Uint8Array | null {
    return this.loaded ? Y.encodeStateVector(this.loaded.doc) : null;
  }

  /** Starts loading once `previous` (the release of this room's former instance) has finished writing. */
  load(previous: Promise<void> | undefined): void {
    this.loading = this.loadFromStorage(previous);
  }

  attach(peer: Peer): void {
    const member: Member = { peer, presenceOffences: 0, presenceVersionSent: -1, queue: [], ackTimer: null };
    this.members.set(peer, member);
    if (this.loaded) this.greet(member, this.loaded);
  }

  receive(peer: Peer, bytes: Uint8Array): void {
    const member = this.members.get(peer);
    if (!member) return;
    if (member.queue) member.queue.push(bytes);
    else if (this.loaded) this.handle(member, this.loaded, bytes);
  }

  detach(peer: Peer): void {
    const member = this.members.get(peer);
    if (!member) return;
    this.members.delete(peer);
    if (member.ackTimer) clearTimeout(member.ackTimer);
    const held = this.loaded?.presence.heldBy(peer) ?? [];
    if (this.loaded && held.length > 0) awarenessProtocol.removeAwarenessStates(this.loaded.awareness, held, null);
  }

  /** Called once the last member left: stores what is pending, compacts, frees the document. */
  async release(): Promise<void> {
    await this.loading;
    const loaded = this.loaded;
    this.loaded = null;
    if (!loaded) return;
    await loaded.remote?.stop();
    const saved = await loaded.writer.close();
    loaded.awareness.destroy();
    loaded.doc.destroy();
    this.context.log({ event: saved ? 'room_released' : 'room_released_unsaved', roomId: this.id, bytes: this.bytes });
  }

  private async loadFromStorage(previous: Promise<void> | undefined): Promise<void> {
    await previous;
    const started = performance.now();
    let restored: RestoredRoom;
    let remote: RemoteUpdates | null = null;
    try {
      // Listening before reading: what another relay stores in the meantime is then not missed.
      remote = await RemoteUpdates.watch(this.context.storage, this.id);
      restored = restoreRoom(await this.context.storage.load(this.id));
    } catch (error) {
      await remote?.stop().catch(() => {});
      this.fail(error);
      return;
    }
    const { doc, leftOut } = restored;
    // Stored before the relay checked update shapes, or by a faulty version: left out, never a failed room.
    if (leftOutAnything(leftOut) || leftOut.unreadableUpdates > 0) this.context.log({ event: 'room_sanitized', roomId: this.id, ...leftOut });
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState(null);
    const writer = new RoomWriter(this.id, this.context.storage, {
      compactEvery: this.context.compactEvery,
      retryMs: this.context.storageRetryMs,
      currentStateVector: () => Y.encodeStateVector(doc),
      currentState: () => integratedState(doc),
      onStored: () => {
        this.context.metrics.storageWrites++;
        this.context.metrics.storageSucceeded();
      },
      onCompacted: (state) => {
        this.context.metrics.compactions++;
        this.bytes = state.length;
      },
      onError: (error, operation) => {
        this.context.metrics.storageFailed();
        this.context.log({ event: 'storage_error', operation, roomId: this.id, error: String(error) });
      },
    });
    const presence = new PresenceBudget<Peer>(this.context.limits.maxPresenceBytesPerRoom, awareness.clientID, (client) =>
      awareness.meta.delete(client),
    );
    const loaded: Loaded = { doc, awareness, presence, writer, remote };
    this.bytes = integratedState(doc).length;
    doc.on('update', (update: Uint8Array, origin: unknown) => this.onDocUpdate(loaded, update, origin));
    awareness.on('update', (change: AwarenessChange, origin: unknown) => this.onAwarenessUpdate(loaded, change, origin));
    this.loaded = loaded;
    this.context.metrics.roomsLoaded++;
    this.context.metrics.storageSucceeded();
    this.context.log({ event: 'room_loaded', roomId: this.id, bytes: this.bytes, ms: Math.round(performance.now() - started) });
    for (const member of [...this.members.values()]) this.greet(member, loaded);
    remote?.deliverTo((update) => {
      Y.applyUpdate(doc, update, remote);
      writer.storedElsewhere();
    });
  }

  private fail(error: unknown): void {
    this.context.metrics.storageFailed();
    this.context.log({ event: 'room_load_failed', roomId: this.id, error: String(error) });
    for (const member of [...this.members.values()]) member.peer.close(CloseCode.internalError, 'room storage unavailable');
  }

  /** First contact after loading: the room's state vector to writers, who's present, then the queued messages. */
  private greet(member: Member, loaded: Loaded): void {
    const queued = member.queue ?? [];
    member.queue = null;
    // A read-only connection's answer would be dropped anyway, so it is not asked for its state.
    if (member.peer.writable) member.peer.send(encodeSyncStep1(loaded.writer.durableStateVector));
    this.sendPresence(member, loaded);
    for (const bytes of queued) {
      if (this.members.get(member.peer) !== member) return;
      this.handle(member, loaded, bytes);
    }
  }

  private handle(member: Member, loaded: Loaded, bytes: Uint8Array): void {
    let message: ClientMessage;
    try {
      message = decodeClientMessage(bytes, {
        sanitize: member.peer.sanitizesUpdates ?? false,
        maxPresenceStateBytes: this.context.limits.maxPresenceStateBytes,
      });
    } catch (error) {
      // A viewer's updates are dropped whatever their shape, as before the check existed.
      if (error instanceof UpdateShapeError && !member.peer.writable) this.context.metrics.droppedWrites++;
      else if (error instanceof UpdateShapeError) this.reject(member, CloseCode.updateShape, 'update shape refused', error);
      else this.reject(member, CloseCode.malformedMessage, 'malformed message', error);
      return;
    }
    switch (message.kind) {
      case 'syncStep1':
        member.peer.send(encodeSyncStep2(integratedState(loaded.doc, message.stateVector)));
        return;
      case 'syncStep2':
      case 'update':
        if (message.leftOut) this.context.log({ event: 'update_sanitized', roomId: this.id, ...message.leftOut });
        this.acceptUpdate(member, loaded, message.update, message.carriesItems, message.deletions);
        return;
      case 'awareness':
        this.receivePresence(member, loaded, message.entries, message.oversized);
        return;
      case 'queryAwareness':
        // One byte asks for the whole room's presence: answered again only once there is something new.
        if (member.presenceVersionSent !== this.presenceVersion) this.sendPresence(member, loaded);
        return;
    }
  }

  /** Everyone's presence, as a newcomer is greeted with: at most maxPresenceBytesPerRoom. */
  private sendPresence(member: Member, loaded: Loaded): void {
    member.presenceVersionSent = this.presenceVersion;
    const present = [...loaded.awareness.getStates().keys()];
    if (present.length > 0) member.peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(loaded.awareness, present)));
  }

  /** Applies the entries within budget; the rest is dropped, and a connection that keeps overspending is closed. */
  private receivePresence(member: Member, loaded: Loaded, entries: PresenceEntry[], oversized: number): void {
    const { limits, metrics } = this.context;
    const maxClients =
      member.peer.maxPresenceClients ?? (member.peer.writable ? limits.maxPresenceClientsPerWriter : limits.maxPresenceClientsPerViewer);
    // y-websocket clients send back every state they are sent: such echoes are no news, and no offence.
    const news = entries.filter((entry) => isNews(loaded.awareness, entry));
    const { admitted, dropped } = loaded.presence.admit(member.peer, news, maxClients);
    if (oversized > 0) dropped.set('state_too_large', oversized);
    for (const [reason, count] of dropped) metrics.countPresenceDrops(reason, count);
    const offended = [...dropped.keys()].some((reason) => isOffence(reason, member.peer.writable));
    if (offended && ++member.presenceOffences > PRESENCE_OFFENCES_TOLERATED) {
      this.reject(member, CloseCode.presenceOverBudget, 'presence over budget');
      return;
    }
    if (admitted.length === 0) return;
    this.arriving = new Map(admitted.map((entry) => [entry.clientId, entry.bytes]));
    try {
      awarenessProtocol.applyAwarenessUpdate(loaded.awareness, encodePresenceEntries(admitted), member.peer);
    } finally {
      this.arriving = null;
    }
  }

  private acceptUpdate(member: Member, loaded: Loaded, update: Uint8Array, carriesItems: boolean, deletions: Deletions): void {
    if (!member.peer.writable) {
      if (!isEmptyUpdate(update)) this.context.metrics.droppedWrites++;
      return;
    }
    // Refused whole, before Yjs sees it: a delete would erase other groups' records on every replica.
    if (deletesAnythingNew(loaded.doc, deletions)) {
      this.reject(member, CloseCode.deletesRecords, 'update deletes records');
      return;
    }
    if (this.bytes + update.length > this.context.limits.maxRoomBytes) {
      this.reject(member, CloseCode.roomTooLarge, 'room too large');
      return;
    }
    const enqueuedBefore = loaded.writer.lastEnqueued;
    try {
      Y.applyUpdate(loaded.doc, update, member.peer);
    } catch (error) {
      this.reject(member, CloseCode.malformedMessage, 'update could not be applied', error);
      return;
    }
    if (boundPending(loaded.doc)) this.context.log({ event: 'pending_dropped', roomId: this.id, reason: 'over MAX_PENDING_BYTES' });
    // Nothing new, yet the writer sent items it believes the relay lacks: it holds them only in
    // memory so far, or stored them after this writer's last acknowledgement (another client resent
    // them after a restart). Acknowledge once stored, or the writer would count them as waiting forever.
    if (loaded.writer.lastEnqueued === enqueuedBefore && (loaded.writer.hasUndurable || carriesItems)) this.scheduleAck(member, loaded);
  }

  private onDocUpdate(loaded: Loaded, update: Uint8Array, origin: unknown): void {
    this.bytes += update.length;
    this.context.metrics.updatesApplied++;
    // Another relay stored it already; it only has to reach this relay's connections.
    if (loaded.remote === null || origin !== loaded.remote) loaded.writer.enqueue(update);
    const message = encodeUpdate(update);
    for (const member of this.members.values()) if (member.peer !== origin) member.peer.send(message);
    const author = this.members.get(origin as Peer);
    if (author) this.scheduleAck(author, loaded);
  }

  /** Tells a writer, once its updates are stored, what the relay holds: y-protocols sync step 1 with the durable state vector. */
  private scheduleAck(member: Member, loaded: Loaded): void {
    if (member.ackTimer) return;
    member.ackTimer = setTimeout(() => {
      member.ackTimer = null;
      void loaded.writer.whenDurable(loaded.writer.lastEnqueued).then(() => {
        if (this.members.get(member.peer) === member) member.peer.send(encodeSyncStep1(loaded.writer.durableStateVector));
      });
    }, this.context.ackDelayMs);
  }

  private onAwarenessUpdate(loaded: Loaded, { added, updated, removed }: AwarenessChange, origin: unknown): void {
    this.presenceVersion++;
    const author = this.members.get(origin as Peer);
    for (const client of [...added, ...updated]) {
      const bytes = this.arriving?.get(client);
      if (author && bytes !== undefined) loaded.presence.hold(client, author.peer, bytes);
    }
    for (const client of removed) loaded.presence.release(client);
    const changed = [...added, ...updated, ...removed];
    const message = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(loaded.awareness, changed));
    // The sender gets its own state back too: y-websocket clients take silence as a dead connection.
    for (const member of this.members.values()) member.peer.send(message);
  }

  private reject(member: Member, code: number, reason: string, error?: unknown): void {
    this.context.log({
      event: 'connection_rejected',
      roomId: this.id,
      code,
      reason,
      ...(error === undefined ? {} : { error: error instanceof MalformedMessage || error instanceof UpdateShapeError ? error.message : String(error) }),
    });
    member.peer.close(code, reason);
  }
}

/** What y-protocols would apply: a newer clock, or the removal of a state held at the same clock. */
function isNews(awareness: awarenessProtocol.Awareness, entry: PresenceEntry): boolean {
  const clock = awareness.meta.get(entry.clientId)?.clock ?? 0;
  return entry.clock > clock || (entry.clock === clock && entry.state === 'null' && awareness.states.has(entry.clientId));
}
