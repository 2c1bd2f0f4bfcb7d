import { isHlc } from './hlc.ts';
import { ID_PATTERN, RECORD_VERSION, type WorkshopRecord } from './records.ts';
import { GROUP_NAME_MAX, PROPOSAL_TEXT_MAX, TITLE_MAX, VENUE_MAX, normalizeText, textLength } from './text.ts';
import type { Diagnostic } from './view.ts';

export type ParseResult = { ok: true; record: WorkshopRecord } | { ok: false; diagnostic: Diagnostic };

type Raw = Record<string, unknown>;

const fail = (reason: Diagnostic['reason'], raw: Raw | null, detail: string | null = null): ParseResult => ({
  ok: false,
  diagnostic: { reason, id: raw && typeof raw.id === 'string' ? raw.id.slice(0, 64) : null, detail },
});

const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

/** A trimmed text within [min, max] code points, or null. */
function readText(value: unknown, max: number, min: number): string | null {
  if (typeof value !== 'string' || value.length > max * 2 + 1024) return null;
  const text = normalizeText(value);
  const length = textLength(text);
  return length >= min && length <= max ? text : null;
}

/**
 * Validates one untrusted record read from the document (R9): shape, types, ids and text limits.
 * Rules that need other records (unknown revision, duplicates) are checked while replaying.
 */
export function parseRecord(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not-an-object', null);
  const raw = value as Raw;
  if (raw.v !== RECORD_VERSION) return fail('unknown-version', raw, String(raw.v).slice(0, 16));
  if (!isId(raw.id)) return fail('bad-field', raw, 'id');
  if (!isId(raw.author)) return fail('bad-field', raw, 'author');
  if (!isHlc(raw.hlc)) return fail('bad-field', raw, 'hlc');
  if (raw.sig !== undefined && typeof raw.sig !== 'string') return fail('bad-field', raw, 'sig');
  const base = { v: RECORD_VERSION as typeof RECORD_VERSION, id: raw.id, author: raw.author, hlc: [raw.hlc[0], raw.hlc[1]] as const };
  const withSig = typeof raw.sig === 'string' ? { ...base, sig: raw.sig } : base;

  switch (raw.kind) {
    case 'session': {
      const title = readText(raw.title, TITLE_MAX, 1);
      if (title === null) return fail('text-length', raw, 'title');
      return { ok: true, record: { ...withSig, kind: 'session', title } };
    }
    case 'join': {
      const name = readText(raw.name, GROUP_NAME_MAX, 1);
      if (name === null) return fail('text-length', raw, 'name');
      const venue = raw.venue === undefined ? '' : readText(raw.venue, VENUE_MAX, 0);
      if (venue === null) return fail('text-length', raw, 'venue');
      return { ok: true, record: { ...withSig, kind: 'join', name, venue } };
    }
    case 'add': {
      const text = readText(raw.text, PROPOSAL_TEXT_MAX, 1);
      if (text === null) return fail('text-length', raw, 'text');
      return { ok: true, record: { ...withSig, kind: 'add', text } };
    }
    case 'revise': {
      if (!isId(raw.proposal)) return fail('bad-field', raw, 'proposal');
      if (!isId(raw.parent)) return fail('bad-field', raw, 'parent');
      if (raw.from !== undefined && !isId(raw.from)) return fail('bad-field', raw, 'from');
      const text = readText(raw.text, PROPOSAL_TEXT_MAX, 1);
      if (text === null) return fail('text-length', raw, 'text');
      const revise = { ...withSig, kind: 'revise' as const, proposal: raw.proposal, parent: raw.parent, text };
      return { ok: true, record: raw.from === undefined ? revise : { ...revise, from: raw.from } };
    }
    case 'endorse':
    case 'withdraw': {
      if (!isId(raw.revision)) return fail('bad-field', raw, 'revision');
      return { ok: true, record: { ...withSig, kind: raw.kind, revision: raw.revision } };
    }
    default:
      return fail('unknown-kind', raw, typeof raw.kind === 'string' ? raw.kind.slice(0, 32) : null);
  }
}
