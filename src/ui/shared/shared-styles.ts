import { css } from 'lit';

/** Buttons, fields and focus, shared by every element; colours come from the tokens in index.html. */
export const controlStyles = css`
  :host {
    color: var(--ink, #17202e);
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
    border-radius: var(--radius, 10px);
    border: 2px solid var(--accent, #1f4fd1);
    background: var(--paper, #fff);
    color: var(--accent, #1f4fd1);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
  }
  button.primary,
  .button.primary {
    background: var(--accent, #1f4fd1);
    color: var(--accent-ink, #fff);
  }
  button.quiet {
    border-color: transparent;
    background: transparent;
    padding-inline: 0.5rem;
  }
  button:hover:not(:disabled) {
    background: var(--accent-soft, #e8eefc);
  }
  button.primary:hover:not(:disabled) {
    background: var(--accent-strong, #173ea6);
  }
  button:disabled {
    cursor: not-allowed;
    border-color: var(--line-strong, #7b8494);
    color: var(--muted, #4b5563);
    background: var(--surface, #f4f6f8);
  }
  :focus-visible {
    outline: 3px solid var(--focus, #1f4fd1);
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
    border: 2px solid var(--line-strong, #7b8494);
    border-radius: var(--radius, 10px);
    background: var(--paper, #fff);
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
    border-color: var(--accent, #1f4fd1);
  }
  input:disabled,
  textarea:disabled {
    background: var(--surface, #f4f6f8);
  }
  .hint {
    color: var(--muted, #4b5563);
    font-size: 0.9rem;
    margin: 0.25rem 0 0;
  }
  .problem {
    color: var(--danger, #b42318);
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
  ol {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  li {
    background: var(--paper, #fff);
    border: 1px solid var(--line, #d0d5dd);
    border-radius: var(--radius, 10px);
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
    background: var(--page, #f4f6f8);
    border-bottom: 1px solid var(--line, #d0d5dd);
  }
`;
