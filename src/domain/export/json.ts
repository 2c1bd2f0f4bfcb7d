import { sortRecords } from '../derive.ts';
import type { WorkshopRecord } from '../records.ts';
import type { Diagnostic, WorkshopView } from '../view.ts';
import { formatUtc, venuesOf } from './participants.ts';

export const EXPORT_FORMAT = 'collaborative-democracy-workshop/export';
export const EXPORT_VERSION = 1;

/**
 * Everything about a session in one JSON document: a readable summary (proposals, every revision,
 * endorsements, groups, venues, times) and the records themselves, which an import replays.
 */
export function toJsonExport(records: readonly WorkshopRecord[], view: WorkshopView, exportedAt: number): string {
  const time = (hlc: readonly [number, number]) => new Date(hlc[0]).toISOString();
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(exportedAt).toISOString(),
      exportedAtText: formatUtc(exportedAt),
      title: view.title,
      languages: view.languages,
      venues: venuesOf(view),
      groups: view.groups.map((g) => ({ id: g.id, number: g.number, symbol: g.symbol, name: g.name, venue: g.venue, joinedAt: time(g.joinedAt) })),
      proposals: view.proposals.map((p) => ({
        id: p.id,
        rank: p.rank,
        text: p.current.text,
        lang: p.current.lang,
        endorsements: p.endorsements,
        endorsers: p.current.endorsers,
        revisions: p.revisions.map((r) => ({
          id: r.id,
          number: r.number,
          author: r.author,
          parent: r.parent,
          text: r.text,
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
      })),
      notAdmitted: view.notAdmitted.map((a) => ({ id: a.id, author: a.author, text: a.text, writtenAt: time(a.hlc), convertedTo: a.convertedTo })),
      records: [...records],
    },
    null,
    2,
  );
}

export type ImportProblem = 'not-json' | 'not-an-export' | 'unknown-version' | 'no-records';

export type ImportResult =
  | { ok: true; records: WorkshopRecord[]; rejected: Diagnostic[] }
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
  const { version, records } = data as { version?: unknown; records?: unknown };
  if (version !== EXPORT_VERSION) return { ok: false, problem: 'unknown-version' };
  if (!Array.isArray(records) || records.length === 0) return { ok: false, problem: 'no-records' };
  const sorted = sortRecords(records);
  return { ok: true, records: sorted.records, rejected: sorted.rejected };
}
