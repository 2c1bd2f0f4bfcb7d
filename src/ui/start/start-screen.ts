import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { WorkshopSession } from '../../doc/session.ts';
import { during, setupFailureOf, type SetupFailure } from '../../doc/setup-failure.ts';
import type { Facilitator } from '../../doc/signers.ts';
import type { ActionProblem } from '../../doc/writer.ts';
import { DEFAULT_WORKING_LANGUAGES, type LanguageTag } from '../../domain/records.ts';
import { normalizeText } from '../../domain/text.ts';
import { locale } from '../../i18n/locale.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/start.ts';
import type { WorkshopEvent } from '../shared/events.ts';
import { absoluteLink, facilitateHash, scribeHash, syncUrlFor, viewHash } from '../shell/route.ts';
import type { ContinueProblem } from './import-form.ts';
import type { SessionSetup } from '../../doc/session-setup.ts';
import type { CreatedSession } from './start-page.ts';
import type { WorkshopController } from '../shared/workshop-controller.ts';
import { importAfterFirstPaint } from '../shared/first-paint.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import { convergenceCore } from './convergence-core.ts';
import type { ConvergencePort } from './convergence-port.ts';
import './start-page.ts';

let loadedRoomCode: typeof import('./start-room.ts') | null = null;
const roomCode = async () => (loadedRoomCode ??= await import('./start-room.ts'));
// Most visitors of this page create a session: its code is fetched once the page is on screen, before the click.
importAfterFirstPaint(roomCode).catch((error: unknown) =>
  console.error('cdw: the code that creates sessions did not arrive', error),
);

/**
 * Creates a session: a facilitator key, a fresh write key, its room, the title record signed by the
 * facilitator; stays connected so the title reaches the relay. Every link it shows names the facilitator.
 */
