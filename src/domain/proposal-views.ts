import { fromIds, NO_CANDIDATES, type CandidateLookup } from './candidate-book.ts';
import { freeze, lastWhere, type ProposalState, type RevisionState } from './proposal-state.ts';
import type { LanguageTag } from './records.ts';
import type { CandidateView, ProposalTranslation, ProposalView, RevisionView, TranslationNeed } from './view.ts';

/** The proposal as shown at `rank`; the cached view when nothing changed, so unchanged proposals keep their identity. */
export function proposalView(proposal: ProposalState, rank: number, candidates: CandidateLookup = NO_CANDIDATES): ProposalView {
  const from = fromIds(proposal, candidates).map((id) => candidates.get(id)).filter((c): c is CandidateView => c !== undefined);
  const cached = proposal.cached;
  if (cached && cached.rank === rank && cached.from.length === from.length && cached.from.every((c, i) => c === from[i])) return cached;
  const revisions = (proposal.cachedRevisions ??= freeze(proposal.revisions.map((r) => revisionView(r, candidates))));
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
    from: freeze(from),
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

function revisionView(revision: RevisionState, candidates: Pick<CandidateLookup, 'has'>): RevisionView {
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
    cites: freeze(revision.cited.filter((id) => candidates.has(id))),
  });
  revision.cached = view;
  return view;
}
