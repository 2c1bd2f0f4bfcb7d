import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ActionProblem } from '../../doc/writer.ts';
import { shortLabelOf } from '../../domain/group-label.ts';
import type { RecordId } from '../../domain/records.ts';
import { normalizeText } from '../../domain/text.ts';
import type { GroupView, ProposalView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { emit, request } from '../shared/events.ts';
import { isolatedIn } from '../shared/isolated.ts';
import { submitOnCtrlEnter } from '../shared/submit-key.ts';
import { characterCount } from './character-count.ts';

/**
 * A proposal's edit form: the draft, a warning when another group saved a version meanwhile, Save and Cancel.
 * Fetched the first time a scribe edits. It renders into its item's shadow root, whose styles it wears.
 */
@customElement('cdw-proposal-editor')
export class ProposalEditor extends LitElement {
  @property({ attribute: false }) proposal!: ProposalView;
  @property({ attribute: false }) groups: readonly GroupView[] = [];
  /** The session is locked (or the group removed): the draft is kept, Save waits. */
  @property({ type: Boolean }) blocked = false;

  @state() private draft = '';
  /** The revision the scribe started editing from: a concurrent edit is one whose parent is not current. */
  @state() private editParent: RecordId | null = null;
  /** Why the owner refused the last save, until the scribe types again. */
  @state() private problem: ActionProblem | null = null;

  private readonly i18n = new LocalizedController(this);

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(): void {
    if (this.hasUpdated) return;
    this.draft = this.proposal.current.text;
    this.editParent = this.proposal.current.id;
  }

  protected override render() {
    const t = this.i18n.t;
    const current = this.proposal.current;
    const changedUnderneath = this.editParent !== null && this.editParent !== current.id;
    return html`<div class="edit">
      <label for="draft">${t.scribe.editProposal}</label>
      ${changedUnderneath
        ? html`<p class="editing" id="changed">
            ${isolatedIn(t.scribe.changedWhileEditing, shortLabelOf(this.groups, current.author, t.unknownGroup))}
          </p>`
        : ''}
      <textarea
        id="draft"
        dir="auto"
        .value=${live(this.draft)}
        aria-describedby="draft-count draft-problem ${changedUnderneath ? 'changed' : ''}"
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      ></textarea>
      ${characterCount(t, this.draft, 'draft-count')}
      <p class="problem" id="draft-problem" aria-live="polite">${this.problem ? t.problems[this.problem] : ''}</p>
      <div class="actions">
        <button type="button" class="primary" ?disabled=${this.blocked} @click=${this.save}>${t.scribe.save}</button>
        <button type="button" @click=${() => this.close(false)}>${t.cancel}</button>
      </div>
    </div>`;
  }

  /** Puts the keyboard in the draft. */
  async focusDraft(): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLTextAreaElement>('#draft')?.focus();
  }

  private close(saved: boolean): void {
    emit(this, 'close-edit', { saved });
  }

  private onInput(event: InputEvent): void {
    this.draft = (event.target as HTMLTextAreaElement).value;
    this.problem = null;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.close(false);
    submitOnCtrlEnter(event, () => this.save());
  }

  private save(): void {
    if (this.blocked) return;
    const current = this.proposal.current;
    // Saving the same text would still make a revision and reset its endorsements (R5): treat it as Cancel.
    if (normalizeText(this.draft) === current.text && this.editParent === current.id) return this.close(false);
    const detail = { proposal: this.proposal.id, parent: this.editParent ?? current.id, text: this.draft };
    request(this, 'save-edit', detail, (problem) => {
      this.problem = problem;
      if (problem === null && this.isConnected) this.close(true);
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-proposal-editor': ProposalEditor;
  }
}
