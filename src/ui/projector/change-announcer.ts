import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AnnouncementPacer } from '../../domain/announcement-pacer.ts';
import type { ProposalChange } from '../../domain/change-announcement.ts';
import { excerpt } from '../../domain/group-label.ts';
import type { LanguageTag } from '../../domain/records.ts';
import type { ProposalView } from '../../domain/view.ts';
import type { Messages } from '../../i18n/en.ts';
import '../../i18n/en/changes.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';

/** The time and a one-shot timer; tests inject a fake one so nothing waits for real. */
export interface AnnouncerClock {
  now(): number;
  /** Runs `run` once after `ms`; returns what cancels it. */
  after(ms: number, run: () => void): () => void;
}

export const realClock: AnnouncerClock = {
  now: () => performance.now(),
  after: (ms, run) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

/** More than this in one announcement is summed up: a screen reader reading ten sentences drowns the room. */
const MOST_SPOKEN = 3;

/**
 * What changed on the projector, at most once every five seconds, in the page's language; each proposal's text keeps
 * its own. Its owner holds it inside a polite live region that exists from the start, so screen readers hear it.
 */
@customElement('cdw-change-announcer')
export class ChangeAnnouncer extends LitElement {
  /** Heard, not seen; empty until it is fetched, so nothing shows meanwhile either. */
  static override styles = css`
    :host {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  /** The proposals as the page first showed them: what the reader found by browsing, not to announce. */
  @property({ attribute: false }) opened: readonly ProposalView[] | null = null;
  @property({ attribute: false }) proposals: readonly ProposalView[] = [];
  @property({ attribute: false }) clock: AnnouncerClock = realClock;
  /** The last announcement, with the language of each proposal's text as it was then. */
  @state() private spoken: { changes: ProposalChange[]; langs: Map<string, LanguageTag | null> } | null = null;

  private readonly i18n = new LocalizedController(this);
  private pacer: AnnouncementPacer | null = null;
  private cancelWake: (() => void) | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelWake?.();
    this.cancelWake = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('proposals')) return;
    // What the page shows as it opens is read by browsing, not announced; so is a new start the projector names.
    if (!this.pacer || (changed.has('opened') && this.opened)) {
      this.pacer = new AnnouncementPacer(this.opened ?? this.proposals);
      if (!this.opened) return;
    }
    this.speak(this.pacer.see(this.proposals, this.clock.now()));
  }

  private speak(changes: ProposalChange[] | null): void {
    if (changes) {
      const langs = new Map(this.proposals.map((proposal) => [proposal.id, proposal.current.lang]));
      this.spoken = { changes, langs };
    }
    this.cancelWake?.();
    this.cancelWake = null;
    const wakeAt = this.pacer!.wakeAt();
    if (wakeAt === null) return;
    this.cancelWake = this.clock.after(Math.max(0, wakeAt - this.clock.now()), () => {
      this.cancelWake = null;
      this.speak(this.pacer!.take(this.clock.now()));
    });
  }

  protected override render() {
    const t = this.i18n.t;
    const said = t.changes;
    const spoken = this.spoken;
    // Each text as the proposal reads now, never a kept copy: a revision hidden since is repeated nowhere.
    const current = new Map(this.proposals.map((proposal) => [proposal.id, proposal.current.text]));
    const textNow = (change: ProposalChange): ProposalChange => ({ ...change, text: current.get(change.id) ?? '' });
    const sentences = spoken
      ? spoken.changes.slice(0, MOST_SPOKEN).map((change) => sentence(textNow(change), spoken.langs.get(change.id) ?? null, t, said))
      : [];
    const more = spoken && spoken.changes.length > MOST_SPOKEN ? html`${said.more(spoken.changes.length - MOST_SPOKEN)}.` : nothing;
    return html`<span lang=${this.i18n.language}>${sentences}${more}</span>`;
  }
}

function sentence(change: ProposalChange, lang: LanguageTag | null, t: Messages, said: Messages['changes']) {
  if (change.kind === 'removed') return html`<span>${said.removed(change.previousRank ?? 0)}. </span>`;
  const rank = change.rank ?? 0;
  const where = change.kind === 'first' ? said.first : change.kind === 'new' ? said.added(rank) : said[change.kind](rank);
  const text = change.text ? excerpt(change.text) : t.trust.hidden;
  return html`<span><span lang=${lang ?? nothing} dir="auto">${text}</span>${where}, ${t.scribe.endorsements(change.count)}. </span>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-change-announcer': ChangeAnnouncer;
  }
}
