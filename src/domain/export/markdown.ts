import { venueConsensus } from '../venues.ts';
import type { WorkshopView } from '../view.ts';
import { VERIFY_COMMAND, type ExportLabels } from './labels.ts';
import { backingText, formatUtc, groupLabel, hiddenVersions, provenanceText, venuesOf } from './participants.ts';

/**
 * Backslash-escapes what Markdown could read as syntax, so no markup is ever interpreted: inline
 * marks and HTML everywhere, list and heading markers at the start of a line. With brackets
 * escaped no link can form, so parentheses and dots elsewhere stay readable.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Keeps a multi-line text inside its list item: hard line breaks, continuation lines indented. */
const inListItem = (text: string): string => escapeMarkdown(text).split(/\r?\n/).join('  \n   ');

/** The current document as Markdown: title, date, venues, proposals in projected order, groups. */
export function toMarkdown(view: WorkshopView, exportedAt: number, labels: ExportLabels): string {
  const groupsById = new Map(view.groups.map((g) => [g.id, g]));
  const venues = venuesOf(view);
  // With two venues or more, each proposal says which back it, and the second order follows the first.
  const consensus = venueConsensus(view);
  const lines = [`# ${escapeMarkdown(view.title ?? labels.untitled)}`, ''];
  lines.push(`${labels.exportedAt}: ${formatUtc(exportedAt)}  `);
  if (venues.length) lines.push(`${labels.venues}: ${venues.map(escapeMarkdown).join(', ')}`);
  if (consensus) lines.push('', `*${labels.venueRule}*`);
  lines.push('', `## ${labels.proposals}`, '');
  for (const [i, proposal] of view.proposals.entries()) {
    const endorsers = proposal.current.endorsers.map((id) => groupsById.get(id)).filter((g) => g !== undefined);
    lines.push(`${proposal.rank}. ${inListItem(proposal.current.text)}  `);
    for (const { lang, current, outdated } of proposal.translations) {
      lines.push(`   *[${lang}${outdated ? `, ${labels.outdated}` : ''}]* ${inListItem(current.text)}  `);
    }
    const count = `   *${labels.endorsements(proposal.endorsements)}*${endorsers.length ? ` — ${labels.endorsedBy}: ${endorsers.map((g) => escapeMarkdown(groupLabel(g))).join(', ')}` : ''}`;
    // A hidden version is counted, never quoted (R10).
    const hidden = hiddenVersions(proposal);
    const notes = [count];
    const from = provenanceText(proposal, labels);
    if (from) notes.push(`   *${escapeMarkdown(from)}*`);
    if (consensus) notes.push(`   *${backingText(consensus.backing[i]!, consensus.total, labels, escapeMarkdown)}*`);
    if (hidden) notes.push(`   *${labels.hiddenVersions(hidden)}*`);
    lines.push(notes.join('  \n'));
  }
  const notAdmitted = view.notAdmitted.length;
  if (notAdmitted) lines.push('', labels.notAdmitted(notAdmitted));
  if (consensus) {
    // A table, not a second numbered list: the file's only numbered list is the workshop's order.
    lines.push('', `## ${labels.acrossVenues}`, '', labels.acrossVenuesIntro, '', `| # | ${labels.proposals} | ${labels.venues} |`, '| --- | --- | --- |');
    for (const [i, backing] of consensus.across.entries()) {
      const text = escapeMarkdown(backing.proposal.current.text).replace(/\s*\r?\n\s*/g, ' ');
      const standing = `${backingText(backing, consensus.total, labels, escapeMarkdown)} — ${labels.workshopRank(backing.proposal.rank)}`;
      lines.push(`| ${i + 1} | ${text} | ${standing} |`);
    }
  }
  lines.push('', `## ${labels.groups}`, '', `| # | ${labels.group} | ${labels.venue} |`, '| --- | --- | --- |');
  for (const group of view.groups) {
    lines.push(`| ${group.symbol} ${group.number} | ${escapeMarkdown(group.name)} | ${escapeMarkdown(group.venue)} |`);
  }
  lines.push('', `${labels.verifyHint} \`${VERIFY_COMMAND}\``);
  return `${lines.join('\n')}\n`;
}
