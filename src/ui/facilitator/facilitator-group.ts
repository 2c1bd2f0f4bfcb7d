import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GroupView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/facilitator.ts';
import { ActionAnswer } from '../shared/action-answer.ts';
import { groupLabel } from '../../domain/group-label.ts';
import { isolatedIn } from '../shared/isolated.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import './facilitator-confirm.ts';
import '../shared/group-badge.ts';

let form: typeof import('./group-rename-form.ts') | null = null;
/** The rename form's code: fetched once the panel is on screen, or at the first "Rename" if that comes first. */
export const loadRenameForm = async (): Promise<unknown> => (form ??= await import('./group-rename-form.ts'));

/** One group as the facilitator sees it: rename it (name and venue), or remove it after a second press. */
@customElement('cdw-facilitator-group')
export class FacilitatorGroup extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.6rem;
        align-items: baseline;
      }
      .note {
        color: var(--muted);
        font-size: 0.9rem;
        overflow-wrap: anywhere;
      }
      .tag {
        font-size: 0.8rem;
        font-weight: 700;
        padding: 0 0.5rem;
        border-radius: 999px;
        border: 1px solid var(--danger);
        color: var(--danger);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: flex-start;
        margin-top: 0.6rem;
      }
    `,
  ];

  @property({ attribute: false }) group: GroupView | null = null;
  @state() private editing = false;
  private readonly action = new ActionAnswer(this);

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const group = this.group;
    if (!group) return html``;
    const t = this.i18n.t;
    return html`<div class="head">
        <cdw-group-badge .group=${group}></cdw-group-badge>
        ${group.joinedAs !== null ? html`<span class="note">(${isolatedIn(t.trust.joinedAs, group.joinedAs)})</span>` : ''}
        ${group.removed ? html`<span class="tag">${t.facilitator.removed}</span>` : ''}
      </div>
      ${group.removed
        ? ''
        : this.editing
          ? form!.renameForm(this, { group, t, action: this.action, submit: this.rename, cancel: this.stopEditing })
          : this.renderActions(group)}
      ${this.action.problem ? html`<p class="problem" id="problem" role="alert">${t.problems[this.action.problem]}</p>` : ''}`;
  }

  private renderActions(group: GroupView) {
    const t = this.i18n.t.facilitator;
    return html`<div class="actions">
      <button type="button" class="rename" aria-label=${`${t.rename}: ${groupLabel(group)}`} @click=${this.startEditing}>
        ${t.rename}
      </button>
      <cdw-facilitator-confirm
        label=${t.removeGroup}
        detail=${groupLabel(group)}
        question=${t.removeQuestion}
        confirmLabel=${t.confirmRemove}
        ?busy=${this.action.busy}
        @confirm-action=${this.confirmRemoval}
      ></cdw-facilitator-confirm>
    </div>`;
  }

  private async startEditing(): Promise<void> {
    if (!form) await loadRenameForm();
    this.editing = true;
    this.action.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#name')?.focus();
  }

  private readonly stopEditing = async (): Promise<void> => {
    this.editing = false;
    this.action.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button.rename')?.focus();
  };

  private readonly rename = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!this.group || this.action.busy) return;
    const field = (id: string) => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
    this.action.ask('rename-group', { group: this.group.id, name: field('name'), venue: field('venue') }, () => void this.stopEditing());
  };

  private confirmRemoval(): void {
    if (!this.group) return;
    this.action.ask('remove-group', { group: this.group.id });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-facilitator-group': FacilitatorGroup;
  }
}
