import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ActorId, LanguageTag } from '../../domain/records.ts';
import type { GroupView, ProposalView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { emit, type WorkshopEvent } from '../shared/events.ts';
import { excerpt, findGroup, shortLabelOf } from '../../domain/group-label.ts';
import { isolatedIn } from '../shared/isolated.ts';
import { controlStyles, warningNote } from '../shared/shared-styles.ts';
import '../shared/group-badge.ts';

/** The edit form is fetched the first time a scribe edits: most proposals are read and endorsed, not edited. */
const loadEditor = (): Promise<unknown> => import('./proposal-editor.ts');

/** One proposal for a scribe: text, count, endorsing groups, and Endorse / Edit / History. */
@customElement('cdw-proposal-item')
export class ProposalItem extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .top {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.75rem;
        align-items: start;
      }
      .rank {
        font-weight: 800;
        font-size: 1.1rem;
        min-width: 2.2rem;
        height: 2.2rem;
        border-radius: 50%;
        display: grid;
        place-items: center;
        background: var(--surface);
        border: 2px solid var(--line-strong);
      }
      .text {
        margin: 0.2rem 0 0;
        font-size: 1.05rem;
        line-height: 1.45;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 0.9rem;
        align-items: baseline;
        margin: 0.6rem 0 0;
        font-size: 0.92rem;
      }
      .count {
        font-weight: 700;
      }
      .mine {
        color: var(--ok);
        font-weight: 600;
      }
      .endorsers {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.75rem;
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .endorsers-label {
        color: var(--muted);
      }
      .editing {
        margin: 0.6rem 0 0;
        ${warningNote}
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.75rem;
      }
      .actions button {
        padding-inline: 0.75rem;
      }
      cdw-proposal-editor {
        display: block;
      }
      .edit {
        display: grid;
        gap: 0.4rem;
        margin-top: 0.75rem;
      }
      .count-line {
        margin: 0;
      }
      /* Arrives after the first paint (scribe-parts.ts): the row of its Translate button is kept. */
      cdw-proposal-translations.offered:not(:defined) {
        display: block;
        margin-block-start: 0.5rem;
        min-block-size: 2.75rem;
      }
    `,
  ];

  @property({ attribute: false }) proposal!: ProposalView;
  @property({ attribute: false }) groups: readonly GroupView[] = [];
  /** This tab's group; endorsements and edits are written for it. */
  @property({ attribute: false }) me: ActorId | null = null;
  /** Other groups editing this proposal right now (presence). */
  @property({ attribute: false }) editors: readonly ActorId[] = [];
  /** The session's working languages, for "Translate". */
  @property({ attribute: false }) languages: readonly LanguageTag[] = [];
  /** The session is locked (or the group removed): the proposal reads as usual, its actions wait. */
  @property({ type: Boolean }) blocked = false;

  @state() private editing = false;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t;
    const { proposal } = this;
    const current = proposal.current;
    const endorsed = this.me !== null && current.endorsers.includes(this.me);
    const short = excerpt(current.text);
    return html`<div class="top">
        <span class="rank" aria-hidden="true">${proposal.rank}</span>
        <div>
          <span class="visually-hidden">${t.scribe.rank(proposal.rank)}</span>
          <p class="text" lang=${current.lang ?? nothing} dir="auto">${current.text}</p>
        </div>
      </div>
      <div class="meta">
        <span class="count">${t.scribe.endorsements(proposal.endorsements)}</span>
        ${endorsed ? html`<span class="mine">✓ ${t.scribe.youEndorse}</span>` : ''}
        <span class="endorsers-label" id="endorsers-label">${t.scribe.endorsedBy}</span>
        <ul class="endorsers" aria-labelledby="endorsers-label">
          ${current.endorsers.map((id) => {
            const group = findGroup(this.groups, id);
            return html`<li>${group ? html`<cdw-group-badge .group=${group}></cdw-group-badge>` : t.unknownGroup}</li>`;
          })}
        </ul>
      </div>
      ${this.editors.map(
        (id) => html`<p class="editing">✎ ${isolatedIn(t.scribe.isEditing, shortLabelOf(this.groups, id, t.unknownGroup))}</p>`,
      )}
      ${this.editing
        ? html`<cdw-proposal-editor
            .proposal=${proposal}
            .groups=${this.groups}
            ?blocked=${this.blocked}
            @close-edit=${this.onCloseEdit}
          ></cdw-proposal-editor>`
        : html`<div class="actions">
            ${this.me === null
              ? ''
              : endorsed
                ? html`<button type="button" aria-label="${t.scribe.withdraw}: ${short}" ?disabled=${this.blocked} @click=${this.withdraw}>
                    ${t.scribe.withdraw}
                  </button>`
                : html`<button
                    type="button"
                    class="primary"
                    aria-label="${t.scribe.endorse}: ${short}"
                    ?disabled=${this.blocked}
                    @click=${this.endorse}
                  >
                    ${t.scribe.endorse}
                  </button>`}
            ${this.me === null
              ? ''
              : html`<button
                  type="button"
                  class="edit-button"
                  aria-label="${t.scribe.edit}: ${short}"
                  ?disabled=${this.blocked}
                  @click=${this.startEditing}
                >
                  ${t.scribe.edit}
                </button>`}
            <button type="button" class="history-button" aria-label="${t.scribe.history}: ${short}" @click=${this.openHistory}>
              ${t.scribe.history}
            </button>
          </div>`}
      <cdw-proposal-translations
        class=${this.me !== null || proposal.translations.length ? 'offered' : ''}
        .proposal=${proposal}
        .languages=${this.languages}
        ?canTranslate=${this.me !== null}
        ?blocked=${this.blocked}
      ></cdw-proposal-translations>`;
  }

  /** Puts focus back on "History", where a keyboard user left this proposal for its history. */
  async focusHistoryButton(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.history-button')?.focus();
  }

  private endorse(): void {
    emit(this, 'endorse', { revision: this.proposal.current.id });
  }

  private withdraw(): void {
    emit(this, 'withdraw-endorsement', { revision: this.proposal.current.id });
  }

  private openHistory(): void {
    emit(this, 'open-history', { proposal: this.proposal.id });
  }

  /** Opens the edit with focus in its field, from "Edit" or "Edit this instead"; an edit already open keeps its draft. */
  async startEditing(): Promise<void> {
    if (!this.editing) {
      this.editing = true;
      emit(this, 'editing-change', { proposal: this.proposal.id });
    }
    if (!customElements.get('cdw-proposal-editor')) await loadEditor();
    await this.updateComplete;
    await this.renderRoot.querySelector('cdw-proposal-editor')?.focusDraft();
  }

  private async onCloseEdit(event: WorkshopEvent<'close-edit'>): Promise<void> {
    event.stopPropagation();
    this.editing = false;
    emit(this, 'editing-change', { proposal: null });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.edit-button')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-proposal-item': ProposalItem;
  }
}
