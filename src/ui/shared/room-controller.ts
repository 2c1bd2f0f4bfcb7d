import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConnectionStatus } from '../../doc/connection.ts';
import { Presence } from '../../doc/presence.ts';
import type { MakeWriter, WorkshopSession } from '../../doc/session.ts';
import { browserSetup, type SessionSetup } from '../../doc/session-setup.ts';
import { during, setupFailureOf, type SetupFailure } from '../../doc/setup-failure.ts';
import { facilitatorFromSecret, type Facilitator } from '../../doc/signers.ts';
import type { WorkshopView } from '../../domain/view.ts';
import { holdFirstPaint } from './first-paint.ts';
import { WorkshopController } from './workshop-controller.ts';

/** What a link names: its room, by id or by the write key the id derives from, and who vouches for it. */
export interface RoomKey {
  /** The room id (view links); unused when the link carries a write key. */
  roomId?: string;
  /** The write key (scribe and facilitator links): this tab may write, and the room id derives from it. */
  writeKey?: string;
  /** The facilitator the link names (its actor id); null for links made before records were signed. */
  anchor?: string | null;
  /** The facilitator's key pair as the facilitator link carries it: it names the anchor, and the writer adopts it. */
  secret?: string;
  syncUrl: string | null;
  persist: boolean;
}

/** One open room: its session, the presence of other groups when asked for, the facilitator of a facilitator link. */
export interface OpenRoom {
  session: WorkshopSession;
  presence: Presence | null;
  facilitator: Facilitator | null;
}

export interface RoomOptions {
  /** The host's link, read when it connects and before each update: another room opens when it names one. */
  key(): RoomKey;
  /** Who else is here, over the relay connection (scribe, projector, sync page). */
  presence?: boolean;
  /** How a writing screen (scribe, facilitator) writes; read-only screens leave it out and never load it. */
  writer?: MakeWriter;
  /** The browser's hashing, keys and storage; tests hand in one that fails. */
  setup?(): SessionSetup;
  /** Helpers that live as long as the room (sync memory, waiting count); returns how to stop them. */
  attach?(room: OpenRoom): (() => void) | void;
  /** Runs once the local copy is loaded, before the room counts as loaded (the scribe resumes its group). */
  prepare?(room: OpenRoom): Promise<void> | void;
  /**
   * A room that cannot be opened in full in this browser is closed again, and `failure` says why (the scribe
   * cannot keep its writes). Otherwise it stays open on the relay: a projector needs no storage.
   */
  closeOnFailure?: boolean;
}

/**
 * The room a host element's link names, for as long as the host is on the page: opened when it connects or
 * its link names another room, closed when it leaves; every change re-renders the host. Runs before the
 * host renders, but after its willUpdate.
 */
export class RoomController implements ReactiveController {
  /** The room the link names, once open. */
  room: OpenRoom | null = null;
  /** The local copy is loaded (and `prepare` done). */
  loaded = false;
  /** The facilitator link's key pair is not one: nothing opens. */
  badLink = false;
  /** Why the room could not be opened in this browser (storage refused, no hashing). */
  failure: SetupFailure | null = null;

