import { css, html, nothing } from 'lit';
import type { LanguageTag } from '../../domain/records.ts';
import { textLength } from '../../domain/text.ts';
import type { ProposalView } from '../../domain/view.ts';
import type { Messages } from '../../i18n/en.ts';
import { lengthFactorOf } from '../shared/fit-text.ts';
import { originalMark } from '../shared/language-mark.ts';
import { projectedTexts, type ProjectedText } from '../../domain/projection-texts.ts';

/**
 * A proposal's text on the projector in the shown language(s): one paragraph `.text`, or two side by side.
 * Paragraphs stay on one line of template: `.text` keeps white space as written.
 */
export function projectedText(proposal: ProposalView, shown: readonly LanguageTag[], t: Messages, reader: string) {
  const columns = projectedTexts(proposal, shown).map((entry) => column(entry, t, reader));
  return columns.length > 1 ? html`<div class="texts">${columns}</div>` : columns[0];
}

/** Long texts are set smaller; two half-width columns count as one text twice as long. */
export function projectedLengthFactor(proposal: ProposalView, shown: readonly LanguageTag[]): number {
  const columns = projectedTexts(proposal, shown);
  const longest = Math.max(...columns.map((entry) => (entry.kind === 'missing' || entry.kind === 'hidden' ? 0 : textLength(entry.text))));
  return lengthFactorOf(longest * columns.length);
}

function column(entry: ProjectedText, t: Messages, reader: string) {
  if (entry.kind === 'missing') return html`<p class="text missing">${t.translations.missing}</p>`;
  if (entry.kind === 'hidden') return html`<p class="text missing">${t.trust.hidden}</p>`;
  const mark =
    entry.kind === 'original'
      ? entry.marked && entry.lang
        ? originalMark(entry.lang, t, reader)
        : nothing
      : entry.outdated
        ? html` <span class="mark outdated" lang=${reader}>${t.translations.outdatedShort}</span>`
        : nothing;
  return html`<p class="text" lang=${entry.lang ?? nothing} dir="auto">${entry.text}${mark}</p>`;
}

/** Added to the projector's styles: the two columns, the discreet tags, the placeholder. */
export const projectedTextStyles = css`
  .texts {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 1.6vw;
    align-items: start;
  }
  .texts > .text + .text {
    border-inline-start: 2px solid #3a4358;
    padding-inline-start: 1.6vw;
  }
  .mark {
    display: inline-block;
    font-size: max(0.55em, 0.7rem);
    font-weight: 700;
    font-style: normal;
    letter-spacing: 0.04em;
    line-height: 1.3;
    padding: 0 0.35em;
    border: 1px solid currentColor;
    border-radius: 0.3em;
    color: var(--muted);
    vertical-align: 0.15em;
    white-space: nowrap;
  }
  .mark.outdated {
    border-style: dashed;
    font-weight: 600;
  }
  .text.missing {
    color: var(--muted);
    font-style: italic;
    font-size: max(0.6em, 0.8rem);
  }
  @media (max-width: 49.99rem) {
    .texts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.4rem;
    }
    .texts > .text + .text {
      border-inline-start: 0;
      padding-inline-start: 0;
      border-top: 1px solid #3a4358;
      padding-top: 0.4rem;
    }
  }
`;
