import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { RecordId } from '../../domain/records.ts';
import type { GroupView, ProposalView, RevisionView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/history.ts';
import type { CandidateWordsController } from './candidate-words.ts';
import { emit, type Refusal } from './events.ts';
import { findGroup, shortLabelOf } from '../../domain/group-label.ts';
import { isolatedIn } from './isolated.ts';
import { cardListStyles, controlStyles } from './shared-styles.ts';
import './group-badge.ts';
import './text-diff.ts';
import './translation-history.ts';

/** Every revision of one proposal, oldest first, each against its parent; history is never erased. */
@customElement('cdw-history-view')
export class HistoryView extends LitElement {
  static override styles = [
    controlStyles,
    cardListStyles,
    css`
      :host {
        display: block;
      }
      a {
        color: var(--accent);
        font-weight: 600;
      }
      h1 {
        font-size: 1.5rem;
        margin: 1rem 0;
      }
      h1:focus {
        outline: none;
      }
      li.current {
        border: 2px solid var(--accent);
      }
      li.concurrent {
        border-inline-start: 6px solid var(--warn-line);
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.8rem;
        align-items: baseline;
      }
      h2 {
        font-size: 1.1rem;
        margin: 0;
      }
      .tag {
        font-size: 0.85rem;
        font-weight: 700;
        padding: 0.1rem 0.5rem;
        border-radius: 999px;
        background: var(--surface);
        border: 1px solid var(--line-strong);
      }
      .tag.current {
        background: var(--accent);
        border-color: var(--accent);
        color: var(--accent-ink);
      }
      .tag.concurrent {
        overflow-wrap: anywhere;
        background: var(--warn-paper);
        border-color: var(--warn-line);
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.6rem;
        margin: 0.4rem 0 0.75rem;
        color: var(--muted);
        font-size: 0.92rem;
      }
      .changes {
        font-size: 0.85rem;
        color: var(--muted);
        margin: 0 0 0.25rem;
      }
      cdw-text-diff {
        font-size: 1.05rem;
      }
      button {
        margin-top: 0.75rem;
      }
      li.hidden {
        border-style: dashed;
      }
      .cites {
        margin: 0 0 0.5rem;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .cites .not-verified {
        color: var(--danger);
      }
      .hidden-text {
        margin: 0;
        font-style: italic;
        font-weight: 600;
        color: var(--muted);
      }
    `,
  ];

  @property({ attribute: false }) proposal: ProposalView | null = null;
  @property({ attribute: false }) groups: readonly GroupView[] = [];
  /** Scribes may restore; the view link reads only. */
  @property({ type: Boolean }) canRestore = false;
  /** The session is locked (or the group removed): restoring waits. */
  @property({ type: Boolean }) blocked = false;
  @property() backHref = '#/';
  @property({ attribute: false }) refusal: Refusal | null = null;
  /** Candidates whose source does not verify: a revision citing one says so. */
  @property({ attribute: false }) unverified: readonly RecordId[] | undefined = [];

  private readonly i18n = new LocalizedController(this);
  /** A convergence session's words, fetched with the first proposal that cites candidates. */
  private words: CandidateWordsController | null = null;
  wordsLoaded: Promise<void> | null = null;

  protected override willUpdate(): void {
    if (!this.proposal?.from.length) return;
    this.wordsLoaded ??= import('./candidate-words.ts').then((part) => {
      this.words = new part.CandidateWordsController(this);
      this.requestUpdate();
    });
  }

  /** Moves focus to the heading, so keyboard and screen reader users start at the top of the new page. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  protected override render() {
    const t = this.i18n.t;
    const back = html`<a href=${this.backHref}><span class="back-arrow" aria-hidden="true">←</span> ${t.history.back}</a>`;
    if (!this.proposal) return html`${back}<h1 tabindex="-1">${t.history.heading}</h1><p>${t.history.missing}</p>`;
    const revisions = this.proposal.revisions;
    return html`${back}
      <h1 tabindex="-1">${t.history.heading}</h1>
      ${this.refusal ? html`<p class="problem" aria-live="polite">${t.problems[this.refusal.problem]}</p>` : ''}
      <ol>
        ${revisions.map((revision) => this.renderRevision(revision))}
      </ol>
      <cdw-translation-history .proposal=${this.proposal} .groups=${this.groups}></cdw-translation-history>`;
  }

  private renderRevision(revision: RevisionView) {
    const t = this.i18n.t;
    const proposal = this.proposal!;
    const isCurrent = revision.id === proposal.current.id;
    const parent = revision.parent ? proposal.revisions.find((r) => r.id === revision.parent) : undefined;
    const replacement = revision.supersededBy ? proposal.revisions.find((r) => r.id === revision.supersededBy) : undefined;
    const author = findGroup(this.groups, revision.author);
    const written = new Date(revision.hlc[0]);
    const classes = `${isCurrent ? 'current' : ''} ${revision.supersededConcurrently ? 'concurrent' : ''} ${revision.hidden ? 'hidden' : ''}`;
    return html`<li class=${classes}>
      <div class="head">
        <h2>${t.history.revision(revision.number)}</h2>
        ${isCurrent ? html`<span class="tag current">${t.history.current}</span>` : ''}
        ${replacement && revision.supersededConcurrently
          ? html`<span class="tag concurrent">
              ⚠ ${isolatedIn(t.history.supersededConcurrently, shortLabelOf(this.groups, replacement.author, t.unknownGroup))}
            </span>`
          : replacement
            ? html`<span class="tag">${t.history.replacedBy(replacement.number)}</span>`
            : ''}
      </div>
      <p class="meta">
        <span>${t.history.by} ${author ? html`<cdw-group-badge .group=${author}></cdw-group-badge>` : t.unknownGroup}</span>
        <span>·</span>
        <time datetime=${written.toISOString()} title=${this.formatFull(written)}>${this.formatTime(written)}</time>
        <span>·</span>
        <span>${t.history.endorsements(revision.endorsers.length)}</span>
      </p>
      ${this.renderCites(revision)} ${this.renderText(revision, parent)}
      ${this.canRestore && !isCurrent && !revision.hidden
        ? html`<button
            type="button"
            aria-label="${t.history.restore}: ${t.history.revision(revision.number)}"
            ?disabled=${this.blocked}
            @click=${() => emit(this, 'restore-version', { revision: revision.id })}
          >
            ${t.history.restore}
          </button>`
        : ''}
    </li>`;
  }

  /** A convergence session: where the revision comes from, one candidate brought in or several merged. */
  private renderCites(revision: RevisionView) {
    const candidates = revision.cites.map((id) => this.proposal!.from.find((c) => c.id === id)).filter((c) => c !== undefined);
    const t = this.words?.t;
    if (!candidates.length || !t) return nothing;
    const labels = candidates.map((c) => c.label).join(' + ');
    const unverified = candidates.some((c) => this.unverified?.includes(c.id));
    return html`<p class="cites">
      ${isolatedIn(candidates.length === 1 ? t.historyFrom : t.historyMerges, labels)}
      ${unverified ? html`<span class="not-verified">⚠ ${t.notVerified}</span>` : ''}
    </p>`;
  }

  /** A hidden revision's text is shown nowhere (R10); the one after it reads whole, as there is nothing to compare. */
  private renderText(revision: RevisionView, parent: RevisionView | undefined) {
    const t = this.i18n.t;
    if (revision.hidden) return html`<p class="hidden-text">${t.trust.hidden}</p>`;
    if (parent?.hidden) {
      return html`<p class="changes">${t.trust.afterHidden}</p>
        <cdw-text-diff lang=${revision.lang ?? nothing} .previous=${null} .text=${revision.text}></cdw-text-diff>`;
    }
    return html`<p class="changes">${parent ? `${t.history.changes}. ${t.history.legend}` : t.history.first}</p>
      <cdw-text-diff lang=${revision.lang ?? nothing} .previous=${parent ? parent.text : null} .text=${revision.text}></cdw-text-diff>`;
  }

  private formatTime(date: Date): string {
    return new Intl.DateTimeFormat(this.i18n.intl, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
  }

  private formatFull(date: Date): string {
    return new Intl.DateTimeFormat(this.i18n.intl, { dateStyle: 'full', timeStyle: 'long' }).format(date);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-history-view': HistoryView;
  }
}
