import { html, nothing, type TemplateResult } from 'lit';
import type { SummaryDifference } from '../../domain/export/compare-summary.ts';
import type { MissingReference } from '../../domain/references.ts';
import type { IgnoredRecord, VerificationReport } from '../../domain/verification.ts';
import type { Messages } from '../../i18n/en.ts';
import type { VerifyWords } from '../../i18n/en/verify-page.ts';

type Reasons = Messages['sync']['diagnostics']['reasons'];

/** What the report found, section by section, each finding saying where in the file; rendered inside cdw-verify-report. */
export function renderFindings(report: VerificationReport, v: VerifyWords, reasons: Reasons): TemplateResult {
  const authorName = authorNames(report, v.facilitator);
  return html`<h3>${v.ignoredHeading}</h3>
    ${section(report.ignored, v.noneIgnored, v.ignoredIntro, 'ignored', (i) => ignoredItem(i, v, reasons, authorName))}
    <h3>${v.differencesHeading}</h3>
    ${section(report.differences, v.noDifferences, v.differencesIntro, 'differences', (d) => differenceItem(d, v))}
    <h3>${v.missingHeading}</h3>
    ${section(report.missing, v.noneMissing, v.missingIntro, 'missing', (m) => missingItem(m, v, authorName))}`;
}

function section<T>(items: readonly T[], none: string, intro: (n: number) => string, name: string, item: (x: T) => TemplateResult) {
  if (!items.length) return html`<p>${none}</p>`;
  return html`<p id="${name}-intro">${intro(items.length)}</p>
    <ol class="findings" aria-labelledby="${name}-intro">
      ${items.map((x) => html`<li>${item(x)}</li>`)}
    </ol>`;
}

/** A group's label for its actor id; the facilitator's own word; otherwise the id itself. */
function authorNames(report: VerificationReport, facilitator: string): (author: string) => TemplateResult {
  const groups = new Map(report.groups.map((g) => [g.group, `${g.symbol} ${g.number} ${g.name}`]));
  const ruling = report.origin.kind === 'link' ? report.origin.recordsFacilitator : report.origin.facilitator;
  return (author) => {
    const name = groups.get(author);
    if (name) return html`<bdi>${name}</bdi>`;
    return author === ruling ? html`${facilitator}` : html`<code>${author}</code>`;
  };
}

/** A value from the file or the records, short enough for one line; `nothing` where that side has none. */
function quote(value: unknown, nothingWord: string): TemplateResult {
  if (value === undefined) return html`<em>${nothingWord}</em>`;
  const text = JSON.stringify(value);
  return html`<code>${text.length > 160 ? `${text.slice(0, 157)}…` : text}</code>`;
}

function ignoredItem(i: IgnoredRecord, v: VerifyWords, reasons: Reasons, authorName: (author: string) => TemplateResult) {
  const reason = i.reason === 'session-locked' ? v.sessionLocked : reasons[i.reason];
  return html`<strong>${v.recordAt(i.position + 1)}</strong>
    ${i.id ? html` <code>${i.id}</code>` : nothing}${i.kind ? html` (<code>${i.kind}</code>)` : nothing}${i.author
      ? html` — ${authorName(i.author)}`
      : nothing}
    <br /><span class="stage ${i.stage}">${v.stages[i.stage]}</span>: ${reason.name}. ${reason.explain}${i.detail
      ? html` ${v.field}: <code>${i.detail}</code>.`
      : nothing}`;
}

/** Where in the summary a difference stands: the session, an item of a list, or a list as a whole. */
function placeOf(d: SummaryDifference, t: VerifyWords, onlyInFile: boolean): TemplateResult {
  const rank = d.rank === null ? '?' : String(d.rank);
  if (d.section === 'session') return html`${t.session}`;
  if (!d.id) return html`${t.lists[d.section]}`;
  const item =
    d.section === 'proposals' ? (onlyInFile ? t.proposalFileRanks(rank) : t.proposalRanked(rank)) : d.section === 'groups' ? t.groupItem : t.notAdmittedItem;
  return html`${item} <code>${d.id}</code>`;
}

function differenceItem(d: SummaryDifference, v: VerifyWords) {
  const onlyInFile = d.field === '' && d.recomputed === undefined;
  const leftOut = d.field === '' && d.exported === undefined;
  const where = html`<strong>${placeOf(d, v, onlyInFile)}</strong>`;
  if (onlyInFile) return html`${where}: ${v.onlyInFile}<br />${v.inFile}: ${quote(d.exported, v.nothing)}`;
  if (leftOut) return html`${where}: ${v.leftOut}<br />${v.fromRecords}: ${quote(d.recomputed, v.nothing)}`;
  return html`${where}, ${v.field.toLowerCase()} ${d.field ? html`<code>${d.field}</code>` : v.wholeItem}
    <dl>
      <dt>${v.inFile}</dt>
      <dd>${quote(d.exported, v.nothing)}</dd>
      <dt>${v.fromRecords}</dt>
      <dd>${quote(d.recomputed, v.nothing)}</dd>
    </dl>`;
}

function missingItem(m: MissingReference, v: VerifyWords, authorName: (author: string) => TemplateResult) {
  return html`${v.missing(m.by, m.field, m.missing)} (<code>${m.kind}</code> — ${authorName(m.author)})`;
}
