import { sortRecords } from '../derive.ts';
import type { Rejections } from '../diagnostics.ts';
import { ID_PATTERN, type ActorId, type WorkshopRecord } from '../records.ts';
import { acrossVenuesOrder, venuesBacking } from '../venues.ts';
import type { WorkshopView } from '../view.ts';
import { formatUtc, venuesOf } from './participants.ts';

export const EXPORT_FORMAT = 'collaborative-democracy-workshop/export';
export const EXPORT_VERSION = 1;

const ROOM_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/**
 * Everything about a session in one JSON document: a readable summary (proposals, every revision,
 * endorsements, groups, venues, times) and the records themselves, which an import replays. `room` and the
 * facilitator say where the records were signed, so a new session can continue them.
 */
export function toJsonExport(
  records: readonly WorkshopRecord[],
  view: WorkshopView,
  exportedAt: number,
  room: string | null = null,
): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(exportedAt).toISOString(),
      exportedAtText: formatUtc(exportedAt),
      room,
      ...exportSummary(view),
      records: [...records],
    },
    null,
    2,
  );
}

/**
 * The readable part of a JSON export, derived from the view alone: a verifier recomputes it the same way.
 * Per proposal the venues backing it, and `acrossVenues`, the second order (proposal ids), beside `proposals`.
 */
export function exportSummary(view: WorkshopView) {
  const time = (hlc: readonly [number, number]) => new Date(hlc[0]).toISOString();
  const backing = venuesBacking(view);
  return {
    facilitator: view.facilitator,
    title: view.title,
    languages: view.languages,
    venues: venuesOf(view),
    groups: view.groups.map((g) => ({ id: g.id, number: g.number, symbol: g.symbol, name: g.name, venue: g.venue, joinedAt: time(g.joinedAt) })),
    proposals: view.proposals.map((p, i) => ({
      id: p.id,
      rank: p.rank,
      text: p.current.text,
      lang: p.current.lang,
      endorsements: p.endorsements,
      endorsers: p.current.endorsers,
      venues: backing[i]!.venues.map((v) => ({ name: v.name, groups: v.groups })),
      revisions: p.revisions.map((r) => ({
        id: r.id,
        number: r.number,
        author: r.author,
        parent: r.parent,
        text: r.text,
        hidden: r.hidden,
        writtenAt: time(r.hlc),
        endorsers: r.endorsers,
        supersededBy: r.supersededBy,
        supersededConcurrently: r.supersededConcurrently,
      })),
      translations: p.translations.map((t) => ({
        lang: t.lang,
        text: t.current.text,
        outdated: t.outdated,
        history: t.history.map((h) => ({ id: h.id, text: h.text, author: h.author, revision: h.revision, writtenAt: time(h.hlc) })),
      })),
      from: p.from.map((c) => ({ candidate: c.id, title: c.source.title, places: c.places, room: c.source.room, facilitator: c.source.facilitator, digest: c.source.digest, rank: c.rank, count: c.count })),
    })),
    acrossVenues: acrossVenuesOrder(backing).map((b) => b.proposal.id),
    notAdmitted: view.notAdmitted.map((a) => ({ id: a.id, author: a.author, text: a.text, writtenAt: time(a.hlc), convertedTo: a.convertedTo })),
  };
}

export type ImportProblem = 'not-json' | 'not-an-export' | 'unknown-version' | 'no-records';

export type ImportResult =
  | {
      ok: true;
      records: WorkshopRecord[];
      rejected: Rejections;
      /** The room the records were signed for; null in exports made before records were signed. */
      room: string | null;
      /** Who facilitated that room, when the export says. */
      facilitator: ActorId | null;
    }
  | { ok: false; problem: ImportProblem };

/** Reads an export back: every record is validated again, exactly as if it came from a document. */
export function parseJsonExport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, problem: 'not-an-export' };
  }
  const { version, records, room, facilitator } = data as { version?: unknown; records?: unknown; room?: unknown; facilitator?: unknown };
  if (version !== EXPORT_VERSION) return { ok: false, problem: 'unknown-version' };
  if (!Array.isArray(records) || records.length === 0) return { ok: false, problem: 'no-records' };
  const sorted = sortRecords(records);
  return {
    ok: true,
    records: sorted.records,
    rejected: sorted.rejected,
    room: typeof room === 'string' && ROOM_PATTERN.test(room) ? room : null,
    facilitator: typeof facilitator === 'string' && ID_PATTERN.test(facilitator) ? facilitator : null,
  };
}
