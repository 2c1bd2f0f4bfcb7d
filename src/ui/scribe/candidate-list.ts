import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { RecordId } from '../../domain/records.ts';
import type { CandidateView, ProposalView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import type { WorkshopEvent } from '../shared/events.ts';
import { cardListStyles, controlStyles } from '../shared/shared-styles.ts';
import type { Verdicts } from './candidate-core.ts';
import type { CandidateMerge } from './candidate-merge.ts';
import './candidate-item.ts';
import './candidate-merge.ts';

/** Where the side column starts: narrower, the panel sits under the document, closed until asked for. */
export const WIDE_QUERY = '(min-width: 75rem)';

/**
 * A convergence session's candidates beside the document: each with its provenance and verdict, and the merge
 * form when one is asked for. Open at first on a wide screen, closed on a phone, where it follows the list.
 */
@customElement('cdw-candidate-list')
export class CandidateList extends LitElement {
  static override styles = [
    controlStyles,
    cardListStyles,
    css`
      :host {
        display: block;
      }
      summary {
        cursor: pointer;
        font-size: 1.25rem;
        font-weight: 700;
        padding-block: 0.5rem;
      }
      .intro {
        color: var(--muted);
        margin: 0 0 0.75rem;
      }
      cdw-candidate-merge {
        margin: 0 0 1rem;
        padding: 1rem;
        border: 2px solid var(--accent);
        border-radius: var(--radius);
        background: var(--paper);
      }
      li {
        border-inline-start-width: 4px;
      }
      li.used {
        border-inline-start-color: var(--accent);
      }
    `,
  ];

  @property({ attribute: false }) candidates: readonly CandidateView[] = [];
  @property({ attribute: false }) proposals: readonly ProposalView[] = [];
  @property({ attribute: false }) verdicts: Verdicts = new Map();
  @property({ type: Boolean }) blocked = false;
  @state() private merging: RecordId | null = null;
  /** Read once: a scribe who closes or opens it keeps that choice. */
  private readonly openAtFirst = matchMedia(WIDE_QUERY).matches;

  private readonly i18n = new LocalizedController(this);

  constructor() {
    super();
    this.addEventListener('open-merge', (event) => void this.openMerge(event.detail.candidate));
    this.addEventListener('close-merge', this.closeMerge);
  }

  private async openMerge(candidate: RecordId): Promise<void> {
    this.merging = candidate;
    await this.updateComplete;
    await this.renderRoot.querySelector<CandidateMerge>('cdw-candidate-merge')?.focusFirst();
  }

  /** Back to the candidate that opened the form, so the keyboard resumes where it was. */
  private readonly closeMerge = async ({ detail }: WorkshopEvent<'close-merge'>): Promise<void> => {
    const from = this.merging;
    this.merging = null;
    if (detail.saved || !from) return;
    await this.updateComplete;
    const item = this.renderRoot.querySelector(`li[data-id="${CSS.escape(from)}"] cdw-candidate-item`);
    item?.shadowRoot?.querySelectorAll<HTMLButtonElement>('.actions button')[1]?.focus();
  };

  protected override render() {
    const t = this.i18n.t.candidates;
    const rankOf = new Map(this.proposals.map((p) => [p.id, p.rank]));
    return html`<details ?open=${this.openAtFirst}>
      <summary>${t.count(this.candidates.length)}</summary>
      <p class="intro">${t.intro}</p>
      ${this.merging
        ? html`<cdw-candidate-merge
            .candidates=${this.candidates}
            .proposals=${this.proposals}
            .verdicts=${this.verdicts}
            .first=${this.merging}
            ?blocked=${this.blocked}
          ></cdw-candidate-merge>`
        : ''}
      <ol aria-label=${t.heading}>
        ${repeat(
          this.candidates,
          (candidate) => candidate.id,
          (candidate) => {
            const ranks = candidate.usedBy.map((id) => rankOf.get(id)).filter((rank): rank is number => rank !== undefined);
            return html`<li data-id=${candidate.id} class=${ranks.length ? 'used' : ''}>
              <cdw-candidate-item
                .candidate=${candidate}
                .verdict=${this.verdicts.get(candidate.id)}
                .usedRanks=${ranks}
                ?blocked=${this.blocked}
              ></cdw-candidate-item>
            </li>`;
          },
        )}
      </ol>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-candidate-list': CandidateList;
  }
}
