import type { Hlc } from './hlc.ts';
import { MAX_PLACES, MAX_WORKING_LANGUAGES, type CandidateRecord, type CandidateSource, type CarriedTranslation } from './records.ts';
import { PROPOSAL_TEXT_MAX, TITLE_MAX, VENUE_MAX } from './text.ts';
import { isId, isLanguage, isPlainObject, ownFields, problem, readText, ROOM_PATTERN, type Raw } from './validate-fields.ts';
import type { Diagnostic } from './view.ts';

/** A SHA-256 digest, base64url without padding. */
export const DIGEST_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** A proof holds one source session's records for one proposal: its history, never a whole large session. */
export const MAX_PROOF_RECORDS = 2000;
export const MAX_CANDIDATE_RANK = 10;
export const MAX_CANDIDATE_COUNT = 10_000;

const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

function readTranslations(value: unknown): CarriedTranslation[] | null {
  if (!Array.isArray(value) || value.length > MAX_WORKING_LANGUAGES) return null;
  const translations: CarriedTranslation[] = [];
  for (const item of value) {
    if (!isPlainObject(item)) return null;
    const { lang, text } = ownFields(item);
    const read = readText(text, PROPOSAL_TEXT_MAX, 1);
    if (!isLanguage(lang) || read === null || translations.some((t) => t.lang === lang)) return null;
    translations.push({ lang, text: read });
  }
  return translations;
}

function readSource(value: unknown): CandidateSource | null {
  if (!isPlainObject(value)) return null;
  const { room, facilitator, title, digest, proposal } = ownFields(value);
  const readTitle = readText(title, TITLE_MAX, 1);
  if (typeof room !== 'string' || !ROOM_PATTERN.test(room) || !isId(facilitator) || !isId(proposal)) return null;
  if (readTitle === null || typeof digest !== 'string' || !DIGEST_PATTERN.test(digest)) return null;
  return { room, facilitator, title: readTitle, digest, proposal };
}

function readPlaces(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_PLACES) return null;
  const places = value.map((place) => readText(place, VENUE_MAX, 1));
  return places.every((place): place is string => place !== null) ? places : null;
}

/** A convergence session's candidate (records.ts); the proof's records are checked only when the proof is. */
export function parseCandidate(raw: Raw, id: string, author: string, hlc: Hlc): CandidateRecord | Diagnostic {
  const text = readText(raw.text, PROPOSAL_TEXT_MAX, 1);
  if (text === null) return problem('text-length', id, 'text');
  if (raw.lang !== undefined && !isLanguage(raw.lang)) return problem('bad-field', id, 'lang');
  const translations = readTranslations(raw.translations);
  if (translations === null) return problem('bad-field', id, 'translations');
  const source = readSource(raw.source);
  if (source === null) return problem('bad-field', id, 'source');
  const places = readPlaces(raw.places);
  if (places === null) return problem('bad-field', id, 'places');
  if (!isIntegerIn(raw.rank, 1, MAX_CANDIDATE_RANK)) return problem('bad-field', id, 'rank');
  if (!isIntegerIn(raw.count, 0, MAX_CANDIDATE_COUNT)) return problem('bad-field', id, 'count');
  const proof = raw.proof;
  if (!Array.isArray(proof) || proof.length > MAX_PROOF_RECORDS) return problem('bad-field', id, 'proof');
  // -0 becomes 0, as in the clock: two copies that print alike are alike.
  const candidate: CandidateRecord = {
    v: 1, id, author, hlc, kind: 'candidate', text, translations, source, places,
    rank: raw.rank + 0, count: raw.count + 0, proof,
  };
  if (raw.lang !== undefined) candidate.lang = raw.lang;
  return candidate;
}
