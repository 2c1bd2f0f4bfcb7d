import { ID_PATTERN, LANGUAGE_PATTERN } from './records.ts';
import { textLength } from './text.ts';
import type { Diagnostic } from './view.ts';

/** Field readers shared by the record validators (validate.ts, validate-candidate.ts). */
export type Raw = Record<string, unknown>;

/**
 * The object's own fields only. A peer's `__proto__` key becomes the prototype when Yjs decodes it, and is
 * lost when Yjs encodes the value again: inherited fields would make replicas disagree about one record.
 */
export function ownFields(value: object): Raw {
  if (Object.getPrototypeOf(value) === Object.prototype) return value as Raw;
  const fields: Raw = Object.create(null);
  for (const key of Object.keys(value)) fields[key] = (value as Raw)[key];
  return fields;
}

export const isPlainObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

export const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

export const isLanguage = (value: unknown): value is string => typeof value === 'string' && LANGUAGE_PATTERN.test(value);

export const ROOM_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** A trimmed text within [min, max] code points, or null. */
export function readText(value: unknown, max: number, min: number): string | null {
  // A code point is at most two UTF-16 units: anything longer cannot fit, whatever the spaces.
  if (typeof value !== 'string' || value.length > max * 2 + 1024) return null;
  const text = value.trim();
  if (text.length < min) return null;
  if (text.length <= max) return text;
  return textLength(text) <= max ? text : null;
}

export function problem(reason: Diagnostic['reason'], id: string, detail: string): Diagnostic {
  return { reason, id, detail };
}
