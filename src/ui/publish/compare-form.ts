import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/publish.ts';
import { roomsFromText } from './compare-links.ts';
import { emit } from '../shared/events.ts';
import { controlStyles } from '../shared/shared-styles.ts';

/** Where the view links of the sessions to compare are pasted; announces the room ids it read. */
@customElement('cdw-compare-form')
export class CompareForm extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 0.5rem;
        max-width: 44rem;
      }
      textarea {
        min-height: 5rem;
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: 0.9rem;
        word-break: break-all;
      }
      button {
        justify-self: start;
      }
    `,
  ];

  /** The links shown in the field, one per line: those of the sessions compared now. */
  @property({ attribute: false }) links: readonly string[] = [];
  /** Kept as what went wrong, not as words, so a language switch rewords it. */
  @state() private problem: { unreadable: string[] } | null = null;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.publish;
    return html`<form @submit=${this.onSubmit} novalidate>
      <label for="links">${t.viewLinks}</label>
      <textarea
        id="links"
        rows="3"
        autocomplete="off"
        spellcheck="false"
        .value=${this.links.join('\n')}
        aria-invalid=${this.problem ? 'true' : 'false'}
        aria-describedby="hint problem"
      ></textarea>
      <p class="hint" id="hint">${t.compareHint}</p>
      <p class="problem" id="problem" aria-live="polite">${this.problemText()}</p>
      <button class="primary" type="submit">${t.compare}</button>
    </form>`;
  }

  private problemText(): string {
    const t = this.i18n.t.publish;
    if (!this.problem) return '';
    return this.problem.unreadable.length ? t.notViewLinks(this.problem.unreadable.join(', ')) : t.noLinks;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const { rooms, unreadable } = roomsFromText(this.renderRoot.querySelector('textarea')?.value ?? '');
    this.problem = unreadable.length || !rooms.length ? { unreadable } : null;
    if (!this.problem) emit(this, 'compare-rooms', { roomIds: rooms.map((room) => room.roomId), rooms });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-compare-form': CompareForm;
  }
}
