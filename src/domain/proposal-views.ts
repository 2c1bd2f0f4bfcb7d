import { freeze, lastWhere, type ProposalState, type RevisionState } from './proposal-state.ts';
import type { LanguageTag } from './records.ts';
import type { ProposalTranslation, ProposalView, RevisionView, TranslationNeed } from './view.ts';

/** The proposal as shown at `rank`; the cached view when nothing changed, so unchanged proposals keep their identity. */
export function proposalView(proposal: ProposalState, rank: number): ProposalView {
  if (proposal.cached && proposal.cached.rank === rank) return proposal.cached;
  const revisions = (proposal.cachedRevisions ??= freeze(proposal.revisions.map(revisionView)));
  // The newest revision, unless a hide made the proposal fall back to an earlier one.
  const current = revisions[proposal.revisions.indexOf(proposal.current)]!;
  const view: ProposalView = freeze({
    id: proposal.id,
    rank,
    admittedNumber: proposal.admittedNumber,
    current,
    endorsements: current.endorsers.length,
    revisions,
    translations: translationsOf(proposal),
    from: [],
  });
  proposal.cached = view;
  return view;
}

/** Current revisions lacking a translation, or with an outdated one, per working language (not their own). */
export function translationNeeds(proposals: readonly ProposalView[], languages: readonly LanguageTag[]): TranslationNeed[] {
  const needs: TranslationNeed[] = [];
  for (const lang of languages) {
    for (const proposal of proposals) {
      if (proposal.current.lang === lang) continue;
      const translation = proposal.translations.find((t) => t.lang === lang);
      if (translation && !translation.outdated) continue;
      needs.push({ lang, proposal: proposal.id, revision: proposal.current.id, reason: translation ? 'outdated' : 'missing' });
    }
  }
  return needs;
}

/** Per language: the latest translation of the current revision, else the latest one of an older revision (outdated). */
function translationsOf(proposal: ProposalState): readonly ProposalTranslation[] {
  // A translation of a hidden revision repeats the abuse in another language: it goes too.
  const hidden = new Set(proposal.revisions.filter((r) => r.hidden).map((r) => r.id));
  const languages = [...proposal.translations.keys()].sort();
  const shown = languages
    .map((lang) => [lang, proposal.translations.get(lang)!.filter((t) => !hidden.has(t.revision))] as const)
    .filter(([, history]) => history.length > 0);
  return freeze(
    shown.map(([lang, history]) => {
      const ofCurrent = lastWhere(history, (t) => t.revision === proposal.current.id);
      const current = ofCurrent ?? history[history.length - 1]!;
      return freeze({ lang, current, outdated: !ofCurrent, history: freeze([...history]) });
    }),
  );
}

function revisionView(revision: RevisionState): RevisionView {
  if (revision.cached) return revision.cached;
  const view: RevisionView = freeze({
    id: revision.id,
    proposal: revision.proposal,
    number: revision.number,
    author: revision.author,
    parent: revision.parent,
    text: revision.hidden ? '' : revision.text,
    hidden: revision.hidden,
    lang: revision.lang,
    hlc: revision.hlc,
    endorsers: freeze([...revision.endorsers]),
    supersededBy: revision.supersededBy,
    supersededConcurrently: revision.supersededConcurrently,
    cites: revision.cites,
  });
  revision.cached = view;
  return view;
}
