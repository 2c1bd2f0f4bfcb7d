import { css, html, nothing } from 'lit';
import type { LanguageTag } from '../../domain/records.ts';
import type { CandidateView, ProposalView } from '../../domain/view.ts';
import type { CandidateWords } from '../../i18n/en/candidates.ts';
import { isolatedIn } from '../shared/isolated.ts';

export { CandidateWordsController } from '../shared/candidate-words.ts';

/*
 * A convergence session on the projector: under each proposal where it comes from, and beside the document
 * the candidates still to bring in or already brought. Loaded only for a session that has candidates.
 */

/** "from Paris · Dakar + Lyon", small and muted, under a proposal that cites candidates. */
export function provenanceLine(proposal: ProposalView, t: CandidateWords) {
  if (!proposal.from.length) return nothing;
  return html`<p class="provenance">${isolatedIn(t.from, proposal.from.map((c) => c.label).join(' + '))}</p>`;
}

/** The candidate in the language the projector shows, when it carries that translation; else as written. */
function shownText(candidate: CandidateView, shown: readonly LanguageTag[]): { text: string; lang: LanguageTag | null } {
  const wanted = shown[0];
  if (!wanted || candidate.lang === wanted) return candidate;
  const translation = candidate.translations.find((tr) => tr.lang === wanted);
  return translation ?? candidate;
}

/**
 * The compact side list: each candidate's text, label, rank and count there, and whether it was brought in. Those
 * still to bring in come first: the room reads what it can still choose, and what it chose is in the document.
 */
export function candidatePanel(candidates: readonly CandidateView[], shown: readonly LanguageTag[], c: CandidateWords) {
  const ordered = [...candidates.filter((x) => !x.usedBy.length), ...candidates.filter((x) => x.usedBy.length)];
  return html`<section class="candidates" aria-labelledby="candidates-heading">
    <h2 id="candidates-heading">${c.count(candidates.length)}</h2>
    <ul>
      ${ordered.map((candidate) => {
        const { text, lang } = shownText(candidate, shown);
        const used = candidate.usedBy.length > 0;
        return html`<li class=${used ? 'used' : ''}>
          <p class="candidate-text" lang=${lang ?? nothing} dir="auto">${text}</p>
          <p class="candidate-meta">
            ${used ? html`<strong class="brought">✓ ${c.broughtIn}</strong> · ` : ''}<bdi>${candidate.label}</bdi> ·
            <span class="there">${c.there(candidate.rank, candidate.count)}</span>
          </p>
        </li>`;
      })}
    </ul>
  </section>`;
}

export const projectorCandidateStyles = css`
  li:has(> .provenance) {
    row-gap: 0.3vh;
  }
  li .provenance {
    grid-column: 2;
    margin: 0;
    font-size: max(0.8rem, calc(var(--fit) * 1.9vh));
    line-height: 1.1;
    color: var(--muted);
    overflow-wrap: anywhere;
  }
  /* The candidates share the panel with the QR code: it gives up room, and they shrink before the controls. */
  aside.with-candidates cdw-qr-code {
    --qr-size: min(100%, 16vh);
  }
  /* Shrinks before the groups online do, down to a few candidates. */
  .candidates {
    flex: 0 100 auto;
    min-height: 18vh;
    display: flex;
    flex-direction: column;
    overflow: hidden;
    font-size: clamp(0.8rem, 1.45vh, 1.1rem);
  }
  .candidates h2 {
    margin: 0 0 0.6vh;
    font-size: clamp(0.95rem, 2vh, 1.5rem);
  }
  /* One column as tall as the room left; a candidate that does not fit whole moves to a next column, out of sight. */
  .candidates ul {
    list-style: none;
    margin: 0;
    padding: 0;
    flex: 1 1 auto;
    min-height: 0;
    overflow: hidden;
    columns: 1;
    column-fill: auto;
    column-gap: 2rem;
  }
  /* Not the document's items: none of their card, grid or fitted size. */
  .candidates li {
    position: static;
    display: block;
    font-size: inherit;
    background: none;
    border: 0;
    border-radius: 0;
    padding: 0.3vh 0.6vw;
    margin-block-end: 0.6vh;
    break-inside: avoid;
    border-inline-start: 3px solid #3a4358;
  }
  .candidates li.used {
    border-inline-start-color: var(--accent);
  }
  .candidate-text {
    margin: 0;
    line-height: 1.2;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .candidate-meta {
    margin: 0;
    color: var(--muted);
    font-size: 0.9em;
  }
  /* Wraps as a whole, so a count never stands apart from its word ("3 / endorsements"). */
  .candidate-meta .there {
    display: inline-block;
  }
  .brought {
    color: var(--accent);
  }
  @media (max-width: 49.99rem) {
    li .provenance {
      font-size: 0.85rem;
    }
    .candidates {
      margin-block: 1rem;
      font-size: 0.95rem;
    }
    .candidates ul {
      columns: auto;
    }
  }
`;
