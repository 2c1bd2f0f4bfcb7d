import { css } from 'lit';

/** The candidates panel is fetched only in a convergence session, once it has candidates: not before first paint. */
export const loadCandidateList = (): Promise<unknown> => import('./candidate-list.ts');

/** The scribe screen's layout with candidates: a side column when there is room, else under the document. */
export const convergenceLayout = css`
  @media (min-width: 75rem) {
    .converging {
      display: grid;
      grid-template-columns: minmax(0, 52rem) minmax(22rem, 1fr);
      gap: 2rem;
      align-items: start;
    }
    /* Kept in sight beside a long document, under the sticky bar; it scrolls on its own. */
    cdw-candidate-list {
      position: sticky;
      top: 3.5rem;
      max-height: calc(100vh - 4rem);
      overflow-y: auto;
    }
  }
`;
