import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ImportProblem } from '../../domain/export/json.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/start.ts';
import { emit } from '../shared/events.ts';
import { controlStyles } from '../shared/shared-styles.ts';

/**
 * Why a file could not be continued from: the parser's reasons, two the page finds before parsing, and
 * 'no-room': an export that does not name the room its records were signed for (made before signing).
 */
export type ContinueProblem = ImportProblem | 'no-file' | 'unreadable' | 'no-room';

/** "Continue from an export": one file field; announces the file's text, its owner parses and opens it. */
@customElement('cdw-import-form')
export class ImportForm extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        font-size: 1.2rem;
        margin: 0 0 0.4rem;
      }
      .intro {
        margin: 0 0 0.8rem;
      }
      form {
        display: grid;
        gap: 0.5rem;
        max-width: 32rem;
      }
      input[type='file'] {
        padding: 0.4rem;
      }
      button {
        justify-self: start;
      }
    `,
  ];

  /** What the owner found wrong with the last file (its parse); null when nothing is. */
  @property({ attribute: false }) problem: ContinueProblem | null = null;
  @state() private ownProblem: ContinueProblem | null = null;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.publish;
    const problem = this.ownProblem ?? this.problem;
    return html`<section aria-labelledby="continue-heading">
      <h2 id="continue-heading">${t.continueHeading}</h2>
      <p class="hint intro">${t.continueIntro}</p>
      <form @submit=${this.onSubmit} novalidate>
        <label for="export-file">${t.exportFile}</label>
        <input
          id="export-file"
          type="file"
          accept=".json,application/json"
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby="import-problem"
          @change=${() => (this.ownProblem = null)}
        />
        <p class="problem" id="import-problem" aria-live="polite">${problem ? this.problemText(problem) : ''}</p>
        <button type="submit">${t.continue}</button>
      </form>
    </section>`;
  }

  private problemText(problem: ContinueProblem): string {
    const t = this.i18n.t;
    return problem === 'no-room' ? t.start.cannotContinue : t.publish.importProblems[problem];
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const file = this.renderRoot.querySelector<HTMLInputElement>('#export-file')?.files?.[0];
    if (!file) return void (this.ownProblem = 'no-file');
    try {
      const text = await file.text();
      this.ownProblem = null;
      emit(this, 'continue-from-export', { text });
    } catch {
      this.ownProblem = 'unreadable';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-import-form': ImportForm;
  }
}
