import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { VerifyProblem } from '../../doc/verify-result.ts';
import type { VerifyWords } from '../../i18n/en/verify-page.ts';
import { emit } from '../shared/events.ts';
import { controlStyles } from '../shared/shared-styles.ts';

/** Why nothing was verified: the verifier's reasons, and two the form finds before reading the file. */
export type VerifyPageProblem = VerifyProblem | 'no-file' | 'unreadable';

/** A JSON export and, optionally, the session's view link; announces the file's text, its owner checks it. */
@customElement('cdw-verify-form')
export class VerifyForm extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 1rem;
        max-width: 40rem;
      }
      input[type='file'] {
        padding: 0.4rem;
      }
      input[type='url'] {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: 0.9rem;
      }
      button {
        justify-self: start;
      }
    `,
  ];

  /** The view link to fill in (from `#/verify/<room>.<anchor>`); the reader may change it. */
  @property() link = '';
  /** What the owner found wrong with the last check; null when nothing is. */
  @property({ attribute: false }) problem: VerifyPageProblem | null = null;
  @property({ type: Boolean }) busy = false;
  /** The page's words in the page's language, loaded with the page. */
  @property({ attribute: false }) words: VerifyWords | null = null;
  @state() private ownProblem: VerifyPageProblem | null = null;

  protected override render() {
    const t = this.words;
    if (!t) return nothing;
    const problem = this.ownProblem ?? this.problem;
    const linkProblem = problem === 'bad-link';
    const fileProblem = problem !== null && !linkProblem;
    return html`<form @submit=${this.onSubmit} novalidate>
      <div>
        <label for="export-file">${t.file}</label>
        <input
          id="export-file"
          type="file"
          accept=".json,application/json"
          aria-invalid=${fileProblem ? 'true' : 'false'}
          aria-describedby="file-problem"
          @change=${() => (this.ownProblem = null)}
        />
        <p class="problem" id="file-problem" aria-live="polite">${fileProblem ? t.problems[problem] : ''}</p>
      </div>
      <div>
        <label for="view-link">${t.viewLink}</label>
        <input
          id="view-link"
          type="url"
          autocomplete="off"
          spellcheck="false"
          .value=${this.link}
          aria-invalid=${linkProblem ? 'true' : 'false'}
          aria-describedby="link-hint link-problem"
        />
        <p class="hint" id="link-hint">${t.viewLinkHint}</p>
        <p class="problem" id="link-problem" aria-live="polite">${linkProblem ? t.problems['bad-link'] : ''}</p>
      </div>
      <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? t.checking : t.check}</button>
    </form>`;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const file = this.renderRoot.querySelector<HTMLInputElement>('#export-file')?.files?.[0];
    const link = this.renderRoot.querySelector<HTMLInputElement>('#view-link')?.value.trim() ?? '';
    if (!file) return void (this.ownProblem = 'no-file');
    try {
      const text = await file.text();
      this.ownProblem = null;
      emit(this, 'verify-export', { text, fileName: file.name, link: link || null });
    } catch {
      this.ownProblem = 'unreadable';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-verify-form': VerifyForm;
  }
}
