import type { Hlc } from './hlc.ts';
import { MAX_PLACES, MAX_WORKING_LANGUAGES, type CandidateRecord, type CandidateSource, type CarriedTranslation } from './records.ts';
import { PROPOSAL_TEXT_MAX, TITLE_MAX, VENUE_MAX } from './text.ts';
import { isId, isLanguage, isPlainObject, ownFields, problem, readText, ROOM_PATTERN, type Raw } from './validate-fields.ts';
import type { Diagnostic } from './view.ts';

/** A SHA-256 digest, base64url without padding. */
export const DIGEST_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** A proof holds one source session's records for one proposal: its history, never a whole large session. */
export const MAX_PROOF_RECORDS = 2000;

const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

/** Each item read by `read`, at most `max` of them; null when the list or any item is malformed. */
function readList<T>(value: unknown, max: number, read: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value) || value.length > max) return null;
  const items = value.map(read);
  return items.every((item) => item !== null) ? (items as T[]) : null;
}

const readTranslation = (item: unknown): CarriedTranslation | null => {
  const { lang, text } = isPlainObject(item) ? ownFields(item) : {};
  const read = readText(text, PROPOSAL_TEXT_MAX, 1);
  return isLanguage(lang) && read !== null ? { lang, text: read } : null;
};

function readSource(value: unknown): CandidateSource | null {
  const { room, facilitator, title, digest, proposal } = isPlainObject(value) ? ownFields(value) : {};
  const read = readText(title, TITLE_MAX, 1);
  const ok = typeof room === 'string' && ROOM_PATTERN.test(room) && typeof digest === 'string' && DIGEST_PATTERN.test(digest);
  return ok && isId(facilitator) && isId(proposal) && read !== null ? { room, facilitator, title: read, digest, proposal } : null;
}

/** A convergence session's candidate (records.ts); the proof's records are checked only when the proof is. */
export function parseCandidate(raw: Raw, id: string, author: string, hlc: Hlc): CandidateRecord | Diagnostic {
  const text = readText(raw.text, PROPOSAL_TEXT_MAX, 1);
  if (text === null) return problem('text-length', id, 'text');
  if (raw.lang !== undefined && !isLanguage(raw.lang)) return problem('bad-field', id, 'lang');
  const translations = readList(raw.translations, MAX_WORKING_LANGUAGES, readTranslation);
  if (translations === null || new Set(translations.map((t) => t.lang)).size !== translations.length) return problem('bad-field', id, 'translations');
  const source = readSource(raw.source);
  if (source === null) return problem('bad-field', id, 'source');
  const places = readList(raw.places, MAX_PLACES, (place) => readText(place, VENUE_MAX, 1));
  if (places === null) return problem('bad-field', id, 'places');
  if (!isIntegerIn(raw.rank, 1, 10)) return problem('bad-field', id, 'rank');
  if (!isIntegerIn(raw.count, 0, 10_000)) return problem('bad-field', id, 'count');
  const proof = raw.proof;
  if (!Array.isArray(proof) || proof.length > MAX_PROOF_RECORDS) return problem('bad-field', id, 'proof');
  // -0 becomes 0, as in the clock: two copies that print alike are alike.
  const candidate: CandidateRecord = { v: 1, id, author, hlc, kind: 'candidate', text, translations, source, places, rank: raw.rank + 0, count: raw.count + 0, proof };
  if (raw.lang !== undefined) candidate.lang = raw.lang;
  return candidate;
}
