import { css, html } from 'lit';
import type { CandidateWords } from '../../i18n/en/candidates.ts';
import type { CandidateVerdict } from './candidate-core.ts';

/** Whether a candidate's source verifies, as a mark that says so in words, never by colour alone. */
export function verdictBadge(verdict: CandidateVerdict | null | undefined, t: CandidateWords) {
  if (!verdict) return html`<span class="badge checking">${t.checking}</span>`;
  if (verdict.holds) return html`<span class="badge verified">✓ ${t.verified}</span>`;
  return html`<span class="badge not-verified" title=${verdict.problem ?? ''}>⚠ ${t.notVerified}</span>`;
}

/** The verdict marks and the explicit confirmation an unverified candidate needs, for the item and the merge form. */
export const candidateStyles = css`
  .badge {
    font-weight: 700;
    font-size: 0.88rem;
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--line-strong);
  }
  .badge.verified {
    color: var(--ok);
    border-color: var(--ok);
  }
  .badge.not-verified {
    color: var(--danger);
    border-color: var(--danger);
    background: var(--paper);
  }
  label.confirm {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    font-weight: 600;
    color: var(--danger);
  }
  label.confirm input {
    width: auto;
    min-width: 1.25rem;
    min-height: 1.25rem;
    margin-block-start: 0.2rem;
  }
`;
