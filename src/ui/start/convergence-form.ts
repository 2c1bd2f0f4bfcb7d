import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ActionProblem } from '../../doc/writer.ts';
import { DEFAULT_WORKING_LANGUAGES, type LanguageTag } from '../../domain/records.ts';
import { normalizeText, TITLE_MAX } from '../../domain/text.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { CandidateWordsController } from '../shared/candidate-words.ts';
import { parseRoute, type RoomLink } from '../shell/route.ts';
import { emit, type WorkshopEvent } from '../shared/events.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import type { ConvergenceLink } from './convergence-link.ts';
import type { SourceReading } from './convergence-port.ts';
import { sourceLine, sourceStyles } from './convergence-source.ts';
import './convergence-link.ts';
import './working-languages.ts';

interface FileSource {
  name: string;
  text: string;
  reading: SourceReading | null;
}

/**
 * "Start from several sessions": the exports (files) and view links of earlier sessions, each read and its
 * verdict said, then a title and working languages; "Start" hands the sources' texts to the owner.
 */
@customElement('cdw-convergence-form')
export class ConvergenceForm extends LitElement {
  static override styles = [
    controlStyles,
    sourceStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 0.9rem;
        max-width: 40rem;
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: var(--radius);
        margin: 0;
        padding: 0.5rem 0.8rem;
      }
      legend,
      h3 {
        font-weight: 600;
        font-size: 1rem;
        margin: 0;
      }
      input[type='file'] {
        padding: 0.4rem;
      }
      textarea {
        min-height: 4rem;
      }
      button {
        justify-self: start;
      }
    `,
  ];

  /** Reads one export (the core's readSource); null reads nothing. */
  @property({ attribute: false }) reader: ((text: string) => Promise<SourceReading>) | null = null;
  /** Why the owner could not start (the title, keys, storage). */
  @property({ attribute: false }) problem: ActionProblem | null = null;
  @property({ attribute: false }) syncUrl: string | null = null;
  @property({ type: Boolean }) persist = true;
  @state() private files: readonly FileSource[] = [];
  @state() private links: readonly RoomLink[] = [];
  @state() private badLinks = 0;
  @state() private languages: readonly LanguageTag[] = DEFAULT_WORKING_LANGUAGES;
  @state() private ownProblem: 'noSources' | 'text-empty' | null = null;

  private readonly i18n = new LocalizedController(this);
  private readonly words = new CandidateWordsController(this);

  protected override render() {
    const t = this.i18n.t;
    const c = this.words.t;
    const problem = this.ownProblem === 'noSources' ? c.noSources : this.ownProblem ? t.problems[this.ownProblem] : this.problem ? t.problems[this.problem] : '';
    return html`<section aria-labelledby="converge-heading">
      <h2 id="converge-heading" tabindex="-1">${c.startOpen}</h2>
      <p class="hint">${c.startIntro}</p>
      <form @submit=${this.onSubmit} novalidate>
        <div>
          <label for="exports">${c.files}</label>
          <input id="exports" type="file" multiple accept=".json,application/json" @change=${this.onFiles} />
        </div>
        <div>
          <label for="links">${c.links}</label>
          <textarea id="links" aria-describedby="bad-links" @change=${this.onLinks}></textarea>
          <p class="problem" id="bad-links" aria-live="polite">${this.badLinks ? c.badLinks(this.badLinks) : ''}</p>
        </div>
        <div aria-live="polite">
          <h3>${c.sources}</h3>
          ${this.files.map((file) => sourceLine(file.name, file.reading, c, c.checking))}
          ${repeat(
            this.links,
            (link) => link.roomId,
            (link) => html`<cdw-convergence-link
              .roomId=${link.roomId}
              .anchor=${link.anchor}
              .syncUrl=${this.syncUrl}
              .persist=${this.persist}
              .reader=${this.reader}
            ></cdw-convergence-link>`,
          )}
        </div>
        <div>
          <label for="converge-title">${t.start.sessionTitle}</label>
          <input id="converge-title" autocomplete="off" maxlength=${TITLE_MAX * 2} aria-describedby="converge-problem" />
        </div>
        <cdw-working-languages .chosen=${this.languages} @working-languages-change=${this.onLanguages}></cdw-working-languages>
        <p class="problem" id="converge-problem" aria-live="polite">${problem}</p>
        <button class="primary" type="submit">${c.start}</button>
      </form>
    </section>`;
  }

  /** Opened, the keyboard starts at its heading. */
  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private onLanguages(event: WorkshopEvent<'working-languages-change'>): void {
    this.languages = event.detail.languages;
  }

  private async onFiles(event: Event): Promise<void> {
    const chosen = [...((event.target as HTMLInputElement).files ?? [])];
    this.ownProblem = null;
    const files = await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text().catch(() => ''), reading: null })));
    this.files = files;
    for (const file of files) void this.read(file);
  }

  private async read(file: FileSource): Promise<void> {
    const reading: SourceReading = this.reader && file.text ? await this.reader(file.text) : { ok: false, problem: 'unreadable' };
    // A newer choice of files replaced this one meanwhile: its reading is dropped.
    if (!this.files.includes(file)) return;
    this.files = this.files.map((f) => (f === file ? { ...f, reading } : f));
  }

  private onLinks(event: Event): void {
    // One link a line, read as the address bar would; a line that is not a view link is counted, to be said.
    const lines = (event.target as HTMLTextAreaElement).value.split('\n').filter((line) => line.trim());
    const routes = lines.map((line) => parseRoute(line.trim().replace(/^[^#]*/, '')));
    const rooms = routes.flatMap((route) => (route.page === 'view' && !route.proposal ? [{ roomId: route.roomId, anchor: route.anchor }] : []));
    this.links = rooms.filter((room, i) => rooms.findIndex((r) => r.roomId === room.roomId) === i);
    this.badLinks = lines.length - rooms.length;
    this.ownProblem = null;
  }

  /** The sources that read as exports: every file that did, every link whose records have arrived. */
  private sources(): string[] {
    const files = this.files.filter((file) => file.reading?.ok).map((file) => file.text);
    const links = [...this.renderRoot.querySelectorAll<ConvergenceLink>('cdw-convergence-link')].map((link) => link.exportText());
    return [...files, ...links.filter((text): text is string => text !== null)];
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const title = normalizeText(this.renderRoot.querySelector<HTMLInputElement>('#converge-title')?.value ?? '');
    const sources = this.sources();
    this.ownProblem = sources.length === 0 ? 'noSources' : title ? null : 'text-empty';
    if (this.ownProblem) return;
    emit(this, 'start-convergence', { title, languages: [...this.languages], sources });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-convergence-form': ConvergenceForm;
  }
}
