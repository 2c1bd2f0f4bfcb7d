import type { AgendaPhase, AgendaPhaseName } from './records.ts';
import type { AgendaView } from './view.ts';

/** The workshop's usual agenda (R10); the facilitator adjusts any duration before starting the clock. */
export const DEFAULT_AGENDA: readonly AgendaPhase[] = Object.freeze([
  { phase: 'introduction', minutes: 15 },
  { phase: 'writing', minutes: 45 },
  { phase: 'review', minutes: 30 },
  { phase: 'discussion', minutes: 30 },
]);

const MINUTE = 60_000;

export type AgendaMoment =
  | { state: 'waiting'; startsInMs: number }
  | { state: 'running'; index: number; phase: AgendaPhaseName; elapsedMs: number; remainingMs: number; phaseMs: number }
  | { state: 'finished'; overMs: number };

/** Where the agenda stands at `now` (ms); pure, so the projector and the panel agree to the millisecond. */
export function agendaAt(agenda: AgendaView, now: number): AgendaMoment {
  if (now < agenda.start) return { state: 'waiting', startsInMs: agenda.start - now };
  let phaseStart = agenda.start;
  for (const [index, { phase, minutes }] of agenda.phases.entries()) {
    const phaseMs = minutes * MINUTE;
    if (now < phaseStart + phaseMs) {
      const elapsedMs = now - phaseStart;
      return { state: 'running', index, phase, elapsedMs, remainingMs: phaseMs - elapsedMs, phaseMs };
    }
    phaseStart += phaseMs;
  }
  return { state: 'finished', overMs: now - phaseStart };
}

/** The start that makes phase `index` begin at `now`: how "next phase" and "back one phase" move the clock. */
export function startForPhase(phases: readonly AgendaPhase[], index: number, now: number): number {
  const before = phases.slice(0, Math.max(0, index)).reduce((sum, p) => sum + p.minutes * MINUTE, 0);
  return now - before;
}
