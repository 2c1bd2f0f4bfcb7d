import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { DEFAULT_AGENDA, agendaAt, startForPhase, type AgendaMoment } from '../../domain/agenda.ts';
import { MAX_PHASE_MINUTES, type AgendaPhase, type AgendaPhaseName } from '../../domain/records.ts';
import type { AgendaView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/facilitator.ts';
import { ActionAnswer } from '../shared/action-answer.ts';
import { controlStyles } from '../shared/shared-styles.ts';

interface DurationField {
  phase: AgendaPhaseName;
  value: string;
}

const fieldsOf = (phases: readonly AgendaPhase[]): DurationField[] => phases.map((p) => ({ phase: p.phase, value: String(p.minutes) }));

const validMinutes = (value: string): boolean => {
  const minutes = Number(value);
  return value.trim() !== '' && Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_PHASE_MINUTES;
};

/** "4:05", or "1:02:05" from an hour up; a countdown rounds up, so "0:00" shows only when the time is over. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/**
 * The agenda clock (R10): one duration per phase, adjustable, then Start, Next phase and Stop, each a signed
 * agenda record. The phase and the time left are read from the page's clock every second, as the projector does.
 */
@customElement('cdw-facilitator-agenda')
export class FacilitatorAgenda extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .clock {
        display: grid;
        gap: 0.1rem;
        margin: 0 0 1rem;
        padding: 0.75rem 1rem;
        border-radius: var(--radius);
        background: var(--surface);
        border: 1px solid var(--line);
      }
      .clock p {
        margin: 0;
      }
      .phase {
        font-size: 1.15rem;
        font-weight: 700;
      }
      .time {
        font-size: 2rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        line-height: 1.2;
      }
      fieldset {
        border: none;
        padding: 0;
        margin: 0;
        min-width: 0;
      }
      legend {
        font-weight: 700;
        padding: 0;
        margin-bottom: 0.5rem;
      }
      .fields {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
        gap: 0.6rem 1rem;
      }
      .field label {
        font-weight: 600;
        font-size: 0.95rem;
      }
      .minutes {
        display: flex;
        align-items: center;
        gap: 0.4rem;
      }
      .minutes input {
        width: 5.5rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 1rem;
      }
    `,
  ];

  @property({ attribute: false }) agenda: AgendaView | null = null;
  /** Milliseconds since the epoch; injected so tests control time. */
  @property({ attribute: false }) now: () => number = Date.now;
  @state() private fields: DurationField[] = fieldsOf(DEFAULT_AGENDA);
  /** The facilitator changed a duration that is not written yet. */
  @state() private dirty = false;
  @state() private showInvalid = false;
  private readonly action = new ActionAnswer(this);

  private readonly i18n = new LocalizedController(this);
  private ticker: ReturnType<typeof setInterval> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => {
      if (this.agenda) this.requestUpdate();
    }, 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A running agenda (perhaps started on another device) shows its durations, unless the facilitator is editing them.
    if (changed.has('agenda') && this.agenda && !this.dirty) this.fields = fieldsOf(this.agenda.phases);
  }

  protected override render() {
    const t = this.i18n.t.facilitator;
    const moment = this.agenda ? agendaAt(this.agenda, this.now()) : null;
    const invalid = this.fields.map((f) => !validMinutes(f.value));
    const canMove = moment !== null && (moment.state === 'running' || moment.state === 'waiting');
    return html`${this.renderMoment(moment)}
      <form @submit=${this.start} novalidate>
        <fieldset>
          <legend>${t.durations}</legend>
          <div class="fields">
            ${this.fields.map(
              (field, index) => html`<div class="field">
                <label for=${`minutes-${index}`}>${this.i18n.t.trust.agenda.phases[field.phase]}</label>
                <div class="minutes">
                  <input
                    id=${`minutes-${index}`}
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max=${MAX_PHASE_MINUTES}
                    step="1"
                    .value=${field.value}
                    aria-invalid=${this.showInvalid && invalid[index] ? 'true' : 'false'}
                    aria-describedby="durations-hint"
                    @input=${(event: InputEvent) => this.edit(index, (event.target as HTMLInputElement).value)}
                  />
                  <span aria-hidden="true">${t.minutesShort}</span>
                </div>
              </div>`,
            )}
          </div>
          <p class="hint" id="durations-hint">${t.durationsHint(MAX_PHASE_MINUTES)}</p>
        </fieldset>
        ${this.showInvalid && invalid.some(Boolean)
          ? html`<p class="problem" role="alert">${t.badDurations(MAX_PHASE_MINUTES)}</p>`
          : ''}
        ${this.action.problem ? html`<p class="problem" role="alert">${this.i18n.t.problems[this.action.problem]}</p>` : ''}
        <div class="buttons">
          <button class="primary" type="submit" ?disabled=${this.action.busy}>${t.startClock}</button>
          <button type="button" ?disabled=${this.action.busy || !canMove} @click=${this.next}>${t.nextPhase}</button>
          <button type="button" ?disabled=${this.action.busy || !this.agenda} @click=${this.stop}>${t.stopClock}</button>
          ${this.agenda && this.dirty
            ? html`<button type="button" ?disabled=${this.action.busy} @click=${this.applyDurations}>${t.applyDurations}</button>`
            : ''}
        </div>
      </form>`;
  }

  private renderMoment(moment: AgendaMoment | null) {
    const t = this.i18n.t;
    const phases = t.trust.agenda.phases;
    const total = this.agenda?.phases.length ?? 0;
    if (!moment) return html`<div class="clock"><p class="phase" aria-live="polite">${t.facilitator.clockStopped}</p></div>`;
    switch (moment.state) {
      case 'waiting': {
        const first = this.agenda!.phases[0]!.phase;
        return html`<div class="clock">
          <p class="phase" aria-live="polite">${t.trust.agenda.startsIn(phases[first])}</p>
          <p class="time" role="timer">${clockText(moment.startsInMs)}</p>
        </div>`;
      }
      case 'running':
        return html`<div class="clock">
          <p class="phase" aria-live="polite">${phases[moment.phase]}</p>
          <p class="hint">${t.trust.agenda.phaseOf(moment.index + 1, total)}</p>
          <p class="time" role="timer">${t.facilitator.timeLeft(clockText(moment.remainingMs))}</p>
        </div>`;
      case 'finished':
        return html`<div class="clock">
          <p class="phase" aria-live="polite">${t.trust.agenda.finished}</p>
          <p class="hint" role="timer">${t.facilitator.overBy(clockText(moment.overMs))}</p>
        </div>`;
    }
  }

  private edit(index: number, value: string): void {
    this.fields = this.fields.map((field, i) => (i === index ? { ...field, value } : field));
    this.dirty = true;
  }

  /** The durations as typed, or null (and the fields marked) when one is out of range. */
  private phases(): AgendaPhase[] | null {
    if (this.fields.every((f) => validMinutes(f.value))) {
      this.showInvalid = false;
      return this.fields.map((f) => ({ phase: f.phase, minutes: Number(f.value) }));
    }
    this.showInvalid = true;
    return null;
  }

  private start(event: SubmitEvent): void {
    event.preventDefault();
    const phases = this.phases();
    if (phases) void this.write(phases, this.now());
  }

  /** The next phase begins now; the phases before it are counted as done. */
  private next(): void {
    const agenda = this.agenda;
    if (!agenda) return;
    const now = this.now();
    const moment = agendaAt(agenda, now);
    if (moment.state === 'finished') return;
    const phases = this.dirty ? this.phases() : [...agenda.phases];
    if (!phases) return;
    const index = moment.state === 'running' ? moment.index + 1 : 0;
    void this.write(phases, startForPhase(phases, index, now));
  }

  private stop(): void {
    void this.write([], this.now());
  }

  /** New durations for the running clock, from the same start: the current phase may end sooner or later. */
  private applyDurations(): void {
    const phases = this.phases();
    if (phases && this.agenda) void this.write(phases, this.agenda.start);
  }

  private write(phases: AgendaPhase[], start: number): void {
    this.action.ask('set-agenda', { phases, start }, () => {
      if (phases.length) this.dirty = false;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-facilitator-agenda': FacilitatorAgenda;
  }
}
