import { html } from 'lit';
import { PROPOSAL_TEXT_MAX, normalizeText, textLength } from '../../domain/text.ts';
import type { Messages } from '../../i18n/en.ts';

/** Counted as the document counts: code points after trimming. */
export const proposalLength = (text: string): number => textLength(normalizeText(text));

/** "12 / 1,000 characters", and how many too many once over the limit. */
export function characterCount(t: Messages, text: string, id: string) {
  const length = proposalLength(text);
  const over = length - PROPOSAL_TEXT_MAX;
  return html`<p class="count ${over > 0 ? 'problem' : 'hint'}" id=${id}>
    ${t.scribe.characters(length, PROPOSAL_TEXT_MAX)}${over > 0 ? html` — ${t.scribe.tooLongBy(over)}` : ''}
  </p>`;
}
