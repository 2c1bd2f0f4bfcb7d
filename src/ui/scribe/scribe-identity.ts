import type { ReactiveControllerHost } from 'lit';
import { forgetCurrentGroup, groupsJoinedInThisBrowser, speakAs } from '../../doc/identity.ts';
import type { SessionSetup } from '../../doc/session-setup.ts';
import { during, setupFailureOf, type SetupFailure } from '../../doc/setup-failure.ts';
import { savedGroupSigner } from '../../doc/signers.ts';
import { findGroup } from '../../domain/group-label.ts';
import type { ActorId, RecordId } from '../../domain/records.ts';
import { textRefusal } from '../../domain/text-refusal.ts';
import { GROUP_NAME_MAX, VENUE_MAX, textProblem } from '../../domain/text.ts';
import type { GroupView } from '../../domain/view.ts';
import type { WorkshopWriter } from '../../doc/writer.ts';
import type { Refusal } from '../shared/events.ts';
import type { RoomController } from '../shared/room-controller.ts';
import { loadDismissed, saveDismissed } from './dismissed-notices.ts';
import { LateWriter } from './late-writer.ts';

/**
 * Which group this tab speaks for in the open room: joining as a new one (its key made and kept in this
 * browser), speaking for one again with the key saved when it joined, or for none.
 */
export class ScribeIdentity {
  group: ActorId | null = null;
  /** A group this tab was to speak for, but whose key this browser does not hold. */
  keyMissingFor: ActorId | null = null;
  /** The notices this group closed. */
  dismissed: ReadonlySet<RecordId> = new Set();
  joinRefusal: Refusal | null = null;
  /** The new group's key could not be made or kept: said under the join form. */
  joinFailure: SetupFailure | null = null;
  /** What "Try again" joins as after a join failure. */
  private lastJoin: { name: string; venue: string } | null = null;
  private readonly writers = new LateWriter();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly room: RoomController,
    private readonly setup: () => SessionSetup,
    /** Told whenever this tab speaks for another group, or none. */
    private readonly spoke: () => void,
  ) {}

  /** This tab's group as the document sees it, once joined. */
  get me(): GroupView | undefined {
    const view = this.room.view;
    return view && this.group ? findGroup(view.groups, this.group) : undefined;
  }

  /** The open room's writer, holding every key this tab speaks with there; fetched the first time it is asked for. */
  writer(): Promise<WorkshopWriter | null> {
    const session = this.room.session;
    return session ? this.writers.of(session) : Promise.resolve(null);
  }

  /** Groups joined in this browser before, offered as "Continue as"; not the one whose key is missing. */
  previousGroups(): GroupView[] {
    const { session, view } = this.room;
    if (!session || !view) return [];
    return groupsJoinedInThisBrowser(session.roomId)
      .filter((id) => id !== this.keyMissingFor)
      .map((id) => findGroup(view.groups, id))
      .filter((group): group is GroupView => group !== undefined && !group.removed);
  }

  /**
   * Speaks for `group` again (a reload, "Continue as") with the key this browser saved when it joined.
   * Without that key nothing this tab wrote would count: it says so, and offers to join as a new group.
   */
  async resume(group: ActorId | null): Promise<void> {
    const session = this.room.session;
    if (!session || !group) return this.speakFor(null);
    const signer = await savedGroupSigner(session.roomId, group);
    if (session !== this.room.session) return;
    if (signer?.actor !== group) {
      this.keyMissingFor = group;
      return this.speakFor(null);
    }
    this.writers.adopt(session, signer);
    this.keyMissingFor = null;
    this.speakFor(group);
  }

  speakFor(group: ActorId | null): void {
    const session = this.room.session;
    if (!session) return;
    if (group) speakAs(session.roomId, group);
    else forgetCurrentGroup(session.roomId);
    this.group = group;
    this.dismissed = group ? loadDismissed(session.roomId, group) : new Set();
    this.room.presence?.announce(group);
    this.spoke();
    this.host.requestUpdate();
  }

  /** Checked before a key is made, so a typo leaves no unused key behind. */
  join(name: string, venue: string): Promise<void> {
    const problem = textProblem(name, GROUP_NAME_MAX) ?? textProblem(venue, VENUE_MAX, 0);
    if (problem) return this.refuse({ problem: textRefusal(problem) });
    if (this.room.view?.locked) return this.refuse({ problem: 'session-locked' });
    return this.joinAsNew(name, venue);
  }

  /** "Try again" after a join failure joins again with what the scribe typed; null when nothing failed. */
  retry(): Promise<void> | null {
    return this.joinFailure && this.lastJoin ? this.joinAsNew(this.lastJoin.name, this.lastJoin.venue) : null;
  }

  dismiss(id: RecordId): void {
    const session = this.room.session;
    if (!session || !this.group) return;
    const dismissed = new Set(this.dismissed).add(id);
    this.dismissed = dismissed;
    saveDismissed(session.roomId, this.group, dismissed);
    this.host.requestUpdate();
  }

  private async refuse(refusal: Refusal): Promise<void> {
    this.joinRefusal = refusal;
    this.host.requestUpdate();
  }

  /** A new group: its key is made and kept in this browser, and its id is the key's. */
  private async joinAsNew(name: string, venue: string): Promise<void> {
    const session = this.room.session;
    if (!session?.writeKey) return;
    this.lastJoin = { name, venue };
    const made = during('keys', () => this.setup().newGroupSigner(session.roomId)).catch((error: unknown) => {
      console.error('cdw: no key could be made or kept for the group', error);
      return setupFailureOf(error);
    });
    const [signer, writer] = await Promise.all([made, this.writers.of(session)]);
    if (session !== this.room.session || !writer) return;
    if (typeof signer === 'string') {
      this.joinRefusal = null;
      this.joinFailure = signer;
      return this.host.requestUpdate();
    }
    this.joinFailure = null;
    writer.adopt(signer);
    const result = await writer.join(signer.actor, name, venue);
    if (session !== this.room.session) return;
    if (!result.ok) return this.refuse({ problem: result.problem });
    this.joinRefusal = null;
    this.keyMissingFor = null;
    this.speakFor(signer.actor);
  }
}
