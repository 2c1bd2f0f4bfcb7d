// The verifier's report in plain English, for `npm run verify`; the app's page words the same data in four languages.
import type { SummaryDifference } from '../src/domain/export/compare-summary.ts';
import type { MissingReference } from '../src/domain/references.ts';
import type { IgnoredRecord, OriginCheck, Undetectable, VerificationReport } from '../src/domain/verification.ts';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** A value from the file or the records, short enough for one line; `nothing` where that side has none. */
function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

const REASONS: Record<IgnoredRecord['reason'], string> = {
  'not-an-object': 'it is not a record',
  'unknown-version': 'its format version is unknown',
  'unknown-kind': 'its kind is unknown',
  'bad-field': 'a field is malformed',
  'text-length': 'a text is empty or too long',
  'duplicate-id': 'it repeats the id of an earlier record (a copy)',
  'duplicate-session': 'a second session record by the facilitator',
  'duplicate-join': 'the group had already joined',
  'unknown-author': 'no key in the file signed it: its group’s join is missing, or a stranger wrote it',
  'unknown-proposal': 'it edits a proposal the records do not hold',
  'unknown-revision': 'it names a revision the records do not hold',
  'parent-not-in-proposal': 'it edits a revision of another proposal',
  'bad-signature': 'its signature does not hold: altered, forged, or signed for another session',
  'not-facilitator': 'a facilitator’s action by someone who does not facilitate this session',
  'other-session': 'a session record of another facilitator',
  'group-removed': 'its group was removed by the facilitator',
  'unknown-group': 'it names a group that never joined',
  unreadable: 'it could not be read',
  'session-locked': 'the session was locked when it was written',
};

const UNDETECTABLE: Record<Undetectable, string> = {
  'no-link': 'Without the view link, a whole session made up under a new facilitator key would pass: give the link to check whose session this is.',
  'unreferenced-removal':
    'A record nothing else names (an endorsement, a withdrawal, a translation, a lock, the latest edit of a proposal…) removed, with the summary edited to match.',
  'added-group': 'A group added afterwards by someone who knows the room id, with its own new key and records, and the summary edited to match.',
  'late-records': 'Records a group or the facilitator signed after the session with their own keys, dated to look earlier.',
  'export-time': 'When the file was exported: that date is not signed.',
};

function origin(o: OriginCheck): string[] {
  if (o.kind === 'self-consistency') {
    return [
      `No view link given: this checks the file against itself only (self-consistency), for room ${o.room ?? '(none named)'}.`,
    ];
  }
  const lines = [`Checked against the view link: room ${o.room}${o.facilitator ? `, facilitator ${o.facilitator}` : ' (the link names no facilitator)'}.`];
  lines.push(o.roomMatches ? 'The file names the same room.' : `The file names another room: ${o.exportedRoom ?? '(none)'}. Its signatures do not hold for the link’s room.`);
  if (o.facilitatorMatches === true) lines.push('The session record is signed by the facilitator the link names.');
  if (o.facilitatorMatches === false) {
    lines.push(`The link’s facilitator has no session record in this file; the records’ session is by ${o.recordsFacilitator ?? 'nobody (no authentic session record)'}.`);
  }
  return lines;
}

function ignoredLine(i: IgnoredRecord): string {
  const what = `record ${i.position + 1}${i.id ? ` (id ${i.id}${i.kind ? `, ${i.kind}` : ''}${i.author ? ` by ${i.author}` : ''})` : ''}`;
  return `  ${what}: ${REASONS[i.reason]}${i.detail ? ` (field ${i.detail})` : ''}.`;
}

function differenceLine(d: SummaryDifference): string {
  const onlyInFile = d.field === '' && d.recomputed === undefined;
  const where =
    d.section === 'session'
      ? 'the session'
      : d.section === 'proposals' && d.id
        ? `proposal ${onlyInFile ? 'the file ranks' : 'ranked'} ${d.rank ?? '?'} (id ${d.id})`
        : d.id
          ? `${d.section === 'groups' ? 'group' : 'add not admitted'} ${d.id}`
          : `the list of ${d.section === 'notAdmitted' ? 'adds not admitted' : d.section}`;
  if (onlyInFile) return `  ${where}: in the file, but the records give no such item: ${quote(d.exported)}.`;
  if (d.field === '' && d.exported === undefined) return `  ${where}: the records give it, the file leaves it out: ${quote(d.recomputed)}.`;
  return `  ${where}, ${d.field || 'the whole item'}: the file says ${quote(d.exported)}, the records give ${quote(d.recomputed)}.`;
}

