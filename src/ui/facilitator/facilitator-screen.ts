import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ActionProblem, PendingAction, WorkshopWriter } from '../../doc/writer.ts';
import type { ActorId } from '../../domain/records.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/facilitator.ts';
import type { ActionEventName, ActionRequest, WorkshopEvent } from '../shared/events.ts';
import type { SessionLinks } from '../shared/facilitator-links.ts';
import { absoluteLink, facilitateHash, publishHash, scribeHash, syncUrlFor, viewHash } from '../shell/route.ts';
import { screenBarStyles } from '../shared/shared-styles.ts';
import { RoomController } from '../shared/room-controller.ts';
import { importAfterFirstPaint } from '../shared/first-paint.ts';
import '../shared/connection-status.ts';
import './facilitator-agenda.ts';
import { loadConfirmQuestion } from './facilitator-confirm.ts';
import { loadRenameForm } from './facilitator-group.ts';
import './facilitator-groups.ts';
import './facilitator-lock.ts';
import './facilitator-proposals.ts';

const loadWriter = () => import('../../doc/writer.ts');

type Action = (writer: WorkshopWriter, me: ActorId) => PendingAction;

/**
 * The facilitator link `#/f/<writeKey>/<secret>`: takes the facilitator's key from the link, opens the
 * session under the facilitator it names, and turns every intent of the panel into one signed record.
 */
@customElement('cdw-facilitator-screen')
export class FacilitatorScreen extends LitElement {
  static override styles = [
    screenBarStyles,
    css`
      :host {
        display: block;
      }
      .lock-mark {
        font-weight: 700;
        font-size: 0.9rem;
      }
      .lock-mark.locked {
        color: var(--danger);
      }
      h1 {
        font-size: 1.5rem;
        margin: 0.75rem 0 0.2rem;
      }
      .title {
        margin: 0 0 1.25rem;
        font-size: 1.1rem;
        overflow-wrap: anywhere;
      }
      h2 {
        font-size: 1.2rem;
        margin: 0 0 0.75rem;
      }
      .notice {
        background: var(--warn-paper);
        border: 2px solid var(--warn-line);
        border-radius: var(--radius);
        padding: 0.75rem 1rem;
        margin: 0 0 1.25rem;
      }
      .panel {
        display: grid;
        gap: 2rem;
      }
      .column {
        display: grid;
        gap: 2rem;
        align-content: start;
        min-width: 0;
      }
      section.box {
        background: var(--paper);
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 1rem;
      }
      .publish {
        margin: 1rem 0 0;
      }
      a {
        color: var(--accent);
        font-weight: 600;
      }
      @media (min-width: 60rem) {
        .panel {
          grid-template-columns: minmax(22rem, 28rem) minmax(0, 1fr);
          align-items: start;
        }
        .links {
          grid-column: 1 / -1;
        }
      }
    `,
  ];

  @property() writeKey = '';
  /** The facilitator's key pair as the link carries it (SECRET_PATTERN). */
  @property() secret = '';
  /** Null keeps the room local (tests). */
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @property({ type: Boolean }) persist = true;
  /** Milliseconds since the epoch, for the agenda clock; injected so tests control time. */
  @property({ attribute: false }) now: () => number = Date.now;

  // No writer option: the panel shows before the writer's code is fetched (see writer()).
  private readonly room = new RoomController(this, {
    key: () => ({ writeKey: this.writeKey, secret: this.secret, syncUrl: this.syncUrl, persist: this.persist }),
  });
  private readonly i18n = new LocalizedController(this);
  /** The session's links, the writer, the questions and forms behind buttons: fetched once the panel is on screen; tests await it. */
  readonly laterParts: Promise<void> = importAfterFirstPaint(() =>
    Promise.all([import('../shared/facilitator-links.ts'), loadWriter(), loadConfirmQuestion(), loadRenameForm()]),
  ).then(() => undefined);

  constructor() {
    super();
    this.answer('set-locked', (e) => (writer, me) => (e.detail.locked ? writer.lock(me) : writer.unlock(me)));
    this.answer('set-agenda', (e) => (writer, me) => writer.setAgenda(me, e.detail.phases, e.detail.start));
    this.answer('hide-revision', (e) => (writer, me) => writer.hide(me, e.detail.revision));
    this.answer('rename-group', (e) => (writer, me) => writer.renameGroup(me, e.detail.group, e.detail.name, e.detail.venue));
    this.answer('remove-group', (e) => (writer, me) => writer.removeGroup(me, e.detail.group));
  }

