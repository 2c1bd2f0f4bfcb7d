import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ConnectionStatus } from '../doc/connection.ts';
import { PROPOSAL_CAP } from '../domain/reducer.ts';
import type { ActorId } from '../domain/records.ts';
import { textLength } from '../domain/text.ts';
import type { WorkshopView } from '../domain/view.ts';
import { LocalizedController } from '../i18n/localized-controller.ts';
import { measure, playFlip, type Positions } from './flip.ts';
import { excerpt } from './group-label.ts';
import { controlStyles } from './shared-styles.ts';
import './connection-status.ts';
import './language-switch.ts';
import './online-groups.ts';
import './qr-code.ts';

/** Short proposals are set large; long ones smaller, so a full list of ten still fits one screen. */
export function lengthFactor(text: string): number {
  const length = textLength(text);
  return length <= 40 ? 1 : Math.max(0.4, Math.sqrt(40 / length));
}

/** Below this width (a phone on the view link) the list scrolls instead of fitting the screen. */
const FIT_QUERY = '(min-width: 50rem)';

/** The room's screen: read-only, high contrast, every proposal visible at once, moving smoothly when ranks change. */
@customElement('cdw-projector-view')
export class ProjectorView extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        --ink: #f5f7fa;
        --muted: #c7cedb;
        --paper: #0b0f19;
        --accent: #ffd166;
        --focus: #ffd166;
        --badge-mark: #ffd166;
        --badge-muted: #c7cedb;
        --switch-ink: #f5f7fa;
        --switch-paper: #161c2b;
        color: var(--ink);
        background: var(--paper);
        min-height: 100vh;
      }
      .stage {
        display: grid;
        grid-template-columns: minmax(0, 1fr) clamp(14rem, 20vw, 26rem);
        grid-template-rows: auto minmax(0, 1fr);
        gap: 1.2vh 2.5vw;
        height: 100vh;
        padding: 2.5vh 2.5vw;
      }
      header {
        grid-column: 1 / -1;
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: 0.5rem 2rem;
      }
      h1 {
        margin: 0;
        font-size: clamp(1.6rem, 4.2vh, 3.4rem);
        line-height: 1.15;
        overflow-wrap: anywhere;
      }
      .facts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1.5rem;
        font-size: clamp(1rem, 2.6vh, 2rem);
        color: var(--muted);
      }
      .tally {
        font-weight: 800;
        color: var(--ink);
      }
      .main {
        display: flex;
        flex-direction: column;
        min-height: 0;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.9vh;
        flex: 1 1 auto;
        min-height: 0;
        overflow: hidden;
        --fit: 1;
      }
      li {
        position: relative;
        display: grid;
        grid-template-columns: auto minmax(0, 1fr) auto;
        align-items: center;
        gap: 1.6vw;
        padding: 0.6vh 1.2vw;
        border-radius: 12px;
        background: #161c2b;
        border: 1px solid #3a4358;
        font-size: calc(var(--fit) * var(--length-factor) * 4.2vh);
        flex: 0 0 auto;
      }
      .rank {
        font-weight: 800;
        font-size: max(1.1rem, calc(var(--fit) * 4vh));
        min-width: 1.8em;
        text-align: center;
        color: var(--muted);
      }
      .text {
        margin: 0;
        line-height: 1.22;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .count {
        display: grid;
        justify-items: center;
        min-width: 5.5em;
        font-size: max(0.9rem, calc(var(--fit) * 2vh));
        color: var(--muted);
      }
      .count strong {
        font-size: max(1.6rem, calc(var(--fit) * 5vh));
        line-height: 1;
        color: var(--accent);
      }
      .history-link {
        position: absolute;
        inset-inline-end: 0.5rem;
        inset-block-start: 0.3rem;
        font-size: 1rem;
        color: var(--accent);
        background: var(--paper);
        padding: 0 0.4rem;
        opacity: 0;
      }
      li:hover .history-link,
      .history-link:focus-visible {
        opacity: 1;
      }
      aside {
        display: flex;
        flex-direction: column;
        gap: 2vh;
        min-height: 0;
        font-size: clamp(0.95rem, 1.9vh, 1.5rem);
      }
      figure {
        margin: 0;
        display: grid;
        gap: 0.5rem;
        justify-items: center;
      }
      cdw-qr-code {
        --qr-size: min(100%, 32vh);
        padding: 0.4rem;
        border-radius: 8px;
      }
      figcaption {
        font-weight: 700;
      }
      .controls {
        margin-top: auto;
        display: flex;
        flex-wrap: wrap;
        gap: 0.6rem;
        align-items: center;
        font-size: 1rem;
      }
      .controls button {
        border-color: #9aa4b5;
        color: var(--ink);
        background: #161c2b;
        min-height: 2.5rem;
      }
      .controls button:hover {
        background: #232b3f;
      }
      .empty {
        font-size: 3vh;
        color: var(--muted);
      }
      @media (max-width: 49.99rem) {
        .stage {
          display: block;
          height: auto;
          padding: 1rem;
        }
        h1 {
          font-size: 1.6rem;
        }
        ol {
          overflow: visible;
          margin: 1rem 0;
        }
        li {
          font-size: calc(var(--length-factor) * 1.3rem);
          gap: 0.6rem;
          padding: 0.6rem;
        }
        .rank {
          font-size: 1.2rem;
          min-width: 1.2em;
        }
        .count {
          min-width: 0;
          font-size: 0.8rem;
        }
        .count strong {
          font-size: 1.6rem;
        }
        aside {
          font-size: 1rem;
        }
        cdw-qr-code {
          --qr-size: 12rem;
        }
      }
    `,
  ];

  @property({ attribute: false }) view!: WorkshopView;
  @property({ attribute: false }) online: readonly ActorId[] = [];
  @property({ attribute: false }) status: ConnectionStatus = { state: 'offline', pending: 0 };
  @property() viewUrl = '';
  /** Where the history of one proposal opens (read-only), given its id. */
  @property({ attribute: false }) historyHref: (proposal: string) => string = () => '#/';

  private readonly i18n = new LocalizedController(this);
  private positions: Positions = new Map();
  private readonly onResize = (): void => this.fitText();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('resize', this.onResize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.onResize);
  }

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-id]')];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && this.hasUpdated) this.positions = measure(this.items(), (li) => li.dataset.id);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.fitText();
    if (changed.has('view') && this.positions.size) playFlip(this.items(), (li) => li.dataset.id, this.positions, 600);
    this.positions = new Map();
  }

  /** Shrinks every proposal by one common factor until the whole list fits the screen (a few layout passes). */
  fitText(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('ol');
    if (!list) return;
    if (!matchMedia(FIT_QUERY).matches) return list.style.setProperty('--fit', '1');
    const fits = (fit: number): boolean => {
      list.style.setProperty('--fit', String(fit));
      return list.scrollHeight <= list.clientHeight + 1;
    };
    if (fits(1)) return;
    let low = 0.2;
    let high = 1;
    for (let step = 0; step < 7; step++) {
      const middle = (low + high) / 2;
      if (fits(middle)) low = middle;
      else high = middle;
    }
    fits(low);
  }

  protected override render() {
    const t = this.i18n.t;
    const { view } = this;
    const late = view.notAdmitted.length;
    return html`<div class="stage">
      <header>
        <h1>${view.title ?? t.untitled}</h1>
        <div class="facts">
          <span class="tally">${t.scribe.proposalCount(view.proposals.length, PROPOSAL_CAP)}</span>
          ${late ? html`<span>${t.projector.notAdmitted(late)}</span>` : ''}
        </div>
      </header>
      <div class="main">
      ${view.proposals.length === 0 ? html`<p class="empty">${t.projector.empty}</p>` : ''}
      <ol aria-label=${t.scribe.proposals}>
        ${repeat(
          view.proposals,
          (proposal) => proposal.id,
          (proposal) => html`<li data-id=${proposal.id} style="--length-factor: ${lengthFactor(proposal.current.text)}">
            <span class="rank">${proposal.rank}</span>
            <p class="text">${proposal.current.text}</p>
            <span class="count"
              ><strong>${proposal.endorsements}</strong>
              <span>${t.projector.endorsementsWord(proposal.endorsements)}</span></span
            >
            <a class="history-link" href=${this.historyHref(proposal.id)}
              >${t.projector.history}<span class="visually-hidden">: ${excerpt(proposal.current.text)}</span></a
            >
          </li>`,
        )}
      </ol>
      </div>
      <aside>
        <figure>
          <cdw-qr-code .value=${this.viewUrl} .label=${t.share.qrOf(t.start.viewLink)}></cdw-qr-code>
          <figcaption>${t.projector.scanToFollow}</figcaption>
        </figure>
        <cdw-online-groups .groups=${view.groups} .online=${this.online}></cdw-online-groups>
        <div class="controls">
          <cdw-connection-status .status=${this.status}></cdw-connection-status>
          <cdw-language-switch></cdw-language-switch>
          ${document.fullscreenEnabled
            ? html`<button type="button" @click=${this.toggleFullScreen}>${t.projector.fullScreen}</button>`
            : ''}
        </div>
      </aside>
    </div>`;
  }

  private toggleFullScreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-projector-view': ProjectorView;
  }
}
