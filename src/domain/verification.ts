import type { SummaryDifference } from './export/compare-summary.ts';
import type { ActorId, WorkshopRecord } from './records.ts';
import type { MissingReference } from './references.ts';
import type { DiagnosticReason, WorkshopView } from './view.ts';

/**
 * What a check of an exported result found, as data: the command and the page word it in the reader's
 * language. Everything here is recomputed from the file's records and the view link, never taken from the summary.
 */
export interface VerificationReport {
  origin: OriginCheck;
  /** How many records the file carries, and how many of them hold a valid signature. */
  records: { total: number; authentic: number };
  /** Authentic records per group, in the order groups joined; then per venue. */
  groups: GroupTally[];
  venues: VenueTally[];
  /** Authentic records by the session's facilitator (or the facilitators of the rooms it continues). */
  facilitatorRecords: number;
  /** Authentic records by anyone else: a stranger's own key, valid but no part of this session. */
  otherRecords: number;
  ignored: IgnoredRecord[];
  differences: SummaryDifference[];
  missing: MissingReference[];
  /** What no check of this file can find; always said, so a clean report is not read as more than it is. */
  undetectable: Undetectable[];
  /** Nothing altered, nothing inauthentic, nothing missing, and the link (when given) names this session. */
  verified: boolean;
  /** A convergence session's candidates, each checked against its source session's signed records (its proof). */
  provenance: ProvenanceCheck;
}

export interface ProvenanceCheck {
  /** The session's authentic candidates: 0 for a session that converges nothing. */
  candidates: number;
  /** Those whose proof holds. */
  verified: number;
  /** Those whose proof holds with the endorsement count as claimed, not proven (left out of a large proof). */
  countAsClaimed: string[];
  notVerified: { candidate: string; problem: string }[];
}

/** Who the records' session belongs to: checked against the view link, or, without one, only against the file itself. */
export type OriginCheck =
  | { kind: 'self-consistency'; room: string | null; facilitator: ActorId | null }
  | {
      kind: 'link';
      /** The room and facilitator the view link names (null: a link made before records were signed). */
      room: string;
      facilitator: ActorId | null;
      /** The room the file says, and the author of the first authentic session record in it. */
      exportedRoom: string | null;
      recordsFacilitator: ActorId | null;
      roomMatches: boolean;
      /** Null when the link names no facilitator. */
      facilitatorMatches: boolean | null;
    };

export interface GroupTally {
  group: ActorId;
  number: number;
  symbol: string;
  name: string;
  venue: string;
  records: number;
}

export interface VenueTally {
  /** '' for groups that named no venue. */
  venue: string;
  groups: number;
  records: number;
}

/**
 * A record the view leaves out, and at which stage: it failed validation, its signature does not hold (or no
 * known key signed it), or a rule of the session refused it (a copy, a locked session, a missing revision…).
 */
export interface IgnoredRecord {
  stage: 'validation' | 'signature' | 'rules';
  reason: DiagnosticReason | 'session-locked';
  /** Its position in the file's `records`, from 0. */
  position: number;
  id: string | null;
  kind: string | null;
  author: ActorId | null;
  /** The field at fault, when validation says. */
  detail: string | null;
}

/** Classes of change a file cannot reveal; each is explained in words where the report is shown. */
export type Undetectable =
  /** Without a view link, a whole session made up under a new key is consistent with itself. */
  | 'no-link'
  /** A record nothing else names (an endorsement, a translation, a lock, the last edit…) removed, the summary edited to match. */
  | 'unreferenced-removal'
  /** Whoever knows the room id can make a new group's key and sign records for the room, the summary edited to match. */
  | 'added-group'
  /** A group or the facilitator can still sign records after the session, with any clock reading. */
  | 'late-records'
  /** When the file was exported: it is not signed. */
  | 'export-time';

/** Records that cannot be what an app exported: malformed (exports hold valid records only), not what their author signed, or signed by nobody the file knows. */
export const inauthentic = (ignored: readonly IgnoredRecord[]): number =>
  ignored.filter((i) => i.stage === 'signature' || i.stage === 'validation').length;

export function undetectable(origin: OriginCheck): Undetectable[] {
  const always: Undetectable[] = ['unreferenced-removal', 'added-group', 'late-records', 'export-time'];
  return origin.kind === 'link' ? always : ['no-link', ...always];
}

/** Authentic records counted by author: per group (and then venue), the facilitators, anyone else. */
export function tallyAuthentic(
  authentic: readonly WorkshopRecord[],
  view: WorkshopView,
  facilitators: ReadonlySet<ActorId>,
): Pick<VerificationReport, 'groups' | 'venues' | 'facilitatorRecords' | 'otherRecords'> {
  const byAuthor = new Map<ActorId, number>();
  for (const record of authentic) byAuthor.set(record.author, (byAuthor.get(record.author) ?? 0) + 1);
  const groups = view.groups.map((g) => ({ group: g.id, number: g.number, symbol: g.symbol, name: g.name, venue: g.venue, records: byAuthor.get(g.id) ?? 0 }));
  const venues: VenueTally[] = [];
  for (const g of groups) {
    let venue = venues.find((v) => v.venue === g.venue);
    if (!venue) venues.push((venue = { venue: g.venue, groups: 0, records: 0 }));
    venue.groups++;
    venue.records += g.records;
  }
  let facilitatorRecords = 0;
  let otherRecords = 0;
  const inGroups = new Set(groups.map((g) => g.group));
  for (const [author, count] of byAuthor) {
    if (facilitators.has(author)) facilitatorRecords += count;
    else if (!inGroups.has(author)) otherRecords += count;
  }
  return { groups, venues, facilitatorRecords, otherRecords };
}

/** Whether the view link, when given, names the room and facilitator the records belong to. */
export const originHolds = (origin: OriginCheck): boolean =>
  origin.kind === 'self-consistency' || (origin.roomMatches && origin.facilitatorMatches !== false);
