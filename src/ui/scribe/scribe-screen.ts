import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { currentGroup, forgetCurrentGroup, groupsJoinedInThisBrowser, speakAs } from '../../doc/identity.ts';
import { during, setupFailureOf, type SetupFailure } from '../../doc/setup-failure.ts';
import { savedGroupSigner } from '../../doc/signers.ts';
import type { ActionProblem, ActionResult, WorkshopWriter } from '../../doc/writer.ts';
import { PROPOSAL_CAP } from '../../domain/reducer.ts';
import type { ActorId, RecordId } from '../../domain/records.ts';
import { GROUP_NAME_MAX, VENUE_MAX, textProblem } from '../../domain/text.ts';
import type { GroupView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { loadDismissed, saveDismissed } from './dismissed-notices.ts';
import type { Refusal, WorkshopEvent } from '../shared/events.ts';
import { findGroup, shortLabelOf } from '../../domain/group-label.ts';
import { noticesFor } from '../../domain/notices.ts';
import { focusHistoryHeading, loadHistoryView } from '../shared/history-loader.ts';
import { openRoom, type OpenRoom } from '../shared/open-room.ts';
import { announceWaitingChanges } from './announce-waiting.ts';
import { scribeHash, translateHash, syncHash, syncUrlFor } from '../shell/route.ts';
import { browserSetup, type SessionSetup } from '../../doc/session-setup.ts';
import type { EditRefusal } from './scribe-view.ts';
import { lockIcon } from '../shared/lock-icon.ts';
import { screenBarStyles, warningBox } from '../shared/shared-styles.ts';
import { WorkshopController } from '../shared/workshop-controller.ts';
import '../shared/connection-status.ts';
import '../publish/export-disclosure.ts';
import './join-form.ts';
import './scribe-view.ts';
import '../shared/setup-failure-notice.ts';

/**
 * The scribe link: opens the room with its write key, knows which group this tab speaks for, and turns
 * every intent from the views below into one writer call; refusals go back down to where they arose.
 */
@customElement('cdw-scribe-screen')
export class ScribeScreen extends LitElement {
  static override styles = [
    screenBarStyles,
    css`
      :host {
        display: block;
      }
      .tally {
        font-weight: 700;
        font-size: 0.9rem;
      }
      /* Stays in sight while the scribe scrolls: why the buttons below are disabled. */
      .locked {
        font-weight: 700;
        font-size: 0.9rem;
        padding: 0 0.5em;
        border: 2px solid var(--warn-line);
        border-radius: 0.4em;
        background: var(--warn-paper);
      }
      .needs {
        color: var(--accent);
        font-weight: 600;
        font-size: 0.9rem;
      }
      .content {
        padding-top: 0.5rem;
      }
      .facilitator {
        margin: 2.5rem 0 0;
        font-size: 0.9rem;
      }
      .facilitator a {
        color: var(--muted);
      }
      h1 {
        font-size: 1.5rem;
        margin: 0.75rem 0 1.25rem;
        overflow-wrap: anywhere;
      }
      .no-key {
        max-width: 32rem;
        margin: 0 0 1.5rem;
        ${warningBox}
        font-weight: 600;
      }
    `,
  ];

  @property() writeKey = '';
  /** The facilitator the link names (its actor id); null for links made before records were signed. */
  @property() anchor: string | null = null;
  /** Set when the route opens the history of one proposal. */
  @property({ attribute: false }) proposal: RecordId | null = null;
  /** Set when the route opens the list of what needs translation. */
  @property({ type: Boolean }) translationNeeds = false;
  /** Null keeps the room local (tests). */
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @property({ type: Boolean }) persist = true;
  /** The browser's hashing, keys and storage; tests hand in one that fails. */
  @property({ attribute: false }) setup: SessionSetup = browserSetup;

  @state() private room: OpenRoom | null = null;
  @state() private loaded = false;
  @state() private group: ActorId | null = null;
  @state() private dismissed: ReadonlySet<RecordId> = new Set();
  @state() private joinRefusal: Refusal | null = null;
  @state() private addRefusal: Refusal | null = null;
  @state() private editRefusal: EditRefusal | null = null;
  @state() private actionRefusal: Refusal | null = null;
  /** A group this tab was to speak for, but whose key this browser does not hold. */
  @state() private keyMissingFor: ActorId | null = null;
  /** The room could not be opened in this browser (storage refused, no hashing): said instead of "Loading". */
  @state() private openFailure: SetupFailure | null = null;
  /** The new group's key could not be made or kept: said under the join form. */
  @state() private joinFailure: SetupFailure | null = null;
  /** What "Try again" joins as after a join failure. */
  private lastJoin: { name: string; venue: string } | null = null;

  private readonly workshop = new WorkshopController(this);
  private readonly i18n = new LocalizedController(this);
  private opening = 0;
  /** Every write still being signed; tests and `idle()` wait for them. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor() {
    super();
    this.addEventListener('save-translation', this.onSaveTranslation);
    this.addEventListener('retry-setup', this.onRetry);
  }

  private waiting: ReturnType<typeof announceWaitingChanges> | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.opening++;
    void this.close();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.room) void this.open();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('writeKey') || changed.has('anchor')) void this.open();
    if (changed.has('proposal')) this.actionRefusal = null;
    if (this.proposal) void loadHistoryView();
    // Only volunteers open the list of what needs translation: it is fetched then.
    if (this.translationNeeds) void import('./translation-needs.ts');
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (changed.has('proposal') && this.proposal) await focusHistoryHeading(this.renderRoot);
    const leftHistoryOf = changed.get('proposal');
    if (changed.has('proposal') && !this.proposal && leftHistoryOf) await this.focusProposal(leftHistoryOf);
    // Back from the list of what needs translation: the keyboard resumes at the link that opened it.
    if (changed.has('translationNeeds') && changed.get('translationNeeds') && !this.translationNeeds) {
      this.renderRoot.querySelector<HTMLElement>('a.needs')?.focus();
    }
  }

  private async focusProposal(proposal: RecordId): Promise<void> {
    const list = this.renderRoot.querySelector('cdw-scribe-view');
    await list?.updateComplete;
    const item = list?.renderRoot.querySelector<HTMLElementTagNameMap['cdw-proposal-item']>(
      `li[data-id="${proposal}"] cdw-proposal-item`,
    );
    await item?.focusHistoryButton();
  }

  /** Resolves once the room is open and its local copy loaded; tests await it. */
  async ready(): Promise<void> {
    while (!this.loaded) await new Promise((resolve) => setTimeout(resolve, 10));
    await this.updateComplete;
  }

  /** Resolves once every action started so far is signed, written and applied; tests await it. */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.writes;
      await seen;
      await this.room?.session.store.settled();
    } while (seen !== this.writes);
    await this.updateComplete;
  }

  private get writer(): WorkshopWriter | null {
    return this.room?.session.writer ?? null;
  }

  private get me(): GroupView | undefined {
    const view = this.workshop.view;
    return view && this.group ? findGroup(view.groups, this.group) : undefined;
  }

  private async open(): Promise<void> {
    const ticket = ++this.opening;
    await this.close();
    this.openFailure = null;
    if (!this.writeKey) return;
    try {
      await this.openRoom(ticket);
    } catch (error) {
      if (ticket !== this.opening) return;
      console.error('cdw: the session could not be opened in this browser', error);
      await this.close().catch(() => undefined);
      this.openFailure = setupFailureOf(error);
    }
  }

  private async openRoom(ticket: number): Promise<void> {
    const setup = this.setup;
    const roomId = await during('keys', () => setup.roomIdFor(this.writeKey));
    if (ticket !== this.opening) return;
    const options = { roomId, writeKey: this.writeKey, anchor: this.anchor, syncUrl: this.syncUrl, persist: this.persist };
    const room = await during('storage', () => openRoom(options, setup.openSession));
    this.room = room;
    this.workshop.use(room);
    // Peers learn how many of this tab's changes wait for the relay: the facilitator's "last in sync".
    this.waiting = announceWaitingChanges(room.presence, room.connection);
    await room.session.whenLoaded;
    if (ticket !== this.opening) return;
    await this.resume(currentGroup(roomId));
    if (ticket !== this.opening) return;
    this.loaded = true;
  }

  /** "Try again" after a failure: opens the room again, or joins again with what the scribe typed. */
  private readonly onRetry = (): void => {
    if (this.openFailure) void this.open();
    else if (this.joinFailure && this.lastJoin) void this.track(this.join(this.lastJoin.name, this.lastJoin.venue));
  };

  /**
   * Speaks for `group` again (a reload, "Continue as") with the key this browser saved when it joined.
   * Without that key nothing this tab wrote would count: it says so, and offers to join as a new group.
   */
  private async resume(group: ActorId | null): Promise<void> {
    const room = this.room;
    if (!room || !group) return this.speakFor(null);
    const signer = await savedGroupSigner(room.session.roomId, group);
    if (room !== this.room) return;
    if (signer?.actor !== group) {
      this.keyMissingFor = group;
      return this.speakFor(null);
    }
    room.session.writer?.adopt(signer);
    this.keyMissingFor = null;
    this.speakFor(group);
  }

  private async close(): Promise<void> {
    const room = this.room;
    this.waiting?.stop();
    this.waiting = null;
    this.room = null;
    this.loaded = false;
    this.workshop.use(null);
    await room?.close();
  }

  private speakFor(group: ActorId | null): void {
    if (!this.room) return;
    const roomId = this.room.session.roomId;
    if (group) speakAs(roomId, group);
    else forgetCurrentGroup(roomId);
    this.group = group;
    this.dismissed = group ? loadDismissed(roomId, group) : new Set();
    this.room.presence.announce(group);
    this.waiting?.announceNow();
  }

  protected override render() {
    const t = this.i18n.t;
    const view = this.workshop.view;
    if (this.openFailure) return html`<cdw-setup-failure-notice .failure=${this.openFailure}></cdw-setup-failure-notice>`;
    if (!this.room || !this.loaded || !view) return html`<p>${t.loading}</p>`;
    return html`<div class="bar">
        <cdw-connection-status .status=${this.workshop.status}></cdw-connection-status>
        <span class="tally">${t.scribe.proposalCount(view.proposals.length, PROPOSAL_CAP)}</span>
        ${view.locked ? html`<span class="locked">${lockIcon} ${t.trust.lockedMark}</span>` : ''}
        ${this.me
          ? html`<a class="needs" href=${translateHash(this.writeKey, this.anchor)}>${t.translations.needsLink(view.needsTranslation.length)}</a>`
          : ''}
      </div>
      <div class="content">${this.renderContent()}</div>
      ${this.me && !this.proposal
        ? html`<cdw-export-disclosure
            .view=${view}
            .records=${this.room.session.store.records}
            roomId=${this.room.session.roomId}
            .anchor=${this.anchor}
          ></cdw-export-disclosure>`
        : ''}
      <p class="facilitator"><a href=${syncHash('scribe', this.writeKey, this.anchor)}>${t.sync.link}</a></p>`;
  }

  private renderContent() {
    const view = this.workshop.view!;
    const me = this.me;
    if (!me) {
      const previous = groupsJoinedInThisBrowser(this.room!.session.roomId)
        .filter((id) => id !== this.keyMissingFor)
        .map((id) => findGroup(view.groups, id))
        .filter((group): group is GroupView => group !== undefined && !group.removed);
      return html`<h1>${view.title ?? this.i18n.t.untitled}</h1>
        ${this.renderWhyJoin()}
        <cdw-join-form
          .previousGroups=${previous}
          .refusal=${this.joinRefusal}
          .failure=${this.joinFailure}
          @join-group=${this.onJoin}
          @continue-as=${(e: WorkshopEvent<'continue-as'>) => this.track(this.resume(e.detail.group))}
        ></cdw-join-form>`;
    }
    const blockedBy = me.removed ? this.i18n.t.trust.removed : view.locked ? this.i18n.t.trust.locked : null;
    if (this.proposal) {
      return html`<cdw-history-view
        .proposal=${view.proposals.find((p) => p.id === this.proposal) ?? null}
        .groups=${view.groups}
        .refusal=${this.actionRefusal}
        canRestore
        ?blocked=${blockedBy !== null}
        backHref=${scribeHash(this.writeKey, this.anchor)}
        @restore-version=${this.onRestore}
      ></cdw-history-view>`;
    }
    if (this.translationNeeds) {
      return html`<cdw-translation-needs
        .view=${view}
        .blockedBy=${blockedBy}
        backHref=${scribeHash(this.writeKey, this.anchor)}
      ></cdw-translation-needs>`;
    }
    const presence = this.workshop.presence;
    const editors = new Map(view.proposals.map((p) => [p.id, presence?.editorsOf(p.id, me.id) ?? []] as const));
    // Offline, presence is only this tab's own memory of who was there: better none than stale.
    const offline = this.workshop.status.state === 'offline';
    return html`<cdw-scribe-view
      .view=${view}
      .me=${me}
      .online=${offline ? [] : (presence?.onlineGroups() ?? [])}
      .editors=${editors}
      .notices=${noticesFor(view, me.id, this.dismissed)}
      .addRefusal=${this.addRefusal}
      .editRefusal=${this.editRefusal}
      .actionRefusal=${this.actionRefusal}
      @change-group=${() => this.speakFor(null)}
      @add-proposal=${this.onAdd}
      @save-edit=${this.onSaveEdit}
      @endorse=${(e: WorkshopEvent<'endorse'>) => this.act((writer, group) => writer.endorse(group, e.detail.revision))}
      @withdraw-endorsement=${(e: WorkshopEvent<'withdraw-endorsement'>) =>
        this.act((writer, group) => writer.withdrawEndorsement(group, e.detail.revision))}
      @use-as-edit=${(e: WorkshopEvent<'use-as-edit'>) =>
        this.act((writer, group) => writer.useAsEdit(group, e.detail.add, e.detail.proposal))}
      @restore-version=${this.onRestore}
      @editing-change=${(e: WorkshopEvent<'editing-change'>) => this.room?.presence.announce(me.id, e.detail.proposal)}
      @open-history=${(e: WorkshopEvent<'open-history'>) =>
        (location.hash = scribeHash(this.writeKey, this.anchor, e.detail.proposal))}
      @dismiss-notice=${this.onDismiss}
    ></cdw-scribe-view>`;
  }

  /** Above the join form: why this tab no longer speaks for a group it joined before. */
  private renderWhyJoin() {
    const view = this.workshop.view!;
    const t = this.i18n.t;
    if (this.keyMissingFor) {
      return html`<p class="no-key" role="alert">${t.trust.noKey(shortLabelOf(view.groups, this.keyMissingFor, t.unknownGroup))}</p>`;
    }
    const mine = this.group;
    if (mine && view.lockedOut.some((record) => record.author === mine && record.kind === 'join')) {
      return html`<p class="no-key">${t.trust.lockedOut.join}</p>`;
    }
    return '';
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.writes = Promise.all([this.writes, work.catch(() => undefined)]);
    return work;
  }

  /**
   * Signs and writes one action for this tab's group. Resolves with null once written, else with the problem
   * that refused it, which `report` shows where the action arose.
   */
  private write(
    action: (writer: WorkshopWriter, group: ActorId) => Promise<ActionResult>,
    report: (problem: ActionProblem | null) => void = () => {},
  ): Promise<ActionProblem | null> {
    const writer = this.writer;
    const group = this.group;
    const written = writer && group ? action(writer, group) : Promise.resolve<ActionResult>({ ok: false, problem: 'not-joined' });
    const outcome = written.then(
      (result) => (result.ok ? null : result.problem),
      (error: unknown): ActionProblem => {
        console.error('cdw: an action could not be signed or written', error);
        return 'invalid-record';
      },
    );
    void outcome.then(report);
    return this.track(outcome);
  }

  /** Endorse, withdraw, use as an edit, restore: a refusal shows above the list (or the history). */
  private act(action: (writer: WorkshopWriter, group: ActorId) => Promise<ActionResult>): void {
    void this.write(action, (problem) => (this.actionRefusal = problem ? { problem } : null));
  }

  private onJoin(event: WorkshopEvent<'join-group'>): void {
    const { name, venue } = event.detail;
    // Checked before a key is made, so a typo leaves no unused key behind.
    const problem = textProblem(name, GROUP_NAME_MAX) ?? textProblem(venue, VENUE_MAX, 0);
    if (problem) return void (this.joinRefusal = { problem: problem === 'empty' ? 'text-empty' : 'text-too-long' });
    if (this.workshop.view?.locked) return void (this.joinRefusal = { problem: 'session-locked' });
    void this.track(this.join(name, venue));
  }

  /** A new group: its key is made and kept in this browser, and its id is the key's. */
  private async join(name: string, venue: string): Promise<void> {
    const room = this.room;
    const writer = room?.session.writer;
    if (!room || !writer) return;
    this.lastJoin = { name, venue };
    const signer = await during('keys', () => this.setup.newGroupSigner(room.session.roomId)).catch((error: unknown) => {
      console.error('cdw: no key could be made or kept for the group', error);
      return setupFailureOf(error);
    });
    if (room !== this.room) return;
    if (typeof signer === 'string') {
      this.joinRefusal = null;
      return void (this.joinFailure = signer);
    }
    this.joinFailure = null;
    writer.adopt(signer);
    const result = await writer.join(signer.actor, name, venue);
    if (room !== this.room) return;
    if (!result.ok) return void (this.joinRefusal = { problem: result.problem });
    this.joinRefusal = null;
    this.keyMissingFor = null;
    this.speakFor(signer.actor);
  }

  private onAdd(event: WorkshopEvent<'add-proposal'>): void {
    const { text, lang } = event.detail;
    event.detail.outcome = this.write(
      (writer, group) => writer.addProposal(group, text, lang),
      (problem) => (this.addRefusal = problem ? { problem } : null),
    );
  }

  /** From "Translate" on a proposal or from the needs list; the form shows a refusal itself (see events.ts). */
  private readonly onSaveTranslation = (event: WorkshopEvent<'save-translation'>): void => {
    const { revision, lang, text } = event.detail;
    event.detail.outcome = this.write((writer, group) => writer.translate(group, revision, lang, text));
  };

  private onSaveEdit(event: WorkshopEvent<'save-edit'>): void {
    const { proposal, parent, text } = event.detail;
    event.detail.outcome = this.write(
      (writer, group) => writer.editProposal(group, proposal, parent, text),
      (problem) => (this.editRefusal = problem ? { proposal, problem } : null),
    );
  }

  private onRestore(event: WorkshopEvent<'restore-version'>): void {
    this.act((writer, group) => writer.restore(group, event.detail.revision));
  }

  private onDismiss(event: WorkshopEvent<'dismiss-notice'>): void {
    const dismissed = new Set(this.dismissed).add(event.detail.id);
    this.dismissed = dismissed;
    saveDismissed(this.room!.session.roomId, this.group!, dismissed);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-scribe-screen': ScribeScreen;
  }
}
