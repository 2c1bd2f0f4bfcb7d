import type { LanguageTag } from './records.ts';
import type { ProposalView } from './view.ts';

/** The working languages a proposal can be translated into: all but the one it is written in. */
export function translationLanguages(proposal: ProposalView, working: readonly LanguageTag[]): LanguageTag[] {
  return working.filter((lang) => lang !== proposal.current.lang);
}

/** Where a translator most likely starts: the page's language, else the first one lacking an up-to-date translation. */
export function likelyTarget(proposal: ProposalView, candidates: readonly LanguageTag[], reader: LanguageTag): LanguageTag {
  if (candidates.includes(reader)) return reader;
  const lacking = candidates.find((lang) => !proposal.translations.some((t) => t.lang === lang && !t.outdated));
  return lacking ?? candidates[0] ?? reader;
}
