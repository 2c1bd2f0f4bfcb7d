import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GroupView, RevisionView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/history.ts';
import '../../i18n/en/facilitator.ts';
import { ActionAnswer } from '../shared/action-answer.ts';
import { excerpt, findGroup } from '../../domain/group-label.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import './facilitator-confirm.ts';
import '../shared/group-badge.ts';

/** One revision as the facilitator sees it: its text, who wrote it, and "Hide this revision" (asked twice). */
@customElement('cdw-facilitator-revision')
export class FacilitatorRevision extends LitElement {
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
        font-size: 0.92rem;
        color: var(--muted);
      }
      .head strong {
        color: var(--ink);
      }
      .tag {
        font-size: 0.8rem;
        font-weight: 700;
        padding: 0 0.5rem;
        border-radius: 999px;
        border: 1px solid var(--accent);
        background: var(--accent);
        color: var(--accent-ink);
      }
      .text {
        margin: 0.3rem 0 0.6rem;
        overflow-wrap: anywhere;
        white-space: pre-wrap;
      }
      .hidden {
        margin: 0.3rem 0 0;
        font-style: italic;
        color: var(--muted);
      }
    `,
  ];

  @property({ attribute: false }) revision: RevisionView | null = null;
  @property({ attribute: false }) groups: readonly GroupView[] = [];
  @property({ type: Boolean }) current = false;
  private readonly action = new ActionAnswer(this);

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const revision = this.revision;
    if (!revision) return html``;
    const t = this.i18n.t;
    const author = findGroup(this.groups, revision.author);
    return html`<div class="head">
        <strong>${t.history.revision(revision.number)}</strong>
        ${this.current ? html`<span class="tag">${t.history.current}</span>` : ''}
        <span>${t.history.by} ${author ? html`<cdw-group-badge .group=${author}></cdw-group-badge>` : t.unknownGroup}</span>
      </div>
      ${revision.hidden
        ? html`<p class="hidden">${t.trust.hidden}</p>`
        : html`<p class="text" lang=${revision.lang ?? nothing} dir="auto">${revision.text}</p>
            <cdw-facilitator-confirm
              label=${t.facilitator.hide}
              detail=${`${t.history.revision(revision.number)}, ${excerpt(revision.text, 60)}`}
              question=${this.current ? t.facilitator.hideCurrentQuestion : t.facilitator.hideQuestion}
              confirmLabel=${t.facilitator.confirmHide}
              ?busy=${this.action.busy}
              @confirm-action=${this.hide}
            ></cdw-facilitator-confirm>`}
      ${this.action.problem ? html`<p class="problem" role="alert">${t.problems[this.action.problem]}</p>` : ''}`;
  }

  private hide(): void {
    if (!this.revision) return;
    this.action.ask('hide-revision', { revision: this.revision.id });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-facilitator-revision': FacilitatorRevision;
  }
}
