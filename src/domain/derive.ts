import { RejectionTally, type Rejections } from './diagnostics.ts';
import { compareRecords } from './order.ts';
import type { WorkshopRecord } from './records.ts';
import { WorkshopReducer } from './reducer.ts';
import { authorityOf, type TrustContext } from './trust.ts';
import { parseRecord, type ParseResult } from './validate.ts';
import type { WorkshopView } from './view.ts';

export interface SortedRecords {
  /** Valid records in the total order. */
  records: WorkshopRecord[];
  /** Records that failed validation: counted per reason, a few examples of each in canonical order. */
  rejected: Rejections;
}

/**
 * Each value's parse result, kept by the value itself: for values nobody changes once read (what a Y.Array
 * holds), so every derivation after the first validates each Yjs item once and allocates nothing for it.
 */
export type KeptParses = WeakMap<object, ParseResult>;

function keptParse(value: unknown, kept: KeptParses): ParseResult {
  if (typeof value !== 'object' || value === null) return parseRecord(value);
  let parsed = kept.get(value);
  if (parsed === undefined) kept.set(value, (parsed = parseRecord(value)));
  return parsed;
}

/**
 * Validates untrusted records and puts the valid ones in the total order. Never throws (see parseRecord).
 * With `kept`, a value already validated is not validated again: the values must never change.
 */
export function sortRecords(raw: Iterable<unknown>, kept?: KeptParses): SortedRecords {
  const records: WorkshopRecord[] = [];
  const rejected = new RejectionTally();
  for (const value of raw) {
    const parsed = kept ? keptParse(value, kept) : parseRecord(value);
    if (parsed.ok) records.push(parsed.record);
    else rejected.add(parsed.diagnostic);
  }
  records.sort(compareRecords);
  return { records, rejected: rejected.result() };
}

/** Replays sorted records into a fresh reducer, facilitator records judged by the session's authority. */
export function replay(records: readonly WorkshopRecord[], trust: TrustContext): WorkshopReducer {
  const reducer = new WorkshopReducer(trust, authorityOf(records, trust));
  for (const record of records) reducer.apply(record);
  return reducer;
}

/**
 * The workshop as every replica holding these records shows it, whatever order they arrived in.
 * `trust` carries the signature verdicts, checked beforehand (verification is asynchronous).
 */
export function deriveView(raw: Iterable<unknown>, trust: TrustContext, kept?: KeptParses): WorkshopView {
  const { records, rejected } = sortRecords(raw, kept);
  return replay(records, trust).view(rejected);
}
