import type { exportSummary } from './json.ts';

export type ExportSummary = ReturnType<typeof exportSummary>;

/** The parts of a JSON export's summary, as a verifier names them. */
export type SummarySection = 'session' | 'groups' | 'proposals' | 'notAdmitted';

/**
 * One place where an export's summary says something its records do not. `exported` or `recomputed` is
 * undefined when that side has nothing there (an item or a field added or left out).
 */
export interface SummaryDifference {
  section: SummarySection;
  /** The group's, proposal's or add's id; null for the session's own fields and for a list's order. */
  id: string | null;
  /** For proposals: the rank the records give it (as exported when the records have no such proposal). */
  rank: number | null;
  /**
   * A dotted path inside the item (`text`, `revisions.1.endorsers`); `order` for a list's order; '' for a whole
   * item; `acrossVenues` for the session's second order, compared whole.
   */
  field: string;
  exported: unknown;
  recomputed: unknown;
}

/** Fields that say how the file was made or what it carries, not what the records give: checked elsewhere or not at all. */
const ENVELOPE: ReadonlySet<string> = new Set(['format', 'version', 'exportedAt', 'exportedAtText', 'room', 'records']);
const LISTS = ['groups', 'proposals', 'notAdmitted'] as const;
/** Orders of ids: one difference for the whole order, as a list's own order is reported, not one per position. */
const ORDERS: ReadonlySet<string> = new Set(['acrossVenues']);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Compares an export's summary, field by field, with the summary its records give under the same rules.
 * Items of a list are matched by id, so an item moved elsewhere reads as a changed order, not as every field changed.
 */
export function compareSummary(exported: Json, recomputed: ExportSummary): SummaryDifference[] {
  // Through JSON, as the export was: undefined fields drop out and frozen views become plain data.
  const expected = JSON.parse(JSON.stringify(recomputed)) as Json;
  if (predatesVenues(exported)) forgetVenues(expected);
  forgetNoProvenance(exported, expected);
  const differences: SummaryDifference[] = [];
  const sessionKeys = new Set([...Object.keys(expected), ...Object.keys(exported)]);
  for (const key of sessionKeys) {
    if (ENVELOPE.has(key) || (LISTS as readonly string[]).includes(key)) continue;
    if (ORDERS.has(key)) {
      if (!sameValue(exported[key], expected[key])) differences.push({ section: 'session', id: null, rank: null, field: key, exported: exported[key], recomputed: expected[key] });
      continue;
    }
    compareValues(exported[key], expected[key], key, (field, e, r) =>
      differences.push({ section: 'session', id: null, rank: null, field, exported: e, recomputed: r }),
    );
  }
  for (const section of LISTS) differences.push(...compareList(section, exported[section], expected[section] as Json[]));
  return differences;
}

/**
 * Exports made before venues were exported carry neither the across-venues order nor any proposal's venues:
 * they still verify, on what they do say. Only some of them missing reads as a removal, and is reported.
 */
function predatesVenues(exported: Json): boolean {
  const proposals = exported.proposals;
  return exported.acrossVenues === undefined && Array.isArray(proposals) && proposals.every((p) => !isObject(p) || p.venues === undefined);
}

function forgetVenues(expected: Json): void {
  delete expected.acrossVenues;
  for (const proposal of expected.proposals as Json[]) delete proposal.venues;
}

/** Exports made before convergence sessions say nothing of provenance: a proposal with none still matches them. */
function forgetNoProvenance(exported: Json, expected: Json): void {
  const said = new Map((Array.isArray(exported.proposals) ? exported.proposals : []).map((p) => [idOf(p), p] as const));
  for (const proposal of expected.proposals as Json[]) {
    const before = said.get(idOf(proposal));
    if (Array.isArray(proposal.from) && proposal.from.length === 0 && isObject(before) && before.from === undefined) delete proposal.from;
  }
}

const idOf = (item: unknown): string | null => (isObject(item) && typeof item.id === 'string' ? item.id : null);
const rankOf = (item: unknown): number | null => (isObject(item) && typeof item.rank === 'number' ? item.rank : null);

function compareList(section: SummarySection, exported: unknown, recomputed: readonly Json[]): SummaryDifference[] {
  const differences: SummaryDifference[] = [];
  const at = (id: string | null, rank: number | null) => (field: string, e: unknown, r: unknown) =>
    differences.push({ section, id, rank: section === 'proposals' ? rank : null, field, exported: e, recomputed: r });
  if (!Array.isArray(exported)) {
    at(null, null)('', exported, recomputed);
    return differences;
  }
  const exportedById = new Map<string, unknown>();
  for (const item of exported) {
    const id = idOf(item);
    // An item without an id, or a second one with the same id, matches nothing the records give.
    if (id === null || exportedById.has(id)) at(id, rankOf(item))('', item, undefined);
    else exportedById.set(id, item);
  }
  const recomputedIds = recomputed.map((item) => idOf(item)!);
  const inBoth = (ids: Iterable<string>, other: { has(id: string): boolean }) => [...ids].filter((id) => other.has(id));
  const exportedOrder = inBoth(exportedById.keys(), new Set(recomputedIds));
  const recomputedOrder = inBoth(recomputedIds, exportedById);
  if (exportedOrder.some((id, i) => id !== recomputedOrder[i])) at(null, null)('order', exportedOrder, recomputedOrder);
  for (const item of recomputed) {
    const id = idOf(item)!;
    if (!exportedById.has(id)) at(id, rankOf(item))('', undefined, item);
    else compareValues(exportedById.get(id), item, '', at(id, rankOf(item)));
  }
  const known = new Set(recomputedIds);
  for (const [id, item] of exportedById) if (!known.has(id)) at(id, rankOf(item))('', item, undefined);
  return differences;
}

type Report = (field: string, exported: unknown, recomputed: unknown) => void;

const join = (path: string, key: string | number): string => (path ? `${path}.${key}` : String(key));

/** Reports each leaf where the two values differ, with its path; objects key by key, arrays position by position. */
function compareValues(exported: unknown, recomputed: unknown, path: string, report: Report): void {
  if (Array.isArray(exported) && Array.isArray(recomputed)) {
    for (let i = 0; i < Math.max(exported.length, recomputed.length); i++) compareValues(exported[i], recomputed[i], join(path, i), report);
    return;
  }
  if (isObject(exported) && isObject(recomputed)) {
    for (const key of new Set([...Object.keys(recomputed), ...Object.keys(exported)])) {
      compareValues(exported[key], recomputed[key], join(path, key), report);
    }
    return;
  }
  if (!sameValue(exported, recomputed)) report(path, exported, recomputed);
}

/** Equal as JSON says them; absent differs from null. */
const sameValue = (a: unknown, b: unknown): boolean =>
  a === undefined || b === undefined ? a === b : JSON.stringify(a) === JSON.stringify(b);
