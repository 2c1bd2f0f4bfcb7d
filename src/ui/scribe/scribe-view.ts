import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ActorId, RecordId } from '../../domain/records.ts';
import type { GroupView, WorkshopView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { emit, type Refusal } from '../shared/events.ts';
import { measure, playFlip, type Positions } from '../shared/flip.ts';
import { inHeldOrder, sameOrder } from '../../domain/held-order.ts';
import type { GroupNotice } from '../../domain/notices.ts';
import { blockingBox, cardListStyles, controlStyles } from '../shared/shared-styles.ts';
import './add-proposal.ts';
import '../shared/agenda-clock.ts';
import '../shared/group-badge.ts';
import '../shared/online-groups.ts';
import './proposal-item.ts';
import type { ProposalItem } from './proposal-item.ts';
import './rule-feedback.ts';

/** The scribe's page once joined: status, messages for the group, the add form and the ranked proposals. */
@customElement('cdw-scribe-view')
export class ScribeView extends LitElement {
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
      cdw-online-groups {
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
        margin: 0.5rem 0;
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

  private positions: Positions = new Map();
  /**
   * The order the scribe sees while a pointer or keyboard focus is in the list: a proposal must not slide
   * under a finger about to tap "Endorse". Null when the list follows the ranking.
   */
  @state() private held: readonly RecordId[] | null = null;
  private pointerInside = false;
  private focusInside = false;
  private releaseTimer: ReturnType<typeof setTimeout> | undefined;

  /** Why this group cannot act now, or null: the facilitator removed it, or locked the session. */
  private get blockedBy(): string | null {
    const t = this.i18n.t.trust;
    return this.me.removed ? t.removed : this.view.locked ? t.locked : null;
  }

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-id]')];
  }

  /** A new ranking, or the list settling after it was held: items move, and FLIP shows where from. */
  private moves(changed: PropertyValues<this>): boolean {
    return changed.has('view') || (changed as Map<PropertyKey, unknown>).has('held');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.moves(changed) && this.hasUpdated) this.positions = measure(this.items(), (li) => li.dataset.id);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.moves(changed) && this.positions.size) playFlip(this.items(), (li) => li.dataset.id, this.positions);
    this.positions = new Map();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.releaseTimer);
  }

  private hold(): void {
    clearTimeout(this.releaseTimer);
    this.held ??= this.shown().map((proposal) => proposal.id);
  }

  private release(): void {
    if (!this.pointerInside && !this.focusInside) this.held = null;
  }

  private shown() {
    return this.held ? inHeldOrder(this.view.proposals, this.held) : this.view.proposals;
  }

  private readonly onPointerEnter = (): void => {
    this.pointerInside = true;
    this.hold();
  };

  /** A finger leaves the list as it lifts, before its tap becomes a click: the list settles a moment later. */
  private readonly onPointerLeave = (event: PointerEvent): void => {
    this.pointerInside = false;
    clearTimeout(this.releaseTimer);
    if (event.pointerType === 'mouse') this.release();
    else this.releaseTimer = setTimeout(() => this.release(), 1000);
  };

  /** Keyboard focus (and a text field) holds the list; a mouse click's focus does not outlast the pointer. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    const focused = event.composedPath()[0];
    if (!(focused instanceof Element) || !focused.matches(':focus-visible')) return;
    this.focusInside = true;
    this.hold();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const list = event.currentTarget as Element;
    if (event.relatedTarget instanceof Node && list.contains(event.relatedTarget)) return;
    this.focusInside = false;
    this.release();
  };

  protected override render() {
    const t = this.i18n.t;
    const { view, me } = this;
    const blockedBy = this.blockedBy;
    const shown = this.shown();
    const orderHeld = !sameOrder(shown, view.proposals);
    return html`<h1><bdi>${view.title ?? t.untitled}</bdi></h1>
      <div aria-live="polite">${blockedBy ? html`<div class="blocked"><p>${blockedBy}</p></div>` : ''}</div>
      <div class="me">
        <span class="me-label">${t.join.speakingFor}</span>
        <cdw-group-badge .group=${me}></cdw-group-badge>
        <button type="button" class="quiet" @click=${() => emit(this, 'change-group', {})}>${t.join.changeGroup}</button>
      </div>
      ${view.agenda ? html`<cdw-agenda-clock .agenda=${view.agenda}></cdw-agenda-clock>` : ''}
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
          @pointerenter=${this.onPointerEnter}
          @pointerleave=${this.onPointerLeave}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
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
        <div aria-live="polite">${orderHeld ? html`<p class="order-held">${t.scribe.orderHeld}</p>` : ''}</div>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-scribe-view': ScribeView;
  }
}
