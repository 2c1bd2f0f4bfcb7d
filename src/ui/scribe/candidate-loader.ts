/** The candidates panel is fetched only in a convergence session, once it has candidates: not before first paint. */
export const loadCandidateList = (): Promise<unknown> => import('./candidate-list.ts');
