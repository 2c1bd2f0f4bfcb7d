import { LitElement, css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { agendaAt, type AgendaMoment } from '../../domain/agenda.ts';
import type { AgendaView } from '../../domain/view.ts';
import type { Messages } from '../../i18n/en.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { styleProperties } from './style-properties.ts';

/** Re-renders its host just after each second of the wall clock begins, while the host is connected. */
export class EverySecond implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.host.requestUpdate();
      this.schedule();
    }, 1000 - (Date.now() % 1000) + 5);
  }
}

/** "9:05", "45:00", "1:02:03": minutes and seconds, hours only when there are some. */
export function formatDuration(milliseconds: number, round: 'up' | 'down' = 'down'): string {
  const seconds = Math.max(0, round === 'up' ? Math.ceil(milliseconds / 1000) : Math.floor(milliseconds / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

interface ClockFace {
  state: AgendaMoment['state'];
  phase: string;
  time: string | null;
  unit: string;
  detail: string;
  /** How much of the running phase has passed, 0 to 1. */
  progress: number | null;
}

function faceOf(moment: AgendaMoment, agenda: AgendaView, t: Messages['trust']['agenda']): ClockFace {
  const total = agenda.phases.length;
  switch (moment.state) {
    case 'waiting': {
      const first = agenda.phases[0];
      const phase = first ? t.phases[first.phase] : t.clock;
      return { state: 'waiting', phase: t.startsIn(phase), time: formatDuration(moment.startsInMs, 'up'), unit: '', detail: t.phaseOf(1, total), progress: null };
    }
    case 'running':
      return {
        state: 'running',
        phase: t.phases[moment.phase],
        time: formatDuration(moment.remainingMs, 'up'),
        unit: t.left,
        detail: t.phaseOf(moment.index + 1, total),
        progress: moment.phaseMs ? moment.elapsedMs / moment.phaseMs : 1,
      };
    case 'finished':
      return { state: 'finished', phase: t.finished, time: null, unit: '', detail: `${formatDuration(moment.overMs)} ${t.over}`, progress: null };
  }
}

/**
 * The agenda clock (R10): the phase the facilitator's clock is in and the time it has left, read from this
 * page's own clock every second. Large on the projector, one line on a scribe's page.
 */
@customElement('cdw-agenda-clock')
export class AgendaClock extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .clock {
      font-variant-numeric: tabular-nums;
    }
    .phase {
      font-weight: 700;
    }
    .detail,
    .unit {
      color: var(--muted);
    }
    .bar {
      display: block;
      height: 0.35em;
      border-radius: 999px;
      background: var(--clock-track, #3a4358);
      overflow: hidden;
    }
    .bar span {
      display: block;
      height: 100%;
      background: var(--accent);
    }
    /* One line on a scribe's page. */
    :host([size='small']) .clock {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.1rem 0.5rem;
      padding: 0.35rem 0.75rem;
      border-radius: var(--radius);
      border: 1px solid var(--line);
      background: var(--paper);
      font-size: 0.92rem;
    }
    :host([size='small']) .time {
      font-weight: 700;
    }
    :host([size='small']) .bar {
      display: none;
    }
    /* Read from the back of a room, without taking the proposals' place: it lives in the side panel. */
    :host([size='large']) .clock {
      display: grid;
      gap: 0.6vh;
      padding: 1.2vh 1vw;
      border-radius: 12px;
      border: 2px solid var(--accent, #ffd166);
      background: #161c2b;
    }
    :host([size='large']) .phase {
      font-size: clamp(1.1rem, 2.6vh, 2.2rem);
      line-height: 1.15;
    }
    :host([size='large']) .time {
      display: flex;
      align-items: baseline;
      gap: 0.6vw;
      line-height: 1;
    }
    :host([size='large']) .digits {
      font-size: clamp(2.2rem, 7.5vh, 6.5rem);
      font-weight: 800;
      color: var(--accent, #ffd166);
    }
    :host([size='large']) .unit {
      font-size: clamp(1rem, 2.4vh, 2rem);
    }
    :host([size='large']) .detail {
      font-size: clamp(0.9rem, 1.8vh, 1.5rem);
    }
    :host([size='large']) .finished .phase {
      font-size: clamp(1.4rem, 4vh, 3.2rem);
      color: var(--accent, #ffd166);
    }
  `;

  @property({ attribute: false }) agenda: AgendaView | null = null;
  /** Milliseconds since the epoch; tests inject their own. */
  @property({ attribute: false }) now: () => number = Date.now;
  @property({ reflect: true }) size: 'small' | 'large' = 'small';

  private readonly i18n = new LocalizedController(this);

  constructor() {
    super();
    new EverySecond(this);
  }

  protected override render() {
    const agenda = this.agenda;
    if (!agenda || agenda.phases.length === 0) return nothing;
    const t = this.i18n.t.trust.agenda;
    const face = faceOf(agendaAt(agenda, this.now()), agenda, t);
    return html`<div class="clock ${face.state}" role="timer" aria-label=${t.clock}>
      <span class="phase">${face.phase}</span>
      ${face.time === null
        ? nothing
        : html`<span class="time"><span class="digits">${face.time}</span>${face.unit ? html` <span class="unit">${face.unit}</span>` : nothing}</span>`}
      ${face.progress === null
        ? nothing
        : html`<span class="bar" aria-hidden="true"><span ${styleProperties({ width: `${(Math.min(1, face.progress) * 100).toFixed(1)}%` })}></span></span>`}
      <span class="detail">${face.detail}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-agenda-clock': AgendaClock;
  }
}