const missingLine = (m: MissingReference): string =>
  `  record ${m.by} (${m.kind} by ${m.author}) names ${m.field} ${m.missing}, which the file does not hold: removed, or never written.`;

const PROOF_PROBLEMS: Record<string, string> = {
  'no-proof': 'it carries no proof',
  'malformed-proof': 'its proof holds something that is no record',
  'bad-signature': 'a record of its proof is not what its author signed for the source room',
  'not-source-facilitator': 'its proof holds no session record by the source’s facilitator',
  'proposal-missing': 'its proof does not give the source proposal',
  'text-differs': 'its text is not the source proposal’s final text',
  'translation-differs': 'a translation it carries is not the source’s current one',
  'count-differs': 'its endorsement count is not what the source’s endorsements give',
};

/** A convergence session's candidates against their source sessions' signed records; nothing for other sessions. */
function provenanceLines({ provenance: p }: VerificationReport): string[] {
  if (p.candidates === 0) return [];
  const lines = ['', `Provenance: ${p.verified} of ${plural(p.candidates, 'candidate')} verified against their source sessions’ signed records (ranks as claimed: only the source export proves them, see --source).`];
  if (p.countAsClaimed.length) lines.push(`  endorsement counts as claimed, not proven (left out of a large proof): ${p.countAsClaimed.join(', ')}`);
  for (const n of p.notVerified) lines.push(`  candidate ${n.candidate} does not verify: ${PROOF_PROBLEMS[n.problem] ?? n.problem}.`);
  return lines;
}

/** Every line of the report, from what it checked to what it cannot check, ending with the verdict. */
export function reportLines(report: VerificationReport): string[] {
  const lines = [...origin(report.origin), ''];
  lines.push(`Records: ${report.records.total} in the file, ${report.records.authentic} authentic.`);
  for (const g of report.groups) lines.push(`  ${g.symbol} ${g.number} ${g.name}${g.venue ? ` (${g.venue})` : ''}: ${plural(g.records, 'record')}`);
  for (const v of report.venues) lines.push(`  venue ${v.venue || '(none named)'}: ${plural(v.groups, 'group')}, ${plural(v.records, 'record')}`);
  lines.push(`  the facilitator: ${plural(report.facilitatorRecords, 'record')}`);
  if (report.otherRecords) lines.push(`  others, no part of this session: ${plural(report.otherRecords, 'record')}`);
  lines.push('', report.ignored.length ? `Ignored, as the app ignores them (${report.ignored.length}):` : 'No record was ignored.');
  lines.push(...report.ignored.map(ignoredLine));
  lines.push('', report.differences.length ? `The summary differs from what the records give (${report.differences.length}):` : 'The summary (title, groups, ranking, texts, counts, endorsers, revisions, translations) matches the records.');
  lines.push(...report.differences.map(differenceLine));
  lines.push('', report.missing.length ? `Records named but missing (${report.missing.length}):` : 'No record names a record the file lacks.');
  lines.push(...report.missing.map(missingLine));
  lines.push(...provenanceLines(report));
  lines.push('', 'What this check cannot detect:', ...report.undetectable.map((u) => `  - ${UNDETECTABLE[u]}`), '');
  lines.push(report.verified ? 'VERIFIED: the result is what the authentic records give.' : 'NOT VERIFIED: the file was altered, holds inauthentic records, or is not the linked session’s (see above).');
  const unproven = report.provenance.notVerified.length;
  if (unproven) lines.push(`PROVENANCE NOT VERIFIED: ${plural(unproven, 'candidate')} of this session ${unproven === 1 ? 'does' : 'do'} not verify against their sources (see above).`);
  return lines;
}
