import { LitElement, html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ConnectionStatus } from '../../doc/connection.ts';
import { PROPOSAL_CAP } from '../../domain/reducer.ts';
import type { ActorId, LanguageTag } from '../../domain/records.ts';
import type { ProposalView, WorkshopView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { FIT_QUERY, fitToHeight } from '../shared/fit-text.ts';
import type { Positions } from '../shared/flip.ts';
import { lockIcon } from '../shared/lock-icon.ts';
import { loadChangeAnnouncer } from '../shared/history-loader.ts';
import { excerpt } from '../../domain/group-label.ts';
import { projectedLengthFactor, projectedText, projectedTextStyles } from './projected-text.ts';
import { projectorStyles } from './projector-styles.ts';
import { styleProperties } from '../shared/style-properties.ts';
import { offlineNotice, projectorSyncStyles, syncLink } from './projector-sync.ts';
import { emit } from '../shared/events.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import '../shared/connection-status.ts';
import { afterFirstPaint, importAfterFirstPaint } from '../shared/first-paint.ts';
import '../shell/language-switch.ts';

/** The room's screen: read-only, high contrast, every proposal visible at once, moving smoothly when ranks change. */
@customElement('cdw-projector-view')
export class ProjectorView extends LitElement {
  static override styles = [controlStyles, projectorStyles, projectedTextStyles, projectorSyncStyles];

  @property({ attribute: false }) view!: WorkshopView;
  @property({ attribute: false }) online: readonly ActorId[] = [];
  @property({ attribute: false }) status: ConnectionStatus = { state: 'offline', pending: 0 };
  @property() viewUrl = '';
  /** Where the history of one proposal opens (read-only), given its id. */
  @property({ attribute: false }) historyHref: (proposal: string) => string = () => '#/';
  /** Where "Groups and venues" opens, for the facilitator; empty hides the link. */
  @property() syncHref = '';
  /** The discreet links of the side panel; empty hides them. */
  @property() publishHref = '';
  @property() replayHref = '';
  /** Set by the replay: marks the stage, and the slot "panel" holds its controls instead of QR code and groups online. */
  @property({ type: Boolean, reflect: true }) replay = false;
  /** The language shown, or two side by side; none shows each proposal as written, without the choice. */
  @property({ attribute: false }) shown: readonly LanguageTag[] = [];
  /** This projector's option: each proposal shows the venues backing it. The owner keeps it in the address. */
  @property({ type: Boolean }) showVenues = false;
  /** The agenda clock reads it every second; tests inject their own. */
  @property({ attribute: false }) now: () => number = Date.now;

  private readonly i18n = new LocalizedController(this);
  /** The venue option's templates and styles, once loaded (see loadVenuePart). */
  private venuePart: typeof import('./projector-venues.ts') | null = null;
  /** Set once the part is asked for; tests await it. */
  venuePartLoaded: Promise<void> | null = null;
  /** A convergence session's provenance lines and candidates panel, once loaded (see loadPart). */
  private candidatePart: typeof import('./projector-candidates.ts') | null = null;
  private candidateWords: InstanceType<typeof import('./projector-candidates.ts').CandidateWordsController> | null = null;
  candidatePartLoaded: Promise<void> | null = null;
  /**
   * What the first paint does not show (the side panel's clock, join code, groups online and language choice, the
   * motion, the print styles), once the proposals are on screen. Until then the join code's box stays hidden: it
   * shows with the clock above it, where it stays.
   */
  @state() private panel: typeof import('./projector-panel.ts') | null = null;
  panelLoaded: Promise<void> | null = null;
  private positions: Positions = new Map();
  /** The proposals as the page opened; the announcer is fetched only once they change, after the first paint. */
  private opened: readonly ProposalView[] | null = null;
  private sawProposals = false;
  private readonly onResize = (): void => this.fitText();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('resize', this.onResize);
    this.panelLoaded ??= importAfterFirstPaint(() => import('./projector-panel.ts')).then((panel) => {
      this.adopt(panel.projectorPrintStyles);
      this.panel = panel;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.onResize);
  }

  /** Fetched at once when the option is on; off, it is a button in the side panel, which follows the first paint. */
  private loadVenuePart(): void {
    const when = this.showVenues ? Promise.resolve() : afterFirstPaint();
    this.venuePartLoaded ??= when.then(() => import('./projector-venues.ts')).then((part) => {
      this.adopt(part.projectorVenueStyles);
      this.venuePart = part;
    });
  }

  private loadCandidatePart(): void {
    this.candidatePartLoaded ??= import('./projector-candidates.ts').then((part) => {
      this.adopt(part.projectorCandidateStyles);
      this.candidateWords = new part.CandidateWordsController(this);
      this.candidatePart = part;
    });
  }

  /** A part's styles join the projector's own when it arrives, like the rest of it. */
  private adopt(styles: CSSResult): void {
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
    this.requestUpdate();
  }

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-id]')];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Two groups naming a venue may be two venues: only then is the option's code worth fetching.
    if (!this.replay && this.view.groups.filter((group) => group.venue.trim()).length > 1) this.loadVenuePart();
    if (this.view.candidates.length) this.loadCandidatePart();
    // Before the first paint there is nothing on screen to move from: the motion comes with the panel.
    if (changed.has('view') && this.hasUpdated && this.panel) this.positions = this.panel.measure(this.items(), (li) => li.dataset.id);
    this.opened ??= this.view.proposals;
    // Opened on an empty copy, several proposals arriving at once, before any other, are the document loading
    // from the relay, not news.
    if (!this.sawProposals && this.view.proposals.length > 1) this.opened = this.view.proposals;
    this.sawProposals ||= this.view.proposals.length > 0;
    // A new list that is not empty may say something: worth fetching the announcer (once) from then on.
    const { proposals } = this.view;
    // Fetched after the first paint: what it says is the news since then.
    if (proposals !== this.opened && proposals.length + this.opened.length) void importAfterFirstPaint(loadChangeAnnouncer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.fitText();
    if (changed.has('view') && this.positions.size) this.panel!.playFlip(this.items(), (li) => li.dataset.id, this.positions, 600);
    this.positions = new Map();
  }

  fitText(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('ol');
    if (list) fitToHeight(list, FIT_QUERY);
  }

  protected override render() {
    const t = this.i18n.t;
    const { view } = this;
    const late = view.notAdmitted.length;
    const part = this.venuePart;
    const venues = part?.shownVenues(view, this.showVenues);
    const sources = view.candidates.length ? this.candidatePart : null;
    const words = this.candidateWords?.t;
    return html`<div class="stage">
      <header>
        <h1><bdi>${view.title ?? t.untitled}</bdi></h1>
        <div class="facts">
          <span class="tally">${t.scribe.proposalCount(view.proposals.length, PROPOSAL_CAP)}</span>
          ${late ? html`<span>${t.projector.notAdmitted(late)}</span>` : ''}
          ${view.locked ? html`<span class="locked">${lockIcon} ${t.trust.lockedMark}</span>` : ''}
        </div>
      </header>
      <div class="main">
      ${offlineNotice(this.status, t)}
      ${view.proposals.length === 0 ? html`<p class="empty">${t.projector.empty}</p>` : ''}
      <ol aria-label=${t.scribe.proposals}>
        ${repeat(
          view.proposals,
          (proposal) => proposal.id,
          (proposal) => html`<li data-id=${proposal.id} ${styleProperties({ '--length-factor': String(projectedLengthFactor(proposal, this.shown)) })}>
            <span class="rank">${proposal.rank}</span>
            ${projectedText(proposal, this.shown, t, this.i18n.language)}
            <span class="count"
              ><strong>${proposal.endorsements}</strong>
              <span>${t.projector.endorsementsWord(proposal.endorsements)}</span></span
            >
            ${sources ? sources.provenanceLine(proposal, words!) : ''}
            ${venues ? part!.venueLine(venues.get(proposal.id), t) : ''}
            <a class="history-link" href=${this.historyHref(proposal.id)}
              >${t.projector.history}<span class="visually-hidden">: <span lang=${proposal.current.lang ?? nothing} dir="auto">${excerpt(proposal.current.text)}</span></span></a
            >
          </li>`,
        )}
      </ol>
      <cdw-change-announcer role="status" .opened=${this.opened} .proposals=${view.proposals}></cdw-change-announcer>
      </div>
      <aside class="${view.agenda ? 'with-clock' : ''} ${sources ? 'with-candidates' : ''}">
        ${view.agenda ? html`<cdw-agenda-clock size="large" .agenda=${view.agenda} .now=${this.now}></cdw-agenda-clock>` : ''}
        <slot name="panel"></slot>
        <figure class=${this.panel ? '' : 'arriving'}>
          <cdw-qr-code .value=${this.viewUrl} .label=${t.share.qrOf(t.start.viewLink)}></cdw-qr-code>
          <figcaption>${t.projector.scanToFollow}</figcaption>
        </figure>
        ${sources ? sources.candidatePanel(view.candidates, this.shown, words!) : ''}
        <cdw-online-groups .groups=${view.groups} .online=${this.online}></cdw-online-groups>
        <div class="controls">
          <cdw-connection-status .status=${this.status}></cdw-connection-status>
          <cdw-language-switch></cdw-language-switch>
          ${this.shown.length
            ? html`<cdw-projector-languages .languages=${view.languages} .shown=${this.shown}></cdw-projector-languages>`
            : ''}
          ${part && !this.replay ? part.venueToggle(view, this.showVenues, t, () => emit(this, 'show-venues-change', { shown: !this.showVenues })) : ''}
          ${document.fullscreenEnabled
            ? html`<button type="button" @click=${this.toggleFullScreen}>${t.projector.fullScreen}</button>`
            : ''}
          ${syncLink(this.syncHref, t)}
          ${this.replayHref ? html`<a href=${this.replayHref}>${t.publish.replayLink}</a>` : ''}
          ${this.publishHref ? html`<a href=${this.publishHref}>${t.publish.link}</a>` : ''}
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
