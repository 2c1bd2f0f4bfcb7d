import { css } from 'lit';

/**
 * A select that looks the same in every engine: WebKitGTK paints its native select light whatever the page
 * says, so on the dark projector its light text vanished. Drawn by us, with our colours and our own arrow.
 */
export const selectStyles = css`
  select {
    appearance: none;
    -webkit-appearance: none;
    color-scheme: var(--switch-scheme, light);
    color: var(--switch-ink, inherit);
    background-color: var(--switch-paper, var(--paper));
    background-image: linear-gradient(45deg, transparent 50%, currentColor 50%),
      linear-gradient(135deg, currentColor 50%, transparent 50%);
    background-position:
      calc(100% - 1.15em) 55%,
      calc(100% - 0.8em) 55%;
    background-size: 0.35em 0.35em;
    background-repeat: no-repeat;
    padding-inline-end: 2em;
    width: auto;
    min-height: 2.5rem;
    font-size: 0.95rem;
  }
  /* The arrow sits at the end of the line, on the left when lines run right to left. */
  select:dir(rtl) {
    background-position:
      0.8em 55%,
      1.15em 55%;
  }
  option {
    color: var(--switch-ink, inherit);
    background-color: var(--switch-paper, var(--paper));
  }
`;
