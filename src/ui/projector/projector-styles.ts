import { css } from 'lit';

/** The projector's look: dark, high contrast, sized in viewport units so a room reads it from the back. */
export const projectorStyles = css`
  :host {
    display: block;
    --ink: #f5f7fa;
    --muted: #c7cedb;
    --paper: #0b0f19;
    --accent: #ffd166;
    --focus: #ffd166;
    --badge-mark: #ffd166;
    --badge-muted: #c7cedb;
    --switch-ink: #f5f7fa;
    --switch-paper: #161c2b;
    --switch-scheme: dark;
    color-scheme: dark;
    color: var(--ink);
    background: var(--paper);
    min-height: 100vh;
  }
  .stage {
    display: grid;
    grid-template-columns: minmax(0, 1fr) clamp(14rem, 20vw, 26rem);
    grid-template-rows: auto minmax(0, 1fr);
    gap: 1.2vh 2.5vw;
    height: 100vh;
    padding: 2.5vh 2.5vw;
  }
  header {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem 2rem;
  }
  h1 {
    margin: 0;
    font-size: clamp(1.6rem, 4.2vh, 3.4rem);
    line-height: 1.15;
    overflow-wrap: anywhere;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1.5rem;
    font-size: clamp(1rem, 2.6vh, 2rem);
    color: var(--muted);
  }
  .tally {
    font-weight: 800;
    color: var(--ink);
  }
  .locked {
    padding: 0 0.5em;
    border: 1px solid var(--muted);
    border-radius: 0.4em;
  }
  .main {
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.9vh;
    flex: 1 1 auto;
    min-height: 0;
    overflow: hidden;
    --fit: 1;
  }
  li {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: 1.6vw;
    padding: 0.6vh 1.2vw;
    border-radius: 12px;
    background: #161c2b;
    border: 1px solid #3a4358;
    font-size: calc(var(--fit) * var(--length-factor) * 4.2vh);
    flex: 0 0 auto;
  }
  .rank {
    font-weight: 800;
    font-size: max(1.1rem, calc(var(--fit) * 4vh));
    min-width: 1.8em;
    text-align: center;
    color: var(--muted);
  }
  .text {
    margin: 0;
    line-height: 1.22;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .count {
    display: grid;
    justify-items: center;
    min-width: 5.5em;
    font-size: max(0.9rem, calc(var(--fit) * 2vh));
    color: var(--muted);
  }
  .count strong {
    font-size: max(1.6rem, calc(var(--fit) * 5vh));
    line-height: 1;
    color: var(--accent);
  }
  .history-link {
    position: absolute;
    inset-inline-end: 0.5rem;
    inset-block-start: 0.3rem;
    font-size: 1rem;
    color: var(--accent);
    background: var(--paper);
    padding: 0 0.4rem;
    opacity: 0;
  }
  li:hover .history-link,
  .history-link:focus-visible {
    opacity: 1;
  }
  aside {
    display: flex;
    flex-direction: column;
    gap: 2vh;
    min-height: 0;
    font-size: clamp(0.95rem, 1.9vh, 1.5rem);
  }
  figure {
    margin: 0;
    display: grid;
    gap: 0.5rem;
    justify-items: center;
  }
  /* Its box is drawn before its code arrives (after the first paint), so nothing moves when the code appears. */
  cdw-qr-code {
    --qr-size: min(100%, 32vh);
    display: inline-block;
    inline-size: var(--qr-size);
    aspect-ratio: 1;
    background: #fff;
    padding: 0.4rem;
    border-radius: 8px;
  }
  figcaption {
    font-weight: 700;
  }
  figure.arriving {
    visibility: hidden;
  }
  /* Two rows of a label and a select, kept free before its code arrives, so the controls above it stay put. */
  cdw-projector-languages:not(:defined) {
    display: block;
    inline-size: 100%;
    min-block-size: calc(2 * 2.5rem + 0.4rem);
  }
  /* The clock takes the top of the panel: the QR code gives up some room, so the controls stay on screen. */
  aside.with-clock cdw-qr-code {
    --qr-size: min(100%, 22vh);
  }
  /* Many groups online shorten their own list before they push the controls off the screen. */
  aside cdw-online-groups {
    flex: 0 1 auto;
    min-height: 0;
    overflow: hidden;
  }
  .controls {
    margin-top: auto;
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem;
    align-items: center;
    font-size: 1rem;
  }
  .controls button {
    border-color: #9aa4b5;
    color: var(--ink);
    background: #161c2b;
    min-height: 2.5rem;
  }
  .controls button:hover {
    background: #232b3f;
  }
  .empty {
    font-size: 3vh;
    color: var(--muted);
  }
  .controls a {
    color: var(--muted);
  }
  :host([replay]) .stage {
    outline: 0.5vh dashed var(--accent);
    outline-offset: -1.2vh;
  }
  :host([replay]) figure,
  :host([replay]) cdw-online-groups {
    display: none;
  }
  @media (max-width: 49.99rem) {
    .stage {
      display: block;
      height: auto;
      padding: 1rem;
    }
    h1 {
      font-size: 1.6rem;
    }
    ol {
      overflow: visible;
      margin: 1rem 0;
    }
    li {
      font-size: calc(var(--length-factor) * 1.3rem);
      gap: 0.6rem;
      padding: 0.6rem;
    }
    .rank {
      font-size: 1.2rem;
      min-width: 1.2em;
    }
    .count {
      min-width: 0;
      font-size: 0.8rem;
    }
    .count strong {
      font-size: 1.6rem;
    }
    aside {
      font-size: 1rem;
    }
    cdw-qr-code {
      --qr-size: 12rem;
    }
  }
`;
