import type { LanguageTag } from './records.ts';
import type { ProposalView } from './view.ts';

/** What one column of a projected proposal holds. */
export type ProjectedText =
  /** The text as written; `marked` when it stands in a column of another language, so its tag shows. */
  | { kind: 'original'; text: string; lang: LanguageTag | null; marked: boolean }
  /** A translation; `outdated` when it translates an older version. */
  | { kind: 'translation'; text: string; lang: LanguageTag; outdated: boolean }
  /** No translation, and the original already stands in another column: shown once is enough. */
  | { kind: 'missing'; lang: LanguageTag }
  /** The facilitator hid this version (a replay at a moment before the hide): no text at all. */
  | { kind: 'hidden' };

/**
 * One entry per shown language (none shown: the original alone). A column shows the original when it is
 * its language, else its translation (outdated or not), else the original, tagged, in the first such column.
 */
export function projectedTexts(proposal: ProposalView, shown: readonly LanguageTag[]): ProjectedText[] {
  const { text, lang } = proposal.current;
  if (proposal.current.hidden) return [{ kind: 'hidden' }];
  if (shown.length === 0) return [{ kind: 'original', text, lang, marked: false }];
  let originalShown = lang !== null && shown.includes(lang);
  return shown.map((column): ProjectedText => {
    if (column === lang) return { kind: 'original', text, lang, marked: false };
    const translation = proposal.translations.find((t) => t.lang === column);
    if (translation) return { kind: 'translation', text: translation.current.text, lang: column, outdated: translation.outdated };
    if (originalShown) return { kind: 'missing', lang: column };
    originalShown = true;
    return { kind: 'original', text, lang, marked: lang !== null };
  });
}