@customElement('cdw-start-screen')
export class StartScreen extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  /** Null keeps the created document local (tests). */
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @property({ type: Boolean }) persist = true;
  /** The browser's keys and storage (null: the browser's own, fetched with the room code); tests hand in one that fails. */
  @property({ attribute: false }) setup: SessionSetup | null = null;
  /** The convergence core (readSource, startConvergence); null (tests) does not offer "Start from several sessions". */
  @property({ attribute: false }) convergence: ConvergencePort | null = convergenceCore(() => this.sessionSetup());
  @state() private created: CreatedSession | null = null;
  @state() private converging = false;
  private readonly i18n = new LocalizedController(this);
  @state() private convergeProblem: ActionProblem | null = null;
  @state() private problem: ActionProblem | null = null;
  @state() private importProblem: ContinueProblem | null = null;
  @state() private failure: SetupFailure | null = null;

  private session: WorkshopSession | null = null;
  /** A second click while the room is being opened must not create a second session. */
  private creating = false;
  /** What "Try again" creates after a failure. */
  private lastTitle = '';
  /** The working languages chosen with the title; none given means the default four. */
  private languages: LanguageTag[] | undefined;
  /** The new session's connection, for its status; made with the first session shown. */
  private workshop: WorkshopController | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.close();
  }

  protected override render() {
    return html`<cdw-start-page
      .created=${this.created}
      .problem=${this.problem}
      .failure=${this.failure}
      @retry-setup=${() => this.createTitled(this.lastTitle)}
      .status=${this.session?.connection && this.workshop ? this.workshop.status : null}
      @create-session=${this.onCreate}
      @start-over=${this.onStartOver}
      .importProblem=${this.importProblem}
      @continue-from-export=${this.onContinue}
      >${this.renderConverge()}</cdw-start-page
    >`;
  }

  private renderConverge() {
    if (!this.convergence || this.created) return nothing;
    // One button until pressed: most visitors open a link instead, so the form is fetched only then.
    if (!this.converging) {
      return html`<button type="button" slot="converge" @click=${this.openConverge}>${this.i18n.t.start.fromSeveral}</button>`;
    }
    return html`<cdw-convergence-form
      slot="converge"
      .reader=${(text: string) => this.convergence!.readSource(text)}
      .problem=${this.convergeProblem}
      .syncUrl=${this.syncUrl}
      .persist=${this.persist}
      @start-convergence=${this.onConverge}
    ></cdw-convergence-form>`;
  }

  private async openConverge(): Promise<void> {
    await import('./convergence-form.ts');
    this.converging = true;
  }

  /** A convergence session starts like a created one: its links shown, the facilitator's set apart. */
  private async onConverge(event: WorkshopEvent<'start-convergence'>): Promise<void> {
    const port = this.convergence;
    if (!port || this.creating) return;
    this.creating = true;
    try {
      const { title, languages, sources } = event.detail;
      const started = await port.start(sources, title, languages, { syncUrl: this.syncUrl, persist: this.persist });
      this.convergeProblem = started.ok ? null : started.problem;
      if (!started.ok) return;
      this.show(started.session, started.writeKey, started.facilitator, { title });
    } catch (error) {
      console.error('cdw: the convergence session could not be started', error);
      this.failure = setupFailureOf(error);
    } finally {
      this.creating = false;
    }
  }

  private async onCreate(event: WorkshopEvent<'create-session'>): Promise<void> {
    const title = normalizeText(event.detail.title);
    const chosen = event.detail.languages;
    const isDefault = chosen.length === DEFAULT_WORKING_LANGUAGES.length && chosen.every((tag, i) => tag === DEFAULT_WORKING_LANGUAGES[i]);
    this.languages = isDefault ? undefined : chosen;
    if (!title) {
      this.problem = 'text-empty';
      return;
    }
    await this.createTitled(title);
  }

  /** A failure (keys, storage) is said, and the title kept for "Try again". */
  private async createTitled(title: string): Promise<void> {
    if (this.creating) return;
    this.creating = true;
    this.lastTitle = title;
    try {
      await this.create(title);
      this.failure = null;
    } catch (error) {
      console.error('cdw: the session could not be created', error);
      this.failure = setupFailureOf(error);
    } finally {
      this.creating = false;
    }
  }

  private async create(title: string): Promise<void> {
    const { openNewSession } = await roomCode();
    const { session, writeKey, facilitator } = await openNewSession(await this.sessionSetup(), { syncUrl: this.syncUrl, persist: this.persist });
    try {
      const result = await during('keys', () => session.writer!.createSession(facilitator.signer.actor, title, this.languages));
      if (!result.ok) {
        this.problem = result.problem;
        await session.destroy();
        return;
      }
    } catch (error) {
      await session.destroy().catch(() => undefined);
      throw error;
    }
    this.show(session, writeKey, facilitator, { title });
  }

  /** Keeps the new session open (its records reach the relay) and shows its three links. */
  private show(
    session: WorkshopSession,
    writeKey: string,
    facilitator: Facilitator,
    created: Pick<CreatedSession, 'title' | 'imported'>,
  ): void {
    void this.close();
    const anchor = facilitator.signer.actor;
    const panelHref = facilitateHash(writeKey, facilitator.secret);
    this.session = session;
    void roomCode().then(({ WorkshopController }) => {
      if (this.session !== session) return;
      this.workshop ??= new WorkshopController(this);
      this.workshop.use({ store: session.store, connection: session.connection, presence: null });
    });
    this.problem = null;
    this.created = {
      ...created,
      scribeUrl: absoluteLink(scribeHash(writeKey, anchor)),
      viewUrl: absoluteLink(viewHash(session.roomId, anchor)),
      facilitatorUrl: absoluteLink(panelHref),
      panelHref,
    };
  }

  /**
   * A JSON export continues in a new session, with new links and a new facilitator, shown as after
   * "Create session". Its records were signed for their room, so an export that does not name it is refused.
   */
  private async onContinue(event: WorkshopEvent<'continue-from-export'>): Promise<void> {
    // Read at once when the code is here (it is fetched after the first paint), so the answer replaces the last one.
    const { parseJsonExport, exportOrigin, openSessionFromExport } = loadedRoomCode ?? (await roomCode());
    const parsed = parseJsonExport(event.detail.text);
    const origin = parsed.ok ? exportOrigin(parsed) : null;
    this.importProblem = !parsed.ok ? parsed.problem : origin ? null : 'no-room';
    if (!parsed.ok || !origin || this.creating) return;
    this.creating = true;
    try {
      const options = { syncUrl: this.syncUrl, persist: this.persist, untitled: locale.messages.untitled };
      const continued = await openSessionFromExport(parsed.records, origin, options);
      if (!continued.ok) {
        this.problem = continued.problem;
        return;
      }
      const { session, writeKey, facilitator } = continued;
      this.show(session, writeKey, facilitator, {
        title: session.store.view.title ?? locale.messages.untitled,
        imported: { records: parsed.records.length, rejected: parsed.rejected.total },
      });
    } finally {
      this.creating = false;
    }
  }

  private async sessionSetup(): Promise<SessionSetup> {
    return this.setup ?? (await roomCode()).browserSetup;
  }

  private async onStartOver(): Promise<void> {
    this.created = null;
    await this.close();
  }

  private async close(): Promise<void> {
    const session = this.session;
    this.session = null;
    this.workshop?.use(null);
    await session?.destroy();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-start-screen': StartScreen;
  }
}
