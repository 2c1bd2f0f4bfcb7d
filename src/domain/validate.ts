import { isHlc, type Hlc } from './hlc.ts';
import {
  AGENDA_PHASES,
  MAX_AGENDA_PHASES,
  MAX_CITES,
  MAX_CONTINUED_ROOMS,
  MAX_PHASE_MINUTES,
  MAX_WORKING_LANGUAGES,
  PUBLIC_KEY_PATTERN,
  RECORD_VERSION,
  SIGNATURE_PATTERN,
  type AgendaPhase,
  type ContinuedRoom,
  type WorkshopRecord,
} from './records.ts';
import { GROUP_NAME_MAX, PROPOSAL_TEXT_MAX, TITLE_MAX, VENUE_MAX } from './text.ts';
import type { Diagnostic } from './view.ts';
import { isId, isLanguage, isPlainObject, ownFields, problem, readText, ROOM_PATTERN, type Raw } from './validate-fields.ts';
import { parseCandidate } from './validate-candidate.ts';

export type ParseResult = { ok: true; record: WorkshopRecord } | { ok: false; diagnostic: Diagnostic };

const fail = (reason: Diagnostic['reason'], raw: Raw | null, detail: string | null = null): ParseResult => ({
  ok: false,
  diagnostic: { reason, id: raw && typeof raw.id === 'string' ? raw.id.slice(0, 64) : null, detail },
});

/** A short, engine-independent description of a value for a diagnostic; never calls the value's own methods. */
function describe(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 16);
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object' && value !== null) return 'object';
  return String(value).slice(0, 16);
}

/** A -0 that JSON would print as 0 becomes 0, so two copies that print alike are alike (chai and Object.is tell them apart). */
const withoutNegativeZero = (hlc: Hlc): Hlc =>
  Object.is(hlc[0], -0) || Object.is(hlc[1], -0) ? [hlc[0] + 0, hlc[1] + 0] : hlc;

const isKey = (value: unknown): value is string => typeof value === 'string' && PUBLIC_KEY_PATTERN.test(value);

function readContinues(value: unknown): ContinuedRoom[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_CONTINUED_ROOMS) return null;
  const rooms: ContinuedRoom[] = [];
  for (const item of value) {
    if (!isPlainObject(item)) return null;
    const { room, facilitator } = ownFields(item);
    if (typeof room !== 'string' || !ROOM_PATTERN.test(room) || !isId(facilitator)) return null;
    rooms.push({ room, facilitator });
  }
  return rooms;
}

function readPhases(value: unknown): AgendaPhase[] | null {
  if (!Array.isArray(value) || value.length > MAX_AGENDA_PHASES) return null;
  const phases: AgendaPhase[] = [];
  for (const item of value) {
    if (!isPlainObject(item)) return null;
    const { phase, minutes } = ownFields(item);
    if (!(AGENDA_PHASES as readonly unknown[]).includes(phase)) return null;
    if (!Number.isSafeInteger(minutes) || (minutes as number) < 1 || (minutes as number) > MAX_PHASE_MINUTES) return null;
    phases.push({ phase: phase as AgendaPhase['phase'], minutes: minutes as number });
  }
  return phases;
}

/** Distinct language tags, at most a handful; null when the field is malformed. */
function readLanguages(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_WORKING_LANGUAGES) return null;
  if (!value.every(isLanguage) || new Set(value).size !== value.length) return null;
  return [...value];
}

/** Distinct record ids, 1 to MAX_CITES of them; null when malformed. */
function readCites(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_CITES) return null;
  if (!value.every(isId) || new Set(value).size !== value.length) return null;
  return [...value];
}

/**
 * Validates one untrusted record read from the document (R9): shape, types, ids and text limits.
 * Rules that need other records (unknown revision, duplicates) are checked while replaying.
 * The result is a fresh object holding only known fields, so nothing else reaches the view.
 * Never throws: should checking fail anyway, the record is ignored by a rule that names no engine's error.
 */
export function parseRecord(value: unknown): ParseResult {
  try {
    return parseUntrusted(value);
  } catch {
    return { ok: false, diagnostic: unreadable(value) };
  }
}

/** The diagnostic of a record that made checking or applying it fail: the same on every replica. */
export function unreadable(value: unknown): Diagnostic {
  try {
    const id = isPlainObject(value) ? ownFields(value).id : undefined;
    return { reason: 'unreadable', id: typeof id === 'string' ? id.slice(0, 64) : null, detail: null };
  } catch {
    return { reason: 'unreadable', id: null, detail: null };
  }
}

/** One frozen result for every value that is no object: junk by the hundred thousand costs no allocation. */
const NOT_AN_OBJECT: ParseResult = Object.freeze({ ok: false, diagnostic: Object.freeze({ reason: 'not-an-object', id: null, detail: null }) });

function parseUntrusted(value: unknown): ParseResult {
  if (!isPlainObject(value)) return NOT_AN_OBJECT;
  const raw = ownFields(value);
  if (raw.v !== RECORD_VERSION) return fail('unknown-version', raw, describe(raw.v));
  const { id, author, hlc, sig } = raw;
  if (!isId(id)) return fail('bad-field', raw, 'id');
  if (!isId(author)) return fail('bad-field', raw, 'author');
  if (!isHlc(hlc)) return fail('bad-field', raw, 'hlc');
  if (sig !== undefined && (typeof sig !== 'string' || !SIGNATURE_PATTERN.test(sig))) return fail('bad-field', raw, 'sig');
  // Kept by reference: records read from Yjs are never mutated, and the type is readonly.
  const clock: Hlc = withoutNegativeZero(hlc);
  const record = parseBody(raw, id, author, clock);
  if ('reason' in record) return { ok: false, diagnostic: record };
  if (sig !== undefined) record.sig = sig;
  return { ok: true, record };
}

