import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConnectionStatus } from '../../doc/connection.ts';
import type { SetupFailure } from '../../doc/setup-failure.ts';
import type { ActionProblem } from '../../doc/writer.ts';
import { DEFAULT_WORKING_LANGUAGES, type LanguageTag } from '../../domain/records.ts';
import { TITLE_MAX } from '../../domain/text.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/start.ts';
import { emit, type WorkshopEvent } from '../shared/events.ts';
import { isolatedIn } from '../shared/isolated.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import '../shared/connection-status.ts';
import '../shared/facilitator-links.ts';
import type { SessionLinks } from '../shared/facilitator-links.ts';
import './import-form.ts';
import './working-languages.ts';
import '../shared/setup-failure-notice.ts';
import type { ContinueProblem } from './import-form.ts';
import { verifyHash } from '../shell/verify-hash.ts';

export interface CreatedSession extends SessionLinks {
  title: string;
  /** The facilitator link as a route of this page: "Open facilitator panel" goes there. */
  panelHref: string;
  /** Set when the session continues a JSON export: how many records came over, how many were left out. */
  imported?: { records: number; rejected: number };
}

/**
 * The facilitator's page: a title in, three links out (scribe, view, and the facilitator's own, set apart),
 * each in full with copy and QR code.
 */
@customElement('cdw-start-page')
export class StartPage extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      h1 {
        font-size: 1.6rem;
        margin: 0 0 0.5rem;
        overflow-wrap: anywhere;
      }
      h2 {
        font-size: 1.3rem;
        margin: 0 0 1rem;
        overflow-wrap: anywhere;
      }
      .intro {
        color: var(--muted);
        margin: 0 0 1.5rem;
        max-width: 40rem;
      }
      form {
        display: grid;
        gap: 0.75rem;
        max-width: 32rem;
      }
      form button {
        justify-self: start;
      }
      .links {
        display: grid;
        gap: 1.5rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
      }
      .status {
        margin: 0 0 1rem;
      }
      footer {
        margin-top: 2.5rem;
        padding-top: 1rem;
        border-top: 1px solid var(--line);
      }
      footer a {
        color: var(--accent);
        font-weight: 600;
      }
      cdw-import-form,
      ::slotted([slot='converge']) {
        margin-top: 2.5rem;
        padding-top: 1.5rem;
        border-top: 1px solid var(--line);
        max-width: 40rem;
      }
    `,
  ];

  @property({ attribute: false }) created: CreatedSession | null = null;
  @property({ attribute: false }) status: ConnectionStatus | null = null;
  @property({ attribute: false }) problem: ActionProblem | null = null;
  /** Keys or storage failed while creating: said, with "Try again". */
  @property({ attribute: false }) failure: SetupFailure | null = null;
  @property({ attribute: false }) importProblem: ContinueProblem | null = null;
  @state() private languages: LanguageTag[] = [...DEFAULT_WORKING_LANGUAGES];

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    return this.created ? this.renderCreated(this.created) : this.renderForm();
  }

  private renderForm() {
    const t = this.i18n.t;
    return html`<h1>${t.start.heading}</h1>
      <p class="intro">${t.start.intro}</p>
      <form @submit=${this.onSubmit} novalidate>
        <div>
          <label for="title">${t.start.sessionTitle}</label>
          <input
            id="title"
            name="title"
            autocomplete="off"
            maxlength=${TITLE_MAX * 2}
            aria-invalid=${this.problem ? 'true' : 'false'}
            aria-describedby="problem"
          />
          <p class="problem" id="problem" aria-live="polite">${this.problem ? t.problems[this.problem] : ''}</p>
        </div>
        <cdw-working-languages .chosen=${this.languages} @working-languages-change=${this.onLanguages}></cdw-working-languages>
        <button class="primary" type="submit">${t.start.createSession}</button>
        <cdw-setup-failure-notice .failure=${this.failure}></cdw-setup-failure-notice>
      </form>
      <cdw-import-form .problem=${this.importProblem}></cdw-import-form>
      <slot name="converge"></slot>
      <footer>
        <a href=${verifyHash()}>${t.verify.link}</a>
      </footer>`;
  }

  private renderCreated(created: CreatedSession) {
    const t = this.i18n.t.start;
    const imported = created.imported;
    return html`<h1>${isolatedIn(t.created, created.title)}</h1>
      ${imported
        ? html`<p class="hint">${this.i18n.t.publish.imported(imported.records)}${imported.rejected
            ? ` ${this.i18n.t.publish.rejected(imported.rejected)}`
            : ''}</p>`
        : ''}
      ${this.status
        ? html`<p class="status"><cdw-connection-status .status=${this.status}></cdw-connection-status></p>
            <p class="hint">${t.keepOpen}</p>`
        : ''}
      <div class="links">
        <cdw-facilitator-links .links=${created} panelHref=${created.panelHref}></cdw-facilitator-links>
        <div class="actions">
          <button class="primary" type="button" @click=${this.openProjector}>${t.openProjector}</button>
          <button type="button" @click=${() => emit(this, 'start-over', {})}>${t.another}</button>
        </div>
      </div>`;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#title');
    emit(this, 'create-session', { title: input?.value ?? '', languages: this.languages });
  }

  private onLanguages(event: WorkshopEvent<'working-languages-change'>): void {
    this.languages = event.detail.languages;
  }

  private openProjector(): void {
    if (this.created) window.open(this.created.viewUrl, '_blank', 'noopener');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-start-page': StartPage;
  }
}
