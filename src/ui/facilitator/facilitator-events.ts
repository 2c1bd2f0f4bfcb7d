import type { ActionProblem } from '../../doc/writer.ts';
import type { ActorId, AgendaPhase, RecordId } from '../../domain/records.ts';

/**
 * What a facilitator action hands back. Records are signed, so writing is asynchronous: the owner sets
 * `outcome`, null once the record is written, else the problem that refused it.
 */
export interface FacilitatorRequest {
  outcome?: Promise<ActionProblem | null>;
}

/** Every intent of the facilitator panel's parts; the screen turns each into one signed record. */
export interface FacilitatorEvents {
  'set-locked': FacilitatorRequest & { locked: boolean };
  /** Starts, moves or adjusts the agenda clock; no phases stops it. */
  'set-agenda': FacilitatorRequest & { phases: AgendaPhase[]; start: number };
  'hide-revision': FacilitatorRequest & { revision: RecordId };
  'rename-group': FacilitatorRequest & { group: ActorId; name: string; venue: string };
  'remove-group': FacilitatorRequest & { group: ActorId };
  /** A two-step button was confirmed. */
  'confirm-action': Record<string, never>;
}

export type FacilitatorEventName = keyof FacilitatorEvents;
export type FacilitatorEvent<K extends FacilitatorEventName> = CustomEvent<FacilitatorEvents[K]>;

type RequestName = { [K in FacilitatorEventName]: FacilitatorEvents[K] extends FacilitatorRequest ? K : never }[FacilitatorEventName];

export function emitFacilitator<K extends FacilitatorEventName>(from: EventTarget, name: K, detail: FacilitatorEvents[K]): void {
  from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** Emits an action and resolves with the problem that refused it, or null once it was written (or nobody listened). */
export async function requestAction<K extends RequestName>(
  from: EventTarget,
  name: K,
  detail: FacilitatorEvents[K],
): Promise<ActionProblem | null> {
  const request: FacilitatorRequest = detail;
  emitFacilitator(from, name, detail);
  return (await request.outcome) ?? null;
}

declare global {
  interface HTMLElementEventMap {
    'set-locked': FacilitatorEvent<'set-locked'>;
    'set-agenda': FacilitatorEvent<'set-agenda'>;
    'hide-revision': FacilitatorEvent<'hide-revision'>;
    'rename-group': FacilitatorEvent<'rename-group'>;
    'remove-group': FacilitatorEvent<'remove-group'>;
    'confirm-action': FacilitatorEvent<'confirm-action'>;
  }
}
