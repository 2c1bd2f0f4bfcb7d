import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { roomIdFor } from '../doc/capabilities.ts';
import { currentGroup, forgetCurrentGroup, groupsJoinedInThisBrowser, newGroupId, speakAs } from '../doc/identity.ts';
import type { ActionResult, WorkshopWriter } from '../doc/writer.ts';
import { PROPOSAL_CAP } from '../domain/reducer.ts';
import type { ActorId, RecordId } from '../domain/records.ts';
import type { GroupView } from '../domain/view.ts';
import { LocalizedController } from '../i18n/localized-controller.ts';
import { loadDismissed, saveDismissed } from './dismissed-notices.ts';
import type { Refusal, WorkshopEvent } from './events.ts';
import { findGroup } from './group-label.ts';
import { noticesFor } from './notices.ts';
import { focusHistoryHeading, loadHistoryView } from './history-loader.ts';
import { openRoom, type OpenRoom } from './open-room.ts';
import { announceWaitingChanges } from './announce-waiting.ts';
import { scribeHash, translateHash, syncHash, syncUrlFor } from './route.ts';
import type { EditRefusal } from './scribe-view.ts';
import { WorkshopController } from './workshop-controller.ts';
import './connection-status.ts';
import './export-disclosure.ts';
import './join-form.ts';
import './scribe-view.ts';

/**
 * The scribe link: opens the room with its write key, knows which group this tab speaks for, and turns
 * every intent from the views below into one writer call; refusals go back down to where they arose.
 */