  private readonly workshop: WorkshopController;
  /** The link the room was opened for, as compared between updates; null once closed. */
  private openedFor: string | null = null;
  private opening = 0;
  private stopAttached: (() => void) | void = undefined;
  private settled = false;
  private settle: () => void = () => {};
  private whenSettled: Promise<void> = this.nextSettled();
  /** Holds the page's first full paint until this room shows what the relay holds (or is known not to open). */
  private releasePaint: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RoomOptions,
  ) {
    host.addController(this);
    this.workshop = new WorkshopController(host);
  }

  get session(): WorkshopSession | null {
    return this.room?.session ?? null;
  }

  get presence(): Presence | null {
    return this.room?.presence ?? null;
  }

  get facilitator(): Facilitator | null {
    return this.room?.facilitator ?? null;
  }

  get view(): WorkshopView | null {
    return this.workshop.view;
  }

  get status(): ConnectionStatus {
    return this.workshop.status;
  }

  /** Resolves once a room the link names is open and loaded, or known not to open (bad link, failure). */
  get ready(): Promise<void> {
    return this.whenSettled;
  }

  /** The room opens at the update this asks for: properties set before the element upgraded are only restored then. */
  hostConnected(): void {
    // Once per controller: its release is idempotent, so a host that connects again holds nothing more.
    this.releasePaint ??= holdFirstPaint();
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.releasePaint?.();
    this.opening++;
    this.openedFor = null;
    void this.close();
  }

  /** Opens the same room once more ("Try again" after a failure). */
  reopen(): void {
    this.openedFor = null;
    this.follow();
  }

  private follow(): void {
    const key = this.options.key();
    const named = JSON.stringify([key.roomId, key.writeKey, key.anchor, key.secret]);
    if (named === this.openedFor) return;
    this.openedFor = named;
    void this.open(key);
  }

  private nextSettled(): Promise<void> {
    this.settled = false;
    return new Promise((resolve) => (this.settle = resolve));
  }

  private done(ticket: number): void {
    if (ticket !== this.opening) return;
    this.settled = true;
    this.settle();
    this.host.requestUpdate();
    const release = this.releasePaint;
    if (release) void this.firstShown().then(release, release);
  }

  /** The room as the relay has it (or as this browser does, when the relay cannot be reached), rendered. */
  private async firstShown(): Promise<void> {
    await this.room?.session.connection?.firstAnswer;
    await this.host.updateComplete;
  }

  private async open(key: RoomKey): Promise<void> {
    const ticket = ++this.opening;
    if (this.settled) this.whenSettled = this.nextSettled();
    const closed = this.close();
    this.failure = null;
    this.badLink = false;
    const { roomId, writeKey, secret } = key;
    if (!(writeKey || roomId) || secret === '') return this.releasePaint?.();
    try {
      let room: OpenRoom;
      // A view link opens at once, so the first frame already shows the room; a key must be hashed first.
      if (writeKey || secret || !roomId) {
        await closed;
        const [id, facilitator] = await this.resolve(key);
        if (ticket !== this.opening) return;
        if (secret && !facilitator) {
          this.badLink = true;
          return this.done(ticket);
        }
        room = this.start(key, id, facilitator);
      } else room = this.start(key, roomId, null);
      await room.session.whenLoaded;
      if (ticket !== this.opening) return;
      await this.options.prepare?.(room);
      if (ticket !== this.opening) return;
      this.loaded = true;
    } catch (error) {
      if (ticket !== this.opening) return;
      console.error('cdw: the session could not be opened in this browser', error);
      if (this.options.closeOnFailure) await this.close().catch(() => undefined);
      this.failure = setupFailureOf(error);
    }
    this.done(ticket);
  }

  private resolve({ roomId, writeKey, secret }: RoomKey): Promise<[string, Facilitator | null]> {
    const setup = this.options.setup?.() ?? browserSetup;
    const id = writeKey ? during('keys', () => setup.roomIdFor(writeKey)) : (roomId ?? '');
    return Promise.all([id, secret ? facilitatorFromSecret(secret) : null]);
  }

  private start(key: RoomKey, roomId: string, facilitator: Facilitator | null): OpenRoom {
    const setup = this.options.setup?.() ?? browserSetup;
    const anchor = facilitator?.signer.actor ?? key.anchor ?? null;
    const { syncUrl, persist } = key;
    const session = setup.openSession({ roomId, writeKey: key.writeKey || null, anchor, syncUrl, persist, writer: this.options.writer });
    if (facilitator) session.writer?.adopt(facilitator.signer);
    const presence = this.options.presence ? new Presence(session.doc, session.connection?.provider.awareness ?? null) : null;
    const room = { session, presence, facilitator };
    this.room = room;
    this.workshop.use({ store: session.store, connection: session.connection, presence });
    this.stopAttached = this.options.attach?.(room);
    return room;
  }

  private async close(): Promise<void> {
    const { session, presence } = this;
    this.stopAttached?.();
    this.stopAttached = undefined;
    this.room = null;
    this.loaded = false;
    this.workshop.use(null);
    presence?.destroy();
    await session?.destroy();
  }
}