  /** Resolves once the room is open and its local copy loaded, or the link found bad; tests await it. */
  async ready(): Promise<void> {
    await this.room.ready;
    await this.updateComplete;
  }

  private answer<K extends ActionEventName>(name: K, action: (event: WorkshopEvent<K>) => Action): void {
    this.addEventListener(name, (event: Event) => {
      const request = event as WorkshopEvent<K>;
      (request.detail as ActionRequest).outcome = this.act(action(request));
    });
  }

  private async act(action: Action): Promise<ActionProblem | null> {
    const me = this.room.facilitator?.signer.actor;
    const writer = await this.writer();
    if (!writer || !me) return 'no-key';
    const result = await action(writer, me);
    return result.ok ? null : result.problem;
  }

  /** The session's writer, speaking as the link's facilitator: made at the first action, its code awaited if need be. */
  private async writer(): Promise<WorkshopWriter | null> {
    const { session, facilitator } = this.room;
    if (!session?.writeKey || !facilitator) return null;
    const { newWriter } = await loadWriter();
    if (!session.writer) {
      session.writer = newWriter(session.doc, session.store);
      session.writer.adopt(facilitator.signer);
    }
    return session.writer;
  }

  private links(roomId: string, anchor: ActorId): SessionLinks {
    return {
      scribeUrl: absoluteLink(scribeHash(this.writeKey, anchor)),
      viewUrl: absoluteLink(viewHash(roomId, anchor)),
      facilitatorUrl: absoluteLink(facilitateHash(this.writeKey, this.secret)),
    };
  }

  protected override render() {
    const t = this.i18n.t;
    if (this.room.badLink) return html`<p class="notice" role="alert">${t.facilitator.badLink}</p>`;
    const view = this.room.view;
    const session = this.room.session;
    const me = this.room.facilitator?.signer.actor;
    if (!session || !me || !this.room.loaded || !view) return html`<p>${t.loading}</p>`;
    const f = t.facilitator;
    return html`<div class="bar">
        <cdw-connection-status .status=${this.room.status}></cdw-connection-status>
        <span class="lock-mark ${view.locked ? 'locked' : ''}">${view.locked ? f.lockedState : f.openState}</span>
      </div>
      <h1>${f.heading}</h1>
      <p class="title"><bdi>${view.title ?? t.untitled}</bdi></p>
      ${view.facilitator !== me ? html`<p class="notice" role="status">${f.notThisSession}</p>` : ''}
      <div class="panel">
        <div class="column">
          <section class="box" aria-labelledby="session-heading">
            <h2 id="session-heading">${f.sessionHeading}</h2>
            <cdw-facilitator-lock ?locked=${view.locked} .lockedOut=${view.lockedOut.length}></cdw-facilitator-lock>
          </section>
          <section class="box" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">${t.trust.agenda.clock}</h2>
            <cdw-facilitator-agenda .agenda=${view.agenda} .now=${this.now}></cdw-facilitator-agenda>
          </section>
        </div>
        <div class="column">
          <section aria-labelledby="proposals-heading">
            <h2 id="proposals-heading">${t.scribe.proposals}</h2>
            <cdw-facilitator-proposals .proposals=${view.proposals} .groups=${view.groups}></cdw-facilitator-proposals>
          </section>
          <section aria-labelledby="groups-heading">
            <h2 id="groups-heading">${t.sync.groups}</h2>
            <cdw-facilitator-groups .groups=${view.groups}></cdw-facilitator-groups>
          </section>
        </div>
        <section class="links" aria-labelledby="links-heading">
          <h2 id="links-heading">${f.linksHeading}</h2>
          <cdw-facilitator-links .links=${this.links(session.roomId, me)}></cdw-facilitator-links>
          <p class="publish"><a href=${publishHash(session.roomId, me)}>${f.publishLink}</a></p>
        </section>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-facilitator-screen': FacilitatorScreen;
  }
}
