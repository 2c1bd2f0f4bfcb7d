import type { LanguageTag } from './records.ts';
import { resemblanceOf, trigramProfile, type Trigram, type TrigramProfile } from './trigrams.ts';
import type { ProposalView } from './view.ts';

/**
 * Chosen from examples in es, en, fr, pt and Arabic (test/domain/similar.test.ts): paraphrases of one idea
 * score 0.51 to 0.83; different ideas sharing a phrase ("… on Sundays") 0.41 to 0.47, unrelated ones below 0.3.
 */
export const SIMILAR_THRESHOLD = 0.5;
export const SIMILAR_MAX = 3;
/** Fewer letters than this ("Bus", "Free") would resemble half the proposals. */
export const DRAFT_MIN_LETTERS = 8;

export interface SimilarOptions {
  threshold?: number;
  max?: number;
}

export interface SimilarProposal {
  proposal: ProposalView;
  score: number;
  /** null when the proposal's own text resembled the draft most, else the language of the translation that did. */
  lang: LanguageTag | null;
}

interface IndexedText {
  proposal: ProposalView;
  lang: LanguageTag | null;
  profile: TrigramProfile;
}

/** The current proposals' texts and translations, profiled once per view, so a keystroke profiles only the draft. */
export interface SimilarityIndex {
  texts: readonly IndexedText[];
  /** Profiles by text, for the next view to reuse: most texts do not change between two views. */
  profiles: ReadonlyMap<string, TrigramProfile>;
  /** Which texts hold each trigram, and how often (text index, count, …): a keystroke looks each up once. */
  holders: ReadonlyMap<Trigram, readonly number[]>;
}

export function similarityIndex(proposals: readonly ProposalView[], previous?: SimilarityIndex): SimilarityIndex {
  const profiles = new Map<string, TrigramProfile>();
  const texts: IndexedText[] = [];
  const index = (proposal: ProposalView, lang: LanguageTag | null, text: string) => {
    // A hidden revision's text is empty: nothing to resemble.
    if (text === '') return;
    const profile = profiles.get(text) ?? previous?.profiles.get(text) ?? trigramProfile(text);
    profiles.set(text, profile);
    texts.push({ proposal, lang, profile });
  };
  for (const proposal of proposals) {
    index(proposal, null, proposal.current.text);
    for (const translation of proposal.translations) index(proposal, translation.lang, translation.current.text);
  }
  const holders = new Map<Trigram, number[]>();
  texts.forEach(({ profile }, at) => {
    for (const [trigram, count] of profile.counts) {
      const list = holders.get(trigram);
      if (list) list.push(at, count);
      else holders.set(trigram, [at, count]);
    }
  });
  return { texts, profiles, holders };
}

/**
 * The current proposals a draft most resembles, best first, at most `max` of them, each once (by its best text);
 * equal scores in the workshop's order, so every tab shows the same. Nothing for a draft of a word or two.
 */
export function similarProposals(draft: string, index: SimilarityIndex, options: SimilarOptions = {}): SimilarProposal[] {
  const { threshold = SIMILAR_THRESHOLD, max = SIMILAR_MAX } = options;
  const profile = trigramProfile(draft);
  if (profile.letters < DRAFT_MIN_LETTERS) return [];
  const shared = new Array<number>(index.texts.length).fill(0);
  for (const [trigram, count] of profile.counts) {
    const list = index.holders.get(trigram);
    if (list) for (let i = 0; i < list.length; i += 2) shared[list[i]!]! += Math.min(count, list[i + 1]!);
  }
  const best = new Map<string, SimilarProposal>();
  index.texts.forEach(({ proposal, lang, profile: text }, at) => {
    const score = resemblanceOf(shared[at]!, profile.size, text.size);
    // Strictly better only: the proposal's own text, indexed first, wins a tie with its translations.
    if (score >= threshold && score > (best.get(proposal.id)?.score ?? -1)) best.set(proposal.id, { proposal, score, lang });
  });
  return [...best.values()].sort((a, b) => b.score - a.score || a.proposal.rank - b.proposal.rank).slice(0, max);
}
