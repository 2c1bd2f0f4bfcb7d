import { MAX_CITES, type AddRecord, type LanguageTag, type RecordBody, type RecordId, type TranslateRecord } from '../domain/records.ts';
import type { CandidateView, WorkshopView } from '../domain/view.ts';
import type { ActionProblem } from './action-problems.ts';

/** What bringing candidates in writes: the add citing them, and the translations that come along. */
export interface BringIn {
  add: RecordBody<AddRecord>;
  /** Translations of the new add, once its id is known: one candidate brought in unchanged keeps its translations. */
  translations: (addId: RecordId) => RecordBody<TranslateRecord>[];
}

/** The records for `text` citing `candidateIds` (normalized text), or why not: ids must be the session's candidates, each once. */
export function bringInBodies(view: WorkshopView, candidateIds: readonly RecordId[], text: string, lang?: LanguageTag): BringIn | ActionProblem {
  if (candidateIds.length === 0 || candidateIds.length > MAX_CITES || new Set(candidateIds).size !== candidateIds.length) return 'unknown-proposal';
  const cited = candidateIds.map((id) => view.candidates.find((c) => c.id === id));
  if (!cited.every((c): c is CandidateView => c !== undefined)) return 'unknown-proposal';
  const add: RecordBody<AddRecord> = { kind: 'add', text, cites: [...candidateIds] };
  const unchanged = cited.length === 1 && cited[0]!.text === text ? cited[0]! : null;
  // An unchanged text keeps the language it was written in; a merge or a changed text is the scribe's own.
  const written = lang ?? unchanged?.lang ?? undefined;
  if (written) add.lang = written;
  // A merge or a changed text is a new text: volunteers translate it as usual.
  const carried = unchanged ? unchanged.translations.filter((t) => t.lang !== written) : [];
  return {
    add,
    translations: (addId) => carried.map((t) => ({ kind: 'translate', revision: addId, lang: t.lang, text: t.text })),
  };
}