@customElement('cdw-scribe-screen')
export class ScribeScreen extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .bar {
      position: sticky;
      top: 0;
      z-index: 2;
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 0.3rem 1rem;
      padding: 0.5rem 0;
      background: var(--page, #f4f6f8);
      border-bottom: 1px solid var(--line, #d0d5dd);
    }
    .tally {
      font-weight: 700;
      font-size: 0.9rem;
    }
    .needs {
      color: var(--accent, #1f4fd1);
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
      color: var(--muted, #4b5563);
    }
    h1 {
      font-size: 1.5rem;
      margin: 0.75rem 0 1.25rem;
      overflow-wrap: anywhere;
    }
  `;

  @property() writeKey = '';
  /** Set when the route opens the history of one proposal. */
  @property({ attribute: false }) proposal: RecordId | null = null;
  /** Set when the route opens the list of what needs translation (issue 8). */
  @property({ type: Boolean }) translationNeeds = false;
  /** Null keeps the room local (tests). */
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @property({ type: Boolean }) persist = true;

  @state() private room: OpenRoom | null = null;
  @state() private loaded = false;
  @state() private group: ActorId | null = null;
  @state() private dismissed: ReadonlySet<RecordId> = new Set();
  @state() private joinRefusal: Refusal | null = null;
  @state() private addRefusal: Refusal | null = null;
  @state() private editRefusal: EditRefusal | null = null;
  @state() private actionRefusal: Refusal | null = null;

  private readonly workshop = new WorkshopController(this);
  private readonly i18n = new LocalizedController(this);
  private opening = 0;

  constructor() {
    super();
    this.addEventListener('save-translation', this.onSaveTranslation);
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
    if (changed.has('writeKey')) void this.open();
    if (changed.has('proposal')) this.actionRefusal = null;
    if (this.proposal) void loadHistoryView();
    // Only volunteers open the list of what needs translation: it is fetched then.
    if (this.translationNeeds) void import('./translation-needs.ts');
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (changed.has('proposal') && this.proposal) await focusHistoryHeading(this.renderRoot);
    const leftHistoryOf = changed.get('proposal');
    if (changed.has('proposal') && !this.proposal && leftHistoryOf) await this.focusProposal(leftHistoryOf);
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
    if (!this.writeKey) return;
    const roomId = await roomIdFor(this.writeKey);
    if (ticket !== this.opening) return;
    const room = openRoom({ roomId, writeKey: this.writeKey, syncUrl: this.syncUrl, persist: this.persist });
    this.room = room;
    this.workshop.use(room);
    // Peers learn how many of this tab's changes wait for the relay: the facilitator's "last in sync".
    this.waiting = announceWaitingChanges(room.presence, room.connection);
    await room.session.whenLoaded;
    if (ticket !== this.opening) return;
    this.speakFor(currentGroup(roomId));
    this.loaded = true;
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
    const roomId = this.room!.session.roomId;
    if (group) speakAs(roomId, group);
    else forgetCurrentGroup(roomId);
    this.group = group;
    this.dismissed = group ? loadDismissed(roomId, group) : new Set();
    this.room!.presence.announce(group);
    this.waiting?.announceNow();
  }

  protected override render() {
    const t = this.i18n.t;
    const view = this.workshop.view;
    if (!this.room || !this.loaded || !view) return html`<p>${t.loading}</p>`;
    return html`<div class="bar">
        <cdw-connection-status .status=${this.workshop.status}></cdw-connection-status>
        <span class="tally">${t.scribe.proposalCount(view.proposals.length, PROPOSAL_CAP)}</span>
        ${this.me
          ? html`<a class="needs" href=${translateHash(this.writeKey)}>${t.translations.needsLink(view.needsTranslation.length)}</a>`
          : ''}
      </div>
      <div class="content">${this.renderContent()}</div>
      ${this.me && !this.proposal
        ? html`<cdw-export-disclosure
            .view=${view}
            .records=${this.room.session.store.records}
            roomId=${this.room.session.roomId}
          ></cdw-export-disclosure>`
        : ''}
      <p class="facilitator"><a href=${syncHash('scribe', this.writeKey)}>${t.sync.link}</a></p>`;
  }

  private renderContent() {
    const view = this.workshop.view!;
    const me = this.me;
    if (!me) {
      const previous = groupsJoinedInThisBrowser(this.room!.session.roomId)
        .map((id) => findGroup(view.groups, id))
        .filter((group): group is GroupView => group !== undefined);
      return html`<h1>${view.title ?? this.i18n.t.untitled}</h1>
        <cdw-join-form
          .previousGroups=${previous}
          .refusal=${this.joinRefusal}
          @join-group=${this.onJoin}
          @continue-as=${(e: WorkshopEvent<'continue-as'>) => this.speakFor(e.detail.group)}
        ></cdw-join-form>`;
    }
    if (this.proposal) {
      return html`<cdw-history-view
        .proposal=${view.proposals.find((p) => p.id === this.proposal) ?? null}
        .groups=${view.groups}
        .refusal=${this.actionRefusal}
        canRestore
        backHref=${scribeHash(this.writeKey)}
        @restore-version=${this.onRestore}
      ></cdw-history-view>`;
    }
    if (this.translationNeeds) {
      return html`<cdw-translation-needs .view=${view} backHref=${scribeHash(this.writeKey)}></cdw-translation-needs>`;
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
      @endorse=${(e: WorkshopEvent<'endorse'>) => this.act(this.writer?.endorse(me.id, e.detail.revision))}
      @withdraw-endorsement=${(e: WorkshopEvent<'withdraw-endorsement'>) =>
        this.act(this.writer?.withdrawEndorsement(me.id, e.detail.revision))}
      @use-as-edit=${(e: WorkshopEvent<'use-as-edit'>) =>
        this.act(this.writer?.useAsEdit(me.id, e.detail.add, e.detail.proposal))}
      @restore-version=${this.onRestore}
      @editing-change=${(e: WorkshopEvent<'editing-change'>) => this.room?.presence.announce(me.id, e.detail.proposal)}
      @open-history=${(e: WorkshopEvent<'open-history'>) => (location.hash = scribeHash(this.writeKey, e.detail.proposal))}
      @dismiss-notice=${this.onDismiss}
    ></cdw-scribe-view>`;
  }

  /** Runs a writer call; a refusal is shown, and returned so the caller can keep the scribe's text. */
  private act(result: ActionResult | undefined): boolean {
    this.actionRefusal = result && !result.ok ? { problem: result.problem } : null;
    return result?.ok ?? false;
  }

  private onJoin(event: WorkshopEvent<'join-group'>): void {
    const group = newGroupId();
    const result = this.writer?.join(group, event.detail.name, event.detail.venue);
    if (!result?.ok) {
      event.preventDefault();
      this.joinRefusal = { problem: result?.problem ?? 'invalid-record' };
      return;
    }
    this.joinRefusal = null;
    this.speakFor(group);
  }

  private onAdd(event: WorkshopEvent<'add-proposal'>): void {
    const result = this.writer?.addProposal(this.group!, event.detail.text, event.detail.lang);
    if (result?.ok) return void (this.addRefusal = null);
    event.preventDefault();
    this.addRefusal = { problem: result?.problem ?? 'invalid-record' };
  }

  /** From "Translate" on a proposal or from the needs list; a refusal goes back in the event (see events.ts). */
  private readonly onSaveTranslation = (event: WorkshopEvent<'save-translation'>): void => {
    const { revision, lang, text } = event.detail;
    const result = this.writer?.translate(this.group!, revision, lang, text);
    if (result?.ok) return;
    event.preventDefault();
    event.detail.problem = result?.problem ?? 'invalid-record';
  };

  private onSaveEdit(event: WorkshopEvent<'save-edit'>): void {
    const { proposal, parent, text } = event.detail;
    const result = this.writer?.editProposal(this.group!, proposal, parent, text);
    if (result?.ok) return void (this.editRefusal = null);
    event.preventDefault();
    this.editRefusal = { proposal, problem: result?.problem ?? 'invalid-record' };
  }

  private onRestore(event: WorkshopEvent<'restore-version'>): void {
    this.act(this.writer?.restore(this.group!, event.detail.revision));
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
