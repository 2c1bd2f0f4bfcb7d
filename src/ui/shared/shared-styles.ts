import { css } from 'lit';

/** Buttons, fields and focus, shared by every element; colours come from the tokens in src/page.css. */
export const controlStyles = css`
  :host {
    color: var(--ink);
    font: inherit;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--radius);
    border: 2px solid var(--accent);
    background: var(--paper);
    color: var(--accent);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
  }
  button.primary,
  .button.primary {
    background: var(--accent);
    color: var(--accent-ink);
  }
  button.quiet {
    border-color: transparent;
    background: transparent;
    padding-inline: 0.5rem;
  }
  button:hover:not(:disabled) {
    background: var(--accent-soft);
  }
  button.primary:hover:not(:disabled) {
    background: var(--accent-strong);
  }
  button:disabled {
    cursor: not-allowed;
    border-color: var(--line-strong);
    color: var(--muted);
    background: var(--surface);
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  label {
    font-weight: 600;
    display: block;
    margin-bottom: 0.3rem;
  }
  input,
  textarea,
  select {
    font: inherit;
    color: inherit;
    width: 100%;
    padding: 0.6rem 0.75rem;
    border: 2px solid var(--line-strong);
    border-radius: var(--radius);
    background: var(--paper);
  }
  textarea {
    resize: vertical;
    min-height: 6rem;
    line-height: 1.45;
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible {
    outline-offset: 0;
    border-color: var(--accent);
  }
  input:disabled,
  textarea:disabled {
    background: var(--surface);
  }
  .hint {
    color: var(--muted);
    font-size: 0.9rem;
    margin: 0.25rem 0 0;
  }
  .problem {
    color: var(--danger);
    font-weight: 600;
    margin: 0.4rem 0 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** A list of cards: proposals, revisions, translation needs. Element rules later in a host's styles refine it. */
export const cardListStyles = css`
  /* "Back" points back, towards the line's start: to the right in a right-to-left page. */
  .back-arrow:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }
  ol {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  li {
    background: var(--paper);
    border: 1px solid var(--line);
    border-radius: var(--radius);
    padding: 1rem;
  }
`;

/** A screen's top bar (title or tally on one side, links and status on the other), kept in sight while scrolling. */
export const screenBarStyles = css`
  .bar {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.3rem 1rem;
    padding: 0.5rem 0;
    background: var(--page);
    border-bottom: 1px solid var(--line);
  }
`;

/* Warnings, as declarations rather than rules: each element puts them on its own selector, and a declaration after one adjusts it. */

/** A warning set apart from the page: amber paper, a dark amber rule along its edge; ink on it reads AA. */
export const warningBox = css`
  padding: 0.8rem 1rem;
  border-radius: var(--radius);
  background: var(--warn-paper);
  border-inline-start: 4px solid var(--warn-line);
`;

/** A warning that stops the work until it is dealt with: the same box, framed all round, its rule and text heavier. */
export const blockingBox = css`
  ${warningBox}
  border: 2px solid var(--warn-line);
  border-inline-start-width: 8px;
  font-weight: 700;
`;

/** A short warning inside other content (someone else is editing, the text changed meanwhile): tighter, smaller. */
export const warningNote = css`
  padding: 0.4rem 0.7rem;
  border-radius: var(--radius);
  background: var(--warn-paper);
  font-size: 0.92rem;
`;
