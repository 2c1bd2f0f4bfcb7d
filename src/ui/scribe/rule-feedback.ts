import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RecordId } from '../../domain/records.ts';
import type { GroupView, ProposalView } from '../../domain/view.ts';
import '../../i18n/en/feedback.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { emit } from '../shared/events.ts';
import { excerpt, shortLabelOf } from '../../domain/group-label.ts';
import { isolatedIn } from '../shared/isolated.ts';
import type { DiscountedNotice, GroupNotice, LockedOutNotice, NotAdmittedNotice, SupersededNotice } from '../../domain/notices.ts';
import { controlStyles, warningBox } from '../shared/shared-styles.ts';
import { loadSimilarProposals } from './similar-loader.ts';

/** Tells this group every rule outcome that concerns it (R8), each with the one action that answers it. */
@customElement('cdw-rule-feedback')
export class RuleFeedback extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        font-size: 1.05rem;
        margin: 0 0 0.5rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      li {
        ${warningBox}
      }
      .message {
        margin: 0;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      blockquote {
        margin: 0.5rem 0;
        padding-inline-start: 0.75rem;
        border-inline-start: 3px solid var(--line-strong);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      .target {
        flex: 1 1 14rem;
      }
      label {
        font-size: 0.9rem;
      }
    `,
  ];

  @property({ attribute: false }) notices: readonly GroupNotice[] = [];
  @property({ attribute: false }) proposals: readonly ProposalView[] = [];
  @property({ attribute: false }) groups: readonly GroupView[] = [];
  /** The session is locked (or the group removed): each notice still reads, its action waits. */
  @property({ type: Boolean }) blocked = false;
  /** The proposal each not-admitted add would edit; the least endorsed one until the scribe picks. */
  @state() private targets = new Map<RecordId, RecordId>();

  private readonly i18n = new LocalizedController(this);

  protected override willUpdate(): void {
    // A not-admitted add offers the proposals it resembles.
    if (this.notices.length) void loadSimilarProposals();
  }

  protected override render() {
    if (this.notices.length === 0) return html``;
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${this.i18n.t.feedback.heading}</h2>
      <ul>
        ${this.notices.map((notice) => html`<li>${this.renderNotice(notice)}</li>`)}
      </ul>
    </section>`;
  }

  private renderNotice(notice: GroupNotice) {
    switch (notice.kind) {
      case 'not-admitted':
        return this.renderNotAdmitted(notice);
      case 'superseded':
        return this.renderSuperseded(notice);
      case 'discounted':
        return this.renderDiscounted(notice);
      case 'locked-out':
        return this.renderLockedOut(notice);
    }
  }

  private renderLockedOut(notice: LockedOutNotice) {
    return html`<p class="message">${this.i18n.t.trust.lockedOut[notice.record]}</p>
      ${notice.text === null ? '' : html`<blockquote dir="auto">${notice.text}</blockquote>`}
      <div class="actions">${this.dismissButton(notice.id)}</div>`;
  }

  private renderNotAdmitted(notice: NotAdmittedNotice) {
    const t = this.i18n.t;
    const target = this.targetOf(notice.id);
    const selectId = `target-${notice.id}`;
    return html`<p class="message">${t.feedback.notAdmitted}</p>
      <blockquote dir="auto">${notice.text}</blockquote>
      <cdw-similar-proposals .proposals=${this.proposals} .text=${notice.text} ?blocked=${this.blocked}></cdw-similar-proposals>
      <div class="actions">
        <div class="target">
          <label for=${selectId}>${t.feedback.useAsEditOf}</label>
          <select id=${selectId} @change=${(e: Event) => this.pick(notice.id, (e.target as HTMLSelectElement).value)}>
            ${this.proposals.map(
              (p) => html`<option value=${p.id} ?selected=${p.id === target} lang=${p.current.lang ?? nothing} dir="auto">${p.rank}. ${excerpt(p.current.text, 60)}</option>`,
            )}
          </select>
        </div>
        <button
          type="button"
          class="primary"
          ?disabled=${!target || this.blocked}
          @click=${() => target && emit(this, 'use-as-edit', { add: notice.id, proposal: target })}
        >
          ${t.feedback.useAsEdit}
        </button>
        ${this.dismissButton(notice.id)}
      </div>`;
  }

  private renderSuperseded(notice: SupersededNotice) {
    const t = this.i18n.t;
    return html`<p class="message">${isolatedIn(t.feedback.superseded, shortLabelOf(this.groups, notice.byAuthor, t.unknownGroup))}</p>
      <blockquote lang=${notice.revision.lang ?? nothing} dir="auto">${notice.revision.text}</blockquote>
      <div class="actions">
        <button
          type="button"
          class="primary"
          ?disabled=${this.blocked}
          @click=${() => emit(this, 'restore-version', { revision: notice.revision.id })}
        >
          ${t.feedback.restoreMine}
        </button>
        <button type="button" @click=${() => emit(this, 'open-history', { proposal: notice.proposal.id })}>
          ${t.scribe.history}
        </button>
        ${this.dismissButton(notice.id)}
      </div>`;
  }

  private renderDiscounted(notice: DiscountedNotice) {
    const t = this.i18n.t;
    return html`<p class="message">${t.feedback.discounted}</p>
      <blockquote lang=${notice.proposal.current.lang ?? nothing} dir="auto">${notice.proposal.current.text}</blockquote>
      <div class="actions">
        <button
          type="button"
          class="primary"
          ?disabled=${this.blocked}
          @click=${() => emit(this, 'endorse', { revision: notice.proposal.current.id })}
        >
          ${t.feedback.endorseCurrent}
        </button>
        ${this.dismissButton(notice.id)}
      </div>`;
  }

  private dismissButton(id: RecordId) {
    return html`<button type="button" class="quiet" @click=${() => emit(this, 'dismiss-notice', { id })}>
      ${this.i18n.t.dismiss}
    </button>`;
  }

  private targetOf(addId: RecordId): RecordId | undefined {
    const picked = this.targets.get(addId);
    if (picked && this.proposals.some((p) => p.id === picked)) return picked;
    return this.proposals[this.proposals.length - 1]?.id;
  }

  private pick(addId: RecordId, proposal: RecordId): void {
    this.targets = new Map(this.targets).set(addId, proposal);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-rule-feedback': RuleFeedback;
  }
}
