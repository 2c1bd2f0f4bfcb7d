import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ActionProblem } from '../../doc/writer.ts';
import { request, type ActionEventName, type WorkshopEvents } from './events.ts';

/**
 * The answer to an element's own action: busy while its record is written, then the problem that refused it,
 * which the element shows itself. Every facilitator control asks this way.
 */
export class ActionAnswer implements ReactiveController {
  busy = false;
  problem: ActionProblem | null = null;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Asks for the action; `written` runs once its record is written. */
  ask<K extends ActionEventName>(name: K, detail: WorkshopEvents[K], written?: () => void): void {
    this.busy = true;
    this.host.requestUpdate();
    request(this.host, name, detail, (problem) => {
      this.problem = problem;
      this.busy = false;
      this.host.requestUpdate();
      if (!problem) written?.();
    });
  }

  /** The person started again: the old problem no longer applies. */
  clear(): void {
    this.problem = null;
    this.host.requestUpdate();
  }
}
