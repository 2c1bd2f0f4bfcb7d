import { css, html, type LitElement } from 'lit';
import { adoptStyles } from '../shared/adopt-styles.ts';

/** What the second step of a two-step button asks, and what its buttons do. */
export interface Question {
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  confirm(): void;
  cancel(): void;
}

const questionStyles = css`
  .ask {
    border-inline-start: 4px solid var(--danger);
    padding-block: 0.4rem;
    padding-inline: 0.75rem 0;
  }
  .ask p {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button.danger.primary {
    background: var(--danger);
    color: #fff;
  }
  button.danger.primary:hover:not(:disabled) {
    background: #8f1c13;
  }
`;

/** The question with a confirm and a cancel button (Escape cancels too): fetched for the first press, not the first paint. */
export function confirmQuestion(host: LitElement, question: Question) {
  adoptStyles(host, questionStyles);
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') question.cancel();
  };
  return html`<div class="ask" role="group" aria-labelledby="question" @keydown=${onKey}>
    <p id="question">${question.text}</p>
    <div class="row">
      <button class="danger primary confirm" type="button" ?disabled=${question.busy} @click=${question.confirm}>${question.confirmLabel}</button>
      <button class="cancel" type="button" @click=${question.cancel}>${question.cancelLabel}</button>
    </div>
  </div>`;
}
