/** The resemblance of texts is fetched once a scribe starts writing, or a refused add is shown: not before first paint. */
export const loadSimilarProposals = (): Promise<unknown> => import('./similar-proposals.ts');
