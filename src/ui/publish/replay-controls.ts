import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/publish.ts';
import { emit } from '../shared/events.ts';
import { controlStyles } from '../shared/shared-styles.ts';

/** A whole replay lasts about this long, whatever the number of moments; each step stays readable. */
const REPLAY_MS = 30_000;
const STEP_MS = { min: 80, max: 700 };

const DAY_MS = 86_400_000;

/**
 * The replay's panel: clearly marked as a replay, a slider over every moment something happened, play
 * and pause, and the way back to the live document. The owner holds the moment shown (events up).
 */
@customElement('cdw-replay-controls')
export class ReplayControls extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      section {
        display: grid;
        gap: 0.6rem;
        padding: 0.8rem;
        border: 3px dashed var(--accent);
        border-radius: 10px;
      }
      h2 {
        margin: 0;
        font-size: 1.6em;
        line-height: 1.1;
        color: var(--accent);
        text-transform: uppercase;
        letter-spacing: 0.06em;
      }
      .when {
        margin: 0;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      label {
        margin: 0;
        font-size: 0.9em;
      }
      input[type='range'] {
        padding: 0;
        border: 0;
        background: transparent;
        accent-color: var(--accent);
        min-height: 2.5rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6rem;
      }
      button,
      .button {
        min-height: 2.5rem;
        font-size: 1rem;
        border-color: var(--accent);
        color: var(--ink);
        background: var(--paper);
      }
      button:hover:not(:disabled) {
        background: var(--switch-paper, var(--accent-soft));
      }
    `,
  ];

  /** Wall-clock milliseconds of every moment, oldest first (TimelinePlayer.moments()). */
  @property({ attribute: false }) moments: readonly number[] = [];
  /** The moment shown, as an index into `moments`. */
  @property({ type: Number }) index = 0;
  /** Where the live document is. */
  @property() liveHref = '';
  @state() private playing = false;

  private readonly i18n = new LocalizedController(this);
  private timer: ReturnType<typeof setInterval> | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pause();
  }

  private get last(): number {
    return this.moments.length - 1;
  }

  /** Time of day in the reader's language; with the date too when the session spans more than a day. */
  private format(time: number): string {
    const first = this.moments[0] ?? time;
    const long = (this.moments[this.last] ?? time) - first > DAY_MS;
    const options: Intl.DateTimeFormatOptions = long
      ? { dateStyle: 'short', timeStyle: 'medium' }
      : { hour: '2-digit', minute: '2-digit', second: '2-digit' };
    return new Intl.DateTimeFormat(this.i18n.intl, options).format(time);
  }

  protected override render() {
    const t = this.i18n.t.publish;
    const time = this.moments[this.index];
    return html`<section aria-labelledby="replay-heading">
      <h2 id="replay-heading">${t.replay}</h2>
      ${time === undefined
        ? html`<p class="when">${t.nothingToReplay}</p>`
        : html`<p class="when">${t.asItStood(this.format(time))}</p>
            <div>
              <label for="moment">${t.moment}</label>
              <input
                id="moment"
                type="range"
                min="0"
                max=${this.last}
                step="1"
                .value=${String(this.index)}
                aria-valuetext=${`${this.format(time)}, ${t.step(this.index + 1, this.moments.length)}`}
                @input=${this.onSlide}
              />
            </div>`}
      <div class="buttons">
        <button type="button" ?disabled=${this.moments.length < 2} @click=${this.togglePlay}>
          ${this.playing ? t.pause : t.play}
        </button>
        <a class="button" href=${this.liveHref}>${t.backToLive}</a>
      </div>
    </section>`;
  }

  private onSlide(event: Event): void {
    this.pause();
    emit(this, 'replay-seek', { index: Number((event.target as HTMLInputElement).value) });
  }

  private togglePlay(): void {
    if (this.playing) return this.pause();
    // Play from the start when the end is shown: that is what a room asks for after one replay.
    if (this.index >= this.last) emit(this, 'replay-seek', { index: 0 });
    const every = Math.min(STEP_MS.max, Math.max(STEP_MS.min, REPLAY_MS / Math.max(1, this.moments.length)));
    this.timer = setInterval(() => this.step(), every);
    this.playing = true;
  }

  private step(): void {
    if (this.index >= this.last) return this.pause();
    emit(this, 'replay-seek', { index: this.index + 1 });
  }

  private pause(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.playing = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-replay-controls': ReplayControls;
  }
}
