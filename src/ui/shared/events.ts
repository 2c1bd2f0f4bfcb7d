import type { Language } from '../../i18n/locale.ts';
import type { ActionProblem } from '../../doc/writer.ts';
import type { ActorId, AgendaPhase, LanguageTag, RecordId } from '../../domain/records.ts';
import type { ExportFile } from '../../domain/export/export-file.ts';
import type { RoomLink } from '../shell/route.ts';

/** Every intent a component announces, with its payload; owners decide what happens. */
export interface WorkshopEvents {
  /** `languages`: the session's working languages, as chosen on the start page. */
  'create-session': { title: string; languages: LanguageTag[] };
  'working-languages-change': { languages: LanguageTag[] };
  'start-over': Record<string, never>;
  'language-change': { language: Language };
  'join-group': { name: string; venue: string };
  'continue-as': { group: ActorId };
  /** After a failure to create, open or join (keys, storage): the same step once more. */
  'retry-setup': Record<string, never>;
  'change-group': Record<string, never>;
  /** A written action (see ActionRequest): the field keeps its text until the owner says it was written. */
  'add-proposal': ActionRequest & { text: string; lang: LanguageTag };
  /** A translation of `revision` into `lang`; the form keeps the text and says why when refused. */
  'save-translation': ActionRequest & { revision: RecordId; lang: LanguageTag; text: string };
  /** A translation form is done, saved or cancelled; its container closes it. */
  'close-translation': { saved: boolean };
  /** The projector's choice of languages: one, or two side by side. */
  'show-languages-change': { languages: LanguageTag[] };
  /** The projector's option to show, under each proposal, the venues backing it. */
  'show-venues-change': { shown: boolean };
  /** A written action, like add-proposal. `parent` is the revision the scribe was looking at. */
  'save-edit': ActionRequest & { proposal: RecordId; parent: RecordId; text: string };
  /** A proposal's edit form is done, saved or cancelled; its item closes it. */
  'close-edit': { saved: boolean };
  /** A convergence session: a new proposal citing `candidates` (one brought in, or several merged). */
  'bring-in': ActionRequest & { candidates: RecordId[]; text: string; lang: LanguageTag };
  /** A convergence session: an edit of `proposal` that merges `candidates` into it. */
  'merge-candidates': ActionRequest & { proposal: RecordId; parent: RecordId; text: string; candidates: RecordId[] };
  /** A candidate's "Merge into…": the list opens its merge form with that candidate chosen. */
  'open-merge': { candidate: RecordId };
  /** The merge form is done, saved or cancelled; the list closes it. */
  'close-merge': { saved: boolean };
  /** The exports (texts) and view links' rooms a convergence session starts from, its title and working languages. */
  'start-convergence': { title: string; languages: LanguageTag[]; sources: string[] };
  endorse: { revision: RecordId };
  'withdraw-endorsement': { revision: RecordId };
  'editing-change': { proposal: RecordId | null };
  /** A scribe chose to edit this existing proposal rather than add a similar one: its edit opens. */
  'edit-instead': { proposal: RecordId };
  'open-history': { proposal: RecordId };
  'use-as-edit': { add: RecordId; proposal: RecordId };
  'restore-version': { revision: RecordId };
  'dismiss-notice': { id: RecordId };
  /** Cancelable: unless the owner prevents it, the file is saved (a download). */
  'export-file': { file: ExportFile };
  /** Cancelable: unless the owner prevents it, the browser's print dialog opens. */
  'print-document': Record<string, never>;
  /** The text of a file the facilitator chose to continue from. */
  'continue-from-export': { text: string };
  /** A JSON export to verify, by its file name, and the view link pasted beside it (null: none). */
  'verify-export': { text: string; fileName: string; link: string | null };
  /** A moment of the replay, as an index into its moments. */
  'replay-seek': { index: number };
  /** `rooms` are the same rooms with the facilitator each view link names. */
  'compare-rooms': { roomIds: string[]; rooms: RoomLink[] };
  /** The facilitator panel's actions; the facilitator screen turns each into one signed record. */
  'set-locked': ActionRequest & { locked: boolean };
  /** Starts, moves or adjusts the agenda clock; no phases stops it. */
  'set-agenda': ActionRequest & { phases: AgendaPhase[]; start: number };
  'hide-revision': ActionRequest & { revision: RecordId };
  'rename-group': ActionRequest & { group: ActorId; name: string; venue: string };
  'remove-group': ActionRequest & { group: ActorId };
  /** A two-step button was confirmed. */
  'confirm-action': Record<string, never>;
}

/**
 * A refusal the owner hands back down, for intents that are emitted rather than requested (join, endorse,
 * restore); a fresh object each time, so the same problem twice still shows.
 */
export interface Refusal {
  problem: ActionProblem;
}

/**
 * What an action event carries back to its element. Writing is asynchronous (records are signed), so the
 * owner either refuses at once, calling preventDefault() and naming the `problem`, or sets `outcome`: null
 * once the record is written, else the problem that refused it.
 */
export interface ActionRequest {
  problem?: ActionProblem;
  outcome?: Promise<ActionProblem | null>;
}

/** The events that carry an ActionRequest; an empty payload (`Record<string, never>`) would pass for one, so it is left out. */
export type ActionEventName = {
  [K in WorkshopEventName]: string extends keyof WorkshopEvents[K] ? never : WorkshopEvents[K] extends ActionRequest ? K : never;
}[WorkshopEventName];

export type WorkshopEventName = keyof WorkshopEvents;
export type WorkshopEvent<K extends WorkshopEventName> = CustomEvent<WorkshopEvents[K]>;

/** Dispatches a bubbling, composed, cancelable event; returns false when the owner refused it. */
export function emit<K extends WorkshopEventName>(from: EventTarget, name: K, detail: WorkshopEvents[K]): boolean {
  return from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}

/**
 * Emits an action event, then calls `answer` with the problem that refused it, or null once it was written:
 * at once when the owner answered at once, later when it set an `outcome`.
 */
export function request<K extends ActionEventName>(
  from: EventTarget,
  name: K,
  detail: WorkshopEvents[K],
  answer: (problem: ActionProblem | null) => void,
): void {
  const request: ActionRequest = detail;
  if (!emit(from, name, detail)) return answer(request.problem ?? 'invalid-record');
  if (!request.outcome) return answer(null);
  void request.outcome.then(answer);
}

/** Every event above as the DOM sees it, so `addEventListener` and `@event` bindings know its payload. */
type WorkshopEventMap = { [K in WorkshopEventName]: WorkshopEvent<K> };

declare global {
  interface HTMLElementEventMap extends WorkshopEventMap {}
}
