import { css, html } from 'lit';
import type { CandidateWords } from '../../i18n/en/candidates.ts';
import type { SourceReading } from './convergence-port.ts';

/** One source as the list shows it: its title, its proposals, its verdict; `pending` until it is read. */
export function sourceLine(name: string, reading: SourceReading | null, t: CandidateWords, pending: string) {
  if (!reading) return html`<p class="source"><bdi>${name}</bdi> · <span class="muted">${pending}</span></p>`;
  if (!reading.ok) return html`<p class="source not-verified">⚠ ${t.unreadable(name)}</p>`;
  return html`<p class="source">
    <strong><bdi>${reading.title}</bdi></strong> · ${t.proposals(reading.proposals)} ·
    ${reading.verified
      ? html`<span class="verified">✓ ${t.verified}</span>`
      : html`<span class="not-verified">⚠ ${t.notVerified}${reading.problem ? `: ${reading.problem}` : ''}</span>`}
  </p>`;
}

export const sourceStyles = css`
  .source {
    margin: 0.3rem 0;
    overflow-wrap: anywhere;
  }
  .muted {
    color: var(--muted);
  }
  .verified {
    color: var(--ok);
    font-weight: 700;
  }
  .not-verified {
    color: var(--danger);
    font-weight: 700;
  }
`;
