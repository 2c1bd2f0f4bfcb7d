import type { ReactiveControllerHost } from 'lit';
import type { ActionProblem, ActionResult, WorkshopWriter } from '../../doc/writer.ts';
import type { ActorId } from '../../domain/records.ts';
import type { Refusal, WorkshopEvent, WorkshopEvents } from '../shared/events.ts';
import type { RoomController } from '../shared/room-controller.ts';
import type { ScribeIdentity } from './scribe-identity.ts';

export type Action = (writer: WorkshopWriter, group: ActorId) => Promise<ActionResult>;
type RequestName = 'add-proposal' | 'save-edit' | 'save-translation';
type IntentName = 'endorse' | 'withdraw-endorsement' | 'use-as-edit' | 'restore-version';

/**
 * Turns every intent that bubbles up to the scribe screen into one writer call for this tab's group. A
 * request (add, edit, translate) is answered in its own event, so the form that asked says why; a refused
 * endorsement, withdrawal, conversion or restore is `refusal`, said above the list (or the history).
 */
export class ScribeActions {
  refusal: Refusal | null = null;
  /** Every write still being signed; tests and `idle()` wait for them. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly room: RoomController,
    private readonly identity: ScribeIdentity,
  ) {
    this.answer('add-proposal', ({ text, lang }) => (writer, group) => writer.addProposal(group, text, lang));
    this.answer('save-edit', ({ proposal, parent, text }) => (writer, group) => writer.editProposal(group, proposal, parent, text));
    this.answer('save-translation', ({ revision, lang, text }) => (writer, group) => writer.translate(group, revision, lang, text));
    this.act('endorse', ({ revision }) => (writer, group) => writer.endorse(group, revision));
    this.act('withdraw-endorsement', ({ revision }) => (writer, group) => writer.withdrawEndorsement(group, revision));
    this.act('use-as-edit', ({ add, proposal }) => (writer, group) => writer.useAsEdit(group, add, proposal));
    this.act('restore-version', ({ revision }) => (writer, group) => writer.restore(group, revision));
  }

  /** Resolves once every action started so far is signed, written and applied. */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.writes;
      await seen;
      await this.room.session?.store.settled();
    } while (seen !== this.writes);
  }

  /** Counts `work` among the writes `idle()` waits for. */
  track<T>(work: Promise<T>): Promise<T> {
    this.writes = Promise.all([this.writes, work.catch(() => undefined)]);
    return work;
  }

  private answer<K extends RequestName>(name: K, action: (detail: WorkshopEvents[K]) => Action): void {
    this.host.addEventListener(name, (event: Event) => {
      const { detail } = event as WorkshopEvent<K>;
      detail.outcome = this.write(action(detail));
    });
  }

  private act<K extends IntentName>(name: K, action: (detail: WorkshopEvents[K]) => Action): void {
    this.host.addEventListener(name, (event: Event) => {
      void this.write(action((event as WorkshopEvent<K>).detail)).then((problem) => {
        this.refusal = problem ? { problem } : null;
        this.host.requestUpdate();
      });
    });
  }

  /** Signs and writes one action for this tab's group: null once written, else the problem that refused it. */
  write(action: Action): Promise<ActionProblem | null> {
    const group = this.identity.group;
    const notJoined: ActionResult = { ok: false, problem: 'not-joined' };
    const written = group ? this.identity.writer().then((writer) => (writer ? action(writer, group) : notJoined)) : Promise.resolve(notJoined);
    const outcome = written.then(
      (result) => (result.ok ? null : result.problem),
      (error: unknown): ActionProblem => {
        console.error('cdw: an action could not be signed or written', error);
        return 'invalid-record';
      },
    );
    return this.track(outcome);
  }
}