function parseBody(raw: Raw, id: string, author: string, hlc: Hlc): WorkshopRecord | Diagnostic {
  const v = RECORD_VERSION;
  switch (raw.kind) {
    case 'session': {
      const title = readText(raw.title, TITLE_MAX, 1);
      if (title === null) return problem('text-length', id, 'title');
      const session: WorkshopRecord = { v, id, author, hlc, kind: 'session', title };
      if (raw.key !== undefined) {
        if (!isKey(raw.key)) return problem('bad-field', id, 'key');
        session.key = raw.key;
      }
      if (raw.languages !== undefined) {
        const languages = readLanguages(raw.languages);
        if (languages === null) return problem('bad-field', id, 'languages');
        session.languages = languages;
      }
      if (raw.continues !== undefined) {
        const continues = readContinues(raw.continues);
        if (continues === null) return problem('bad-field', id, 'continues');
        session.continues = continues;
      }
      return session;
    }
    case 'join': {
      const name = readText(raw.name, GROUP_NAME_MAX, 1);
      if (name === null) return problem('text-length', id, 'name');
      const venue = raw.venue === undefined ? '' : readText(raw.venue, VENUE_MAX, 0);
      if (venue === null) return problem('text-length', id, 'venue');
      if (raw.key === undefined) return { v, id, author, hlc, kind: 'join', name, venue };
      if (!isKey(raw.key)) return problem('bad-field', id, 'key');
      return { v, id, author, hlc, kind: 'join', name, venue, key: raw.key };
    }
    case 'add': {
      const text = readText(raw.text, PROPOSAL_TEXT_MAX, 1);
      if (text === null) return problem('text-length', id, 'text');
      if (raw.lang !== undefined && !isLanguage(raw.lang)) return problem('bad-field', id, 'lang');
      const cites = raw.cites === undefined ? undefined : readCites(raw.cites);
      if (cites === null) return problem('bad-field', id, 'cites');
      const add: WorkshopRecord = { v, id, author, hlc, kind: 'add', text };
      if (raw.lang !== undefined) add.lang = raw.lang;
      if (cites) add.cites = cites;
      return add;
    }
    case 'revise': {
      const { proposal, parent, from } = raw;
      if (!isId(proposal)) return problem('bad-field', id, 'proposal');
      if (!isId(parent)) return problem('bad-field', id, 'parent');
      if (from !== undefined && !isId(from)) return problem('bad-field', id, 'from');
      if (raw.lang !== undefined && !isLanguage(raw.lang)) return problem('bad-field', id, 'lang');
      const cites = raw.cites === undefined ? undefined : readCites(raw.cites);
      if (cites === null) return problem('bad-field', id, 'cites');
      const text = readText(raw.text, PROPOSAL_TEXT_MAX, 1);
      if (text === null) return problem('text-length', id, 'text');
      const revise: WorkshopRecord = { v, id, author, hlc, kind: 'revise', proposal, parent, text };
      if (from !== undefined) revise.from = from;
      if (raw.lang !== undefined) revise.lang = raw.lang;
      if (cites) revise.cites = cites;
      return revise;
    }
    case 'translate': {
      const { revision, lang } = raw;
      if (!isId(revision)) return problem('bad-field', id, 'revision');
      if (!isLanguage(lang)) return problem('bad-field', id, 'lang');
      const text = readText(raw.text, PROPOSAL_TEXT_MAX, 1);
      if (text === null) return problem('text-length', id, 'text');
      return { v, id, author, hlc, kind: 'translate', revision, lang, text };
    }
    case 'endorse':
    case 'withdraw': {
      const { revision } = raw;
      if (!isId(revision)) return problem('bad-field', id, 'revision');
      return { v, id, author, hlc, kind: raw.kind, revision };
    }
    case 'lock':
    case 'unlock':
      return { v, id, author, hlc, kind: raw.kind };
    case 'agenda': {
      const phases = readPhases(raw.phases);
      if (phases === null) return problem('bad-field', id, 'phases');
      const start = raw.start;
      if (!Number.isSafeInteger(start) || (start as number) < 0) return problem('bad-field', id, 'start');
      return { v, id, author, hlc, kind: 'agenda', phases, start: (start as number) + 0 }; // -0 becomes 0, as in the clock
    }
    case 'hide': {
      if (!isId(raw.revision)) return problem('bad-field', id, 'revision');
      return { v, id, author, hlc, kind: 'hide', revision: raw.revision };
    }
    case 'rename': {
      if (!isId(raw.group)) return problem('bad-field', id, 'group');
      const name = readText(raw.name, GROUP_NAME_MAX, 1);
      if (name === null) return problem('text-length', id, 'name');
      const venue = raw.venue === undefined ? '' : readText(raw.venue, VENUE_MAX, 0);
      if (venue === null) return problem('text-length', id, 'venue');
      return { v, id, author, hlc, kind: 'rename', group: raw.group, name, venue };
    }
    case 'candidate':
      return parseCandidate(raw, id, author, hlc);
    case 'remove': {
      if (!isId(raw.group)) return problem('bad-field', id, 'group');
      return { v, id, author, hlc, kind: 'remove', group: raw.group };
    }
    default:
      return { reason: 'unknown-kind', id: id.slice(0, 64), detail: typeof raw.kind === 'string' ? raw.kind.slice(0, 32) : null };
  }
}
