import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { currentGroup } from '../../doc/identity.ts';
import { PROPOSAL_CAP } from '../../domain/reducer.ts';
import type { RecordId } from '../../domain/records.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import type { WorkshopEvent } from '../shared/events.ts';
import { shortLabelOf } from '../../domain/group-label.ts';
import type { noticesFor } from '../../domain/notices.ts';
import { focusHistoryHeading, loadHistoryView } from '../shared/history-loader.ts';
import { announceWaitingChanges } from './announce-waiting.ts';
import { scribeHash, translateHash, syncHash, syncUrlFor } from '../shell/route.ts';
import { browserSetup, type SessionSetup } from '../../doc/session-setup.ts';
import { lockIcon } from '../shared/lock-icon.ts';
import { screenBarStyles, warningBox } from '../shared/shared-styles.ts';
import { RoomController } from '../shared/room-controller.ts';
import { ScribeActions } from './scribe-actions.ts';
import { ScribeIdentity } from './scribe-identity.ts';
import type { CandidateCore } from './candidate-core.ts';
import type { Convergence } from './candidate-list.ts';
import { afterPaint, loadDocument, loadJoinForm } from './scribe-parts.ts';
import '../shared/connection-status.ts';

/**
 * The scribe link: the room opened with its write key (RoomController), the group this tab speaks for
 * (ScribeIdentity), every intent below turned into one writer call (ScribeActions); this element renders.
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
      /* The exports arrive after the first paint: their closed disclosure's room is kept. */
      cdw-export-disclosure {
        display: block;
        margin: 2rem 0 0;
        min-block-size: calc(1lh + 1.2rem);
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
  /** Bringing in, merging and checking candidates: absent, the writer's; null (tests) leaves them unchecked and refused. */
  candidateCore?: CandidateCore | null;

  private waiting: ReturnType<typeof announceWaitingChanges> | null = null;
  private readonly room: RoomController = new RoomController(this, {
    key: () => ({ writeKey: this.writeKey, anchor: this.anchor, syncUrl: this.syncUrl, persist: this.persist }),
    presence: true,
    setup: () => this.setup,
    closeOnFailure: true,
    attach: ({ presence, session }) => {
      // Peers learn how many of this tab's changes wait for the relay: the facilitator's "last in sync".
      const waiting = announceWaitingChanges(presence!, session.connection);
      this.waiting = waiting;
      // Fetched while the local copy loads: the part this tab showed last time, which it most likely shows again.
      void (currentGroup(session.roomId) ? loadDocument() : loadJoinForm());
      return () => {
        waiting.stop();
        this.waiting = null;
      };
    },
    prepare: async ({ session }): Promise<void> => {
      await this.identity.resume(currentGroup(session.roomId));
      await this.shownPart();
    },
  });
  private readonly identity = new ScribeIdentity(this, this.room, () => this.setup, () => this.waiting?.announceNow());
  private readonly actions = new ScribeActions(this, this.room, this.identity);
  /** The candidates' part, fetched only by a convergence session (candidate-list.ts). */
  private convergence?: Convergence;
  candidatesLoaded?: Promise<void>;
  /** The rules that find what concerns this group: fetched after the first full paint. */
  private noticesFor: typeof noticesFor | null = null;
  private readonly i18n = new LocalizedController(this);

  constructor() {
    super();
    this.addEventListener('retry-setup', this.onRetry);
    void afterPaint.then((rules) => {
      this.noticesFor = rules;
      this.requestUpdate();
    });
  }

  /** The part this tab shows now: the document once it speaks for a group, the join form until then. */
  private shownPart(): Promise<unknown> {
    return this.identity.me ? loadDocument() : loadJoinForm();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('proposal')) this.actions.refusal = null;
    // Which part shows is known once the room is loaded; `prepare` fetched the first one.
    if (this.room.loaded) void this.shownPart();
    if (this.proposal) void loadHistoryView();
    // Said only when this browser could not open the room or join: its notice and words are fetched then.
    if (this.room.failure || this.identity.joinFailure) void import('../shared/setup-failure-notice.ts');
    if (this.room.view?.candidates.length) {
      this.candidatesLoaded ??= import('./candidate-list.ts').then((part) => {
        this.convergence = new part.Convergence(this, this.room, this.actions);
      });
    }
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

  /** Resolves once the room is open and its local copy loaded, and every part of the page is here; tests await it. */
  async ready(): Promise<void> {
    await Promise.all([this.room.ready.then(() => this.identity.writer()), afterPaint]);
    await this.updateComplete;
  }

  /** Resolves once every action started so far is signed, written, applied and shown; tests await it. */
  async idle(): Promise<void> {
    await this.actions.idle();
    await this.shownPart();
    await this.updateComplete;
  }

  /** "Try again" after a failure: opens the room again, or joins again with what the scribe typed. */
  private readonly onRetry = (): void => {
    if (this.room.failure) return this.room.reopen();
    const joining = this.identity.retry();
    if (joining) void this.actions.track(joining);
  };

  protected override render() {
    const t = this.i18n.t;
    const view = this.room.view;
    const session = this.room.session;
    if (this.room.failure) return html`<cdw-setup-failure-notice .failure=${this.room.failure}></cdw-setup-failure-notice>`;
    if (!session || !this.room.loaded || !view) return html`<p>${t.loading}</p>`;
    const me = this.identity.me;
    return html`<div class="bar">
        <cdw-connection-status .status=${this.room.status}></cdw-connection-status>
        <span class="tally">${t.scribe.proposalCount(view.proposals.length, PROPOSAL_CAP)}</span>
        ${view.locked ? html`<span class="locked">${lockIcon} ${t.trust.lockedMark}</span>` : ''}
        ${me
          ? html`<a class="needs" href=${translateHash(this.writeKey, this.anchor)}>${t.translations.needsLink(view.needsTranslation.length)}</a>`
          : ''}
      </div>
      <div class="content">${this.renderContent()}</div>
      ${me && !this.proposal
        ? html`<cdw-export-disclosure
            .view=${view}
            .records=${session.store.records}
            roomId=${session.roomId}
            .anchor=${this.anchor}
          ></cdw-export-disclosure>`
        : ''}
      <p class="facilitator"><a href=${syncHash('scribe', this.writeKey, this.anchor)}>${t.sync.link}</a></p>`;
  }

  private renderContent() {
    const view = this.room.view!;
    const { identity } = this;
    const me = identity.me;
    if (!me) {
      return html`<h1><bdi>${view.title ?? this.i18n.t.untitled}</bdi></h1>
        ${this.renderWhyJoin()}
        <cdw-join-form
          .previousGroups=${identity.previousGroups()}
          .refusal=${identity.joinRefusal}
          .failure=${identity.joinFailure}
          @join-group=${(e: WorkshopEvent<'join-group'>) => this.actions.track(identity.join(e.detail.name, e.detail.venue))}
          @continue-as=${(e: WorkshopEvent<'continue-as'>) => this.actions.track(identity.resume(e.detail.group))}
        ></cdw-join-form>`;
    }
    const blockedBy = me.removed ? this.i18n.t.trust.removed : view.locked ? this.i18n.t.trust.locked : null;
    if (this.proposal) {
      return html`<cdw-history-view
        .unverified=${this.convergence?.unverified()}
        .proposal=${view.proposals.find((p) => p.id === this.proposal) ?? null}
        .groups=${view.groups}
        .refusal=${this.actions.refusal}
        canRestore
        ?blocked=${blockedBy !== null}
        backHref=${scribeHash(this.writeKey, this.anchor)}
      ></cdw-history-view>`;
    }
    if (this.translationNeeds) {
      return html`<cdw-translation-needs
        .view=${view}
        .blockedBy=${blockedBy}
        backHref=${scribeHash(this.writeKey, this.anchor)}
      ></cdw-translation-needs>`;
    }
    const presence = this.room.presence;
    const editors = new Map(view.proposals.map((p) => [p.id, presence?.editorsOf(p.id, me.id) ?? []] as const));
    // Offline, presence is only this tab's own memory of who was there: better none than stale.
    const offline = this.room.status.state === 'offline';
    const scribeView = html`<cdw-scribe-view
      .view=${view}
      .me=${me}
      .online=${offline ? [] : (presence?.onlineGroups() ?? [])}
      .editors=${editors}
      .notices=${this.noticesFor?.(view, me.id, identity.dismissed) ?? []}
      .actionRefusal=${this.actions.refusal}
      @change-group=${() => identity.speakFor(null)}
      @editing-change=${(e: WorkshopEvent<'editing-change'>) => presence?.announce(me.id, e.detail.proposal)}
      @open-history=${(e: WorkshopEvent<'open-history'>) =>
        (location.hash = scribeHash(this.writeKey, this.anchor, e.detail.proposal))}
      @dismiss-notice=${(e: WorkshopEvent<'dismiss-notice'>) => identity.dismiss(e.detail.id)}
    ></cdw-scribe-view>`;
    return this.convergence?.beside(scribeView, view, blockedBy !== null) ?? scribeView;
  }

  /** Above the join form: why this tab no longer speaks for a group it joined before. */
  private renderWhyJoin() {
    const view = this.room.view!;
    const t = this.i18n.t;
    const { keyMissingFor, group } = this.identity;
    if (keyMissingFor) {
      return html`<p class="no-key" role="alert">${t.trust.noKey(shortLabelOf(view.groups, keyMissingFor, t.unknownGroup))}</p>`;
    }
    if (group && view.lockedOut.some((record) => record.author === group && record.kind === 'join')) {
      return html`<p class="no-key">${t.trust.lockedOut.join}</p>`;
    }
    return '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-scribe-screen': ScribeScreen;
  }
}
