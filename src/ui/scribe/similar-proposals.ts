import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { excerpt } from '../../domain/group-label.ts';
import { similarProposals, similarityIndex, type SimilarityIndex, type SimilarProposal } from '../../domain/similar.ts';
import type { ProposalView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { emit } from '../shared/events.ts';
import { languageName } from '../shared/language-names.ts';
import { controlStyles } from '../shared/shared-styles.ts';

/** The index of the last view seen, shared by the add form and every notice: profiled once per view. */
let indexed: { proposals: readonly ProposalView[]; index: SimilarityIndex } | null = null;

function indexOf(proposals: readonly ProposalView[]): SimilarityIndex {
  if (indexed?.proposals !== proposals) indexed = { proposals, index: similarityIndex(proposals, indexed?.index) };
  return indexed.index;
}

/** The current proposals a text resembles, each with "Edit this instead": an idea enters by editing, not by a near-copy. */
@customElement('cdw-similar-proposals')
export class SimilarProposals extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .found {
        margin: 0;
        font-weight: 700;
      }
      ul {
        list-style: none;
        margin: 0.4rem 0 0.5rem;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.4rem 0.75rem;
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--line);
        border-inline-start: 4px solid var(--accent);
        border-radius: var(--radius);
        background: var(--surface);
      }
      .what {
        flex: 1 1 14rem;
        min-width: 0;
      }
      .text {
        margin: 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .meta {
        margin: 0.2rem 0 0;
        font-size: 0.88rem;
        color: var(--muted);
      }
    `,
  ];

  /** The view's current proposals, in the workshop's order. */
  @property({ attribute: false }) proposals: readonly ProposalView[] = [];
  /** The draft, or the text that was refused, to compare with them. */
  @property() text = '';
  /** The session is locked (or the group removed): the list still reads, its buttons wait. */
  @property({ type: Boolean }) blocked = false;
  /** Announces the count politely when it changes, for a list that follows typing; a notice's list is read with it. */
  @property({ type: Boolean }) live = false;

  private similar: readonly SimilarProposal[] = [];
  private readonly i18n = new LocalizedController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('proposals') || changed.has('text')) this.similar = similarProposals(this.text, indexOf(this.proposals));
  }

  protected override render() {
    const t = this.i18n.t;
    const count = this.similar.length;
    // The live region stays in place and changes only with the count: a keystroke that keeps it says nothing.
    return html`<div aria-live=${this.live ? 'polite' : nothing}>
        ${count ? html`<p class="found" id="found">${t.scribe.similarFound(count)}</p>` : ''}
      </div>
      ${count
        ? html`<ul aria-labelledby="found">
            ${this.similar.map((match) => this.renderMatch(match))}
          </ul>`
        : ''}`;
  }

  private renderMatch({ proposal, lang }: SimilarProposal) {
    const t = this.i18n.t;
    const current = proposal.current;
    const meta = [t.scribe.rank(proposal.rank), t.scribe.endorsements(proposal.endorsements)];
    if (lang !== null) meta.push(t.scribe.similarInTranslation(languageName(lang, this.i18n.language)));
    return html`<li>
      <div class="what">
        <p class="text" lang=${current.lang ?? nothing} dir="auto">${excerpt(current.text, 160)}</p>
        <p class="meta">${meta.join(' · ')}</p>
      </div>
      <button
        type="button"
        ?disabled=${this.blocked}
        aria-label="${t.scribe.editInstead}: ${excerpt(current.text)}"
        @click=${() => emit(this, 'edit-instead', { proposal: proposal.id })}
      >
        ${t.scribe.editInstead}
      </button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-similar-proposals': SimilarProposals;
  }
}
