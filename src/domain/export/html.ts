import { venueConsensus } from '../venues.ts';
import type { ProposalView, WorkshopView } from '../view.ts';
import { VERIFY_COMMAND, type ExportLabels } from './labels.ts';
import { backingText, formatUtc, groupLabel, hiddenVersions, provenanceText, venuesOf } from './participants.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A proposal's text in its own language, its direction read from the text (right-to-left proposals too). */
function proposalText(proposal: ProposalView): string {
  const lang = proposal.current.lang ? ` lang="${escapeHtml(proposal.current.lang)}"` : '';
  return `<span${lang} dir="auto">${escapeHtml(proposal.current.text)}</span>`;
}

/** User text becomes text, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111}
ol li{margin:.6rem 0;white-space:pre-wrap}.count,.hidden,.venues,.from{color:#444;font-size:.9em;white-space:normal}.translation,.hidden{font-style:italic}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .5rem;text-align:start}`;

/** The current document as one self-contained HTML page, to publish or archive as it is. */
export function toHtml(view: WorkshopView, exportedAt: number, labels: ExportLabels, lang = 'en', dir: 'ltr' | 'rtl' = 'ltr'): string {
  const groupsById = new Map(view.groups.map((g) => [g.id, g]));
  const title = escapeHtml(view.title ?? labels.untitled);
  const venues = venuesOf(view);
  // With two venues or more, each proposal says which back it, and the second order follows the first.
  const consensus = venueConsensus(view);
  const backing = (i: number) =>
    consensus ? `<br><span class="venues">${backingText(consensus.backing[i]!, consensus.total, labels, escapeHtml)}</span>` : '';
  const items = view.proposals.map((proposal, i) => {
    const endorsers = proposal.current.endorsers.map((id) => groupsById.get(id)).filter((g) => g !== undefined);
    const by = endorsers.length ? ` — ${escapeHtml(labels.endorsedBy)}: ${endorsers.map((g) => escapeHtml(groupLabel(g))).join(', ')}` : '';
    const translations = proposal.translations.map(
      ({ lang, current, outdated }) =>
        `<br><span class="translation" lang="${escapeHtml(lang)}" dir="auto">[${escapeHtml(lang)}${outdated ? `, ${escapeHtml(labels.outdated)}` : ''}] ${escapeHtml(current.text)}</span>`,
    );
    // A hidden version is counted, never quoted (R10).
    const hidden = hiddenVersions(proposal);
    const hiddenNote = hidden ? `<br><span class="hidden">${escapeHtml(labels.hiddenVersions(hidden))}</span>` : '';
    const from = provenanceText(proposal, labels);
    const fromNote = from ? `<br><span class="from">${escapeHtml(from)}</span>` : '';
    return `<li>${proposalText(proposal)}${translations.join('')}<br><span class="count">${escapeHtml(labels.endorsements(proposal.endorsements))}${by}</span>${fromNote}${backing(i)}${hiddenNote}</li>`;
  });
  const across = consensus
    ? `<h2>${escapeHtml(labels.acrossVenues)}</h2><p>${escapeHtml(labels.acrossVenuesIntro)}</p><ol class="across">${consensus.across
        .map(
          (b) =>
            `<li>${proposalText(b.proposal)}<br><span class="venues">${backingText(b, consensus.total, labels, escapeHtml)} — ${escapeHtml(labels.workshopRank(b.proposal.rank))}</span></li>`,
        )
        .join('')}</ol>`
    : '';
  const rows = view.groups.map(
    (g) => `<tr><td>${escapeHtml(`${g.symbol} ${g.number}`)}</td><td>${escapeHtml(g.name)}</td><td>${escapeHtml(g.venue)}</td></tr>`,
  );
  return [
    `<!doctype html><html lang="${escapeHtml(lang)}"${dir === 'rtl' ? ' dir="rtl"' : ''}><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${STYLE}</style></head><body>`,
    `<h1>${title}</h1>`,
    `<p>${escapeHtml(labels.exportedAt)}: ${escapeHtml(formatUtc(exportedAt))}${venues.length ? `<br>${escapeHtml(labels.venues)}: ${venues.map(escapeHtml).join(', ')}` : ''}${consensus ? `<br><span class="rule">${escapeHtml(labels.venueRule)}</span>` : ''}</p>`,
    `<h2>${escapeHtml(labels.proposals)}</h2><ol>${items.join('')}</ol>`,
    view.notAdmitted.length ? `<p>${escapeHtml(labels.notAdmitted(view.notAdmitted.length))}</p>` : '',
    across,
    `<h2>${escapeHtml(labels.groups)}</h2><table><thead><tr><th>#</th><th>${escapeHtml(labels.group)}</th><th>${escapeHtml(labels.venue)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    `<p class="verify">${escapeHtml(labels.verifyHint)} <code>${escapeHtml(VERIFY_COMMAND)}</code></p>`,
    '</body></html>\n',
  ].join('\n');
}
