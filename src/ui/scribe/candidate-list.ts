import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ActionProblem } from '../../doc/writer.ts';
import type { RecordId } from '../../domain/records.ts';
import type { RoomController } from '../shared/room-controller.ts';
import type { WorkshopView } from '../../domain/view.ts';
import { CandidateWordsController } from '../shared/candidate-words.ts';
import type { WorkshopEvent, WorkshopEvents } from '../shared/events.ts';
import { cardListStyles, controlStyles } from '../shared/shared-styles.ts';
import { writerCandidateCore, type CandidateCore, type Verdicts } from './candidate-core.ts';
import type { Action, ScribeActions } from './scribe-actions.ts';
import { CandidateChecks } from './candidate-checks.ts';
import type { CandidateMerge } from './candidate-merge.ts';
import './candidate-item.ts';
import './candidate-merge.ts';

/** The scribe screen's layout with candidates, adopted by it with this part: a side column when there is room. */
const convergenceLayout = css`
  @media (min-width: 75rem) {
    /* Wider than the page's column, centred on it: the document keeps its width, the candidates sit beside. */
    :host {
      width: min(96rem, 100vw - 3rem);
      margin-inline: calc((100% - min(96rem, 100vw - 3rem)) / 2);
    }
    .converging {
      display: grid;
      grid-template-columns: minmax(0, 52rem) minmax(22rem, 1fr);
      gap: 2rem;
      align-items: start;
    }
    /* Kept in sight beside a long document, under the sticky bar; it scrolls on its own. */
    cdw-candidate-list {
      position: sticky;
      top: 3.5rem;
      max-height: calc(100vh - 4rem);
      overflow-y: auto;
    }
  }
`;

/**
 * The scribe screen's convergence part: its layout with candidates, the checks of their proofs, and the panel
 * beside the document; the screen creates one once a session has candidates.
 */
export class Convergence {
  private readonly checks: CandidateChecks;

  constructor(
    private readonly screen: LitElement & { candidateCore?: CandidateCore | null },
    room: RoomController,
    private readonly actions: ScribeActions,
  ) {
    const root = screen.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, convergenceLayout.styleSheet!];
    this.checks = new CandidateChecks(screen, () => room.session?.store.records ?? []);
    screen.requestUpdate();
  }

  /** The candidates whose source does not verify, for the history's mark. */
  unverified(): RecordId[] {
    return this.checks.unverified();
  }

  /** The document with the candidates beside it; the document alone when there are none. */
  beside(document: TemplateResult, view: WorkshopView, blocked: boolean): TemplateResult {
    if (!view.candidates.length) return document;
    // Absent means the real core; null (tests) means none.
    const core = this.screen.candidateCore === undefined ? writerCandidateCore : this.screen.candidateCore;
    return html`<div class="converging">
      ${document}
      <cdw-candidate-list
        .view=${view}
        .verdicts=${this.checks.of(view.candidates, core)}
        .core=${core}
        .actions=${this.actions}
        ?blocked=${blocked}
      ></cdw-candidate-list>
    </div>`;
  }
}

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

  @property({ attribute: false }) view!: WorkshopView;
  /** Undefined until the screen has its checks. */
  @property({ attribute: false }) verdicts: Verdicts | undefined = new Map();
  @property({ type: Boolean }) blocked = false;
  /** Bringing in and merging; without one, both are refused rather than written without their source. */
  @property({ attribute: false }) core: CandidateCore | null = null;
  /** Writes one action for the scribe's group: the screen's, which signs, tracks and answers. */
  @property({ attribute: false }) actions: Pick<ScribeActions, 'write'> | null = null;
  @state() private merging: RecordId | null = null;
  /** Read once: a scribe who closes or opens it keeps that choice. */
  private readonly openAtFirst = matchMedia(WIDE_QUERY).matches;

  private readonly words = new CandidateWordsController(this);

  constructor() {
    super();
    this.answer('bring-in', ({ candidates, text, lang }, core) => (writer, group) => core.bringIn(writer, group, candidates, text, lang));
    this.answer('merge-candidates', ({ proposal, parent, text, candidates }, core) => (writer, group) =>
      core.merge(writer, group, proposal, parent, text, candidates),
    );
    this.addEventListener('open-merge', (event) => void this.openMerge(event.detail.candidate));
    this.addEventListener('close-merge', this.closeMerge);
  }

  /** A request from an item or the merge form, answered in its own event like the scribe's other forms. */
  private answer<K extends 'bring-in' | 'merge-candidates'>(name: K, action: (detail: WorkshopEvents[K], core: CandidateCore) => Action): void {
    this.addEventListener(name, (event: Event) => {
      const { detail } = event as WorkshopEvent<K>;
      event.stopPropagation();
      const { core, actions } = this;
      detail.outcome = core && actions ? actions.write(action(detail, core)) : Promise.resolve<ActionProblem>('invalid-record');
    });
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
    const t = this.words.t;
    const rankOf = new Map(this.view.proposals.map((p) => [p.id, p.rank]));
    return html`<details ?open=${this.openAtFirst}>
      <summary>${t.count(this.view.candidates.length)}</summary>
      <p class="intro">${t.intro}</p>
      ${this.merging
        ? html`<cdw-candidate-merge
            .candidates=${this.view.candidates}
            .proposals=${this.view.proposals}
            .verdicts=${this.verdicts ?? new Map()}
            .first=${this.merging}
            ?blocked=${this.blocked}
          ></cdw-candidate-merge>`
        : ''}
      <ol aria-label=${t.heading}>
        ${repeat(
          this.view.candidates,
          (candidate) => candidate.id,
          (candidate) => {
            const ranks = candidate.usedBy.map((id) => rankOf.get(id)).filter((rank): rank is number => rank !== undefined);
            return html`<li data-id=${candidate.id} class=${ranks.length ? 'used' : ''}>
              <cdw-candidate-item
                .candidate=${candidate}
                .verdict=${this.verdicts?.get(candidate.id)}
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
