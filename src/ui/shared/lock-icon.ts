import { svg } from 'lit';

/** A padlock drawn in the text's colour: an emoji may have no glyph on a venue's projector. */
export const lockIcon = svg`<svg class="lock-icon" viewBox="0 0 16 16" width="0.9em" height="0.9em" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2"/><rect x="2" y="7" width="12" height="8.5" rx="1.5" fill="currentColor"/></svg>`;
