import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ActorId, RecordId } from '../../domain/records.ts';
import type { GroupView, WorkshopView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { emit, type Refusal } from '../shared/events.ts';
import { importAfterFirstPaint } from '../shared/first-paint.ts';
import type { GroupNotice } from '../../domain/notices.ts';
import { blockingBox, cardListStyles, controlStyles } from '../shared/shared-styles.ts';
import './add-proposal.ts';
import '../shared/group-badge.ts';
import './proposal-item.ts';
import type { ProposalItem } from './proposal-item.ts';
import type { HeldList, ListHold } from './list-hold.ts';

/** The scribe's page once joined: status, messages for the group, the add form and the ranked proposals. */
@customElement('cdw-scribe-view')
export class ScribeView extends LitElement implements HeldList {
  static override styles = [
    controlStyles,
    cardListStyles,
    css`
      :host {
        display: block;
      }
      h1 {
        font-size: 1.5rem;
        margin: 1rem 0 0.25rem;
        overflow-wrap: anywhere;
      }
      .me {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.6rem;
        margin: 0.5rem 0;
      }
      .me-label {
        color: var(--muted);
      }
      /* Who is online and the rule outcomes arrive after the first paint (scribe-parts.ts): one line is kept. */
      cdw-online-groups {
        display: block;
        min-block-size: 1lh;
        margin: 0.5rem 0 1rem;
        font-size: 0.92rem;
      }
      cdw-rule-feedback {
        display: block;
        margin: 0 0 1rem;
      }
      .card {
        background: var(--paper);
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 1rem;
        margin: 0 0 1.25rem;
      }
      h2 {
        font-size: 1.25rem;
        margin: 1.5rem 0 0.5rem;
      }
      li.editing-elsewhere {
        border-color: var(--warn-line);
      }
      .empty {
        color: var(--muted);
      }
      .blocked {
        margin: 0.75rem 0 1rem;
        ${blockingBox}
      }
      .blocked p {
        margin: 0;
      }
      cdw-agenda-clock {
        display: block;
        margin: 0.5rem 0;
      }
      /* Its one line (the agenda-clock's own padding and border), kept until it arrives. */
      cdw-agenda-clock:not(:defined) {
        min-block-size: calc(0.92rem * 1.5 + 0.7rem + 2px);
      }
      /* After the list, so showing it shifts nothing; sticky, so it is seen while the list is. */
      .order-held {
        position: sticky;
        bottom: 0.5rem;
        margin: 0.5rem 0 0;
        padding: 0.5rem 0.8rem;
        border-radius: var(--radius);
        background: var(--surface);
        border: 1px solid var(--line-strong);
        font-size: 0.92rem;
      }
    `,
  ];

  @property({ attribute: false }) view!: WorkshopView;
  @property({ attribute: false }) me!: GroupView;
  @property({ attribute: false }) online: readonly ActorId[] = [];
  @property({ attribute: false }) editors: ReadonlyMap<RecordId, readonly ActorId[]> = new Map();
  @property({ attribute: false }) notices: readonly GroupNotice[] = [];
  /** An endorsement, withdrawal or conversion the document refused. */
  @property({ attribute: false }) actionRefusal: Refusal | null = null;

  private readonly i18n = new LocalizedController(this);

  constructor() {
    super();
    // "Edit this instead", from the add form or a notice: that proposal's own edit opens, focus in its field.
    this.addEventListener('edit-instead', ({ detail }) => {
      const selector = `li[data-id="${CSS.escape(detail.proposal)}"] cdw-proposal-item`;
      void this.renderRoot.querySelector<ProposalItem>(selector)?.startEditing();
    });
  }

  /** Holds the list still under a finger or the keyboard: fetched after the first full paint. */
  private list: ListHold | null = null;
  /** Resolves once the list holds still while in use; tests await it. */
  readonly listHolds: Promise<void> = importAfterFirstPaint(() => import('./list-hold.ts')).then(({ ListHold }) => {
    this.list = new ListHold(this);
    this.requestUpdate();
  });

  /** Why this group cannot act now, or null: the facilitator removed it, or locked the session. */
  private get blockedBy(): string | null {
    const t = this.i18n.t.trust;
    return this.me.removed ? t.removed : this.view.locked ? t.locked : null;
  }

  get ranked(): WorkshopView['proposals'] {
    return this.view.proposals;
  }

  items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-id]')];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new ranking: items move, and FLIP shows where from.
    if (changed.has('view') && this.hasUpdated) this.list?.measure();
  }

  protected override updated(): void {
    this.list?.play();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.list?.stop();
  }

  protected override render() {
    const t = this.i18n.t;
    const { view, me } = this;
    const blockedBy = this.blockedBy;
    const { list } = this;
    const shown = list?.shown(view.proposals) ?? view.proposals;
    return html`<h1><bdi>${view.title ?? t.untitled}</bdi></h1>
      <div aria-live="polite">${blockedBy ? html`<div class="blocked"><p>${blockedBy}</p></div>` : ''}</div>
      <div class="me">
        <span class="me-label">${t.join.speakingFor}</span>
        <cdw-group-badge .group=${me}></cdw-group-badge>
        <button type="button" class="quiet" @click=${() => emit(this, 'change-group', {})}>${t.join.changeGroup}</button>
      </div>
      ${view.agenda?.phases.length ? html`<cdw-agenda-clock .agenda=${view.agenda}></cdw-agenda-clock>` : ''}
      <cdw-online-groups .groups=${view.groups} .online=${this.online}></cdw-online-groups>
      <cdw-rule-feedback
        .notices=${this.notices}
        .proposals=${view.proposals}
        .groups=${view.groups}
        ?blocked=${blockedBy !== null}
      ></cdw-rule-feedback>
      <section class="card">
        <cdw-add-proposal
          .proposalCount=${view.proposals.length}
          .proposals=${view.proposals}
          .languages=${view.languages}
          .blockedBy=${blockedBy}
        ></cdw-add-proposal>
      </section>
      <section aria-labelledby="proposals-heading">
        <h2 id="proposals-heading">${t.scribe.proposals}</h2>
        <p class="problem" aria-live="polite">${this.actionRefusal ? t.problems[this.actionRefusal.problem] : ''}</p>
        ${view.proposals.length === 0 ? html`<p class="empty">${t.scribe.empty}</p>` : ''}
        <ol
          aria-label=${t.scribe.proposals}
          @pointerenter=${list?.onPointerEnter}
          @pointerleave=${list?.onPointerLeave}
          @focusin=${list?.onFocusIn}
          @focusout=${list?.onFocusOut}
        >
          ${repeat(
            shown,
            (proposal) => proposal.id,
            (proposal) => {
              const editors = this.editors.get(proposal.id) ?? [];
              return html`<li data-id=${proposal.id} class=${editors.length ? 'editing-elsewhere' : ''}>
                <cdw-proposal-item
                  .proposal=${proposal}
                  .groups=${view.groups}
                  .me=${me.id}
                  .editors=${editors}
                  .languages=${view.languages}
                  ?blocked=${blockedBy !== null}
                ></cdw-proposal-item>
              </li>`;
            },
          )}
        </ol>
        <div aria-live="polite">${list?.holding(view.proposals) ? html`<p class="order-held">${t.scribe.orderHeld}</p>` : ''}</div>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-scribe-view': ScribeView;
  }
}
