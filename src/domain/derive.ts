import { compareRecords } from './order.ts';
import type { WorkshopRecord } from './records.ts';
import { WorkshopReducer } from './reducer.ts';
import { authorityOf, type TrustContext } from './trust.ts';
import { parseRecord } from './validate.ts';
import type { Diagnostic, WorkshopView } from './view.ts';

export interface SortedRecords {
  /** Valid records in the total order. */
  records: WorkshopRecord[];
  /** Diagnostics of records that failed validation, in canonical order. */
  rejected: Diagnostic[];
}

const compareStrings = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

/** Canonical order for diagnostics of invalid records, so it never depends on arrival order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareStrings(a.reason, b.reason) || compareStrings(a.id, b.id) || compareStrings(a.detail, b.detail);
}

/** Validates untrusted records and puts the valid ones in the total order. */
export function sortRecords(raw: Iterable<unknown>): SortedRecords {
  const records: WorkshopRecord[] = [];
  const rejected: Diagnostic[] = [];
  for (const value of raw) {
    const parsed = parseRecord(value);
    if (parsed.ok) records.push(parsed.record);
    else rejected.push(parsed.diagnostic);
  }
  records.sort(compareRecords);
  rejected.sort(compareDiagnostics);
  return { records, rejected };
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
export function deriveView(raw: Iterable<unknown>, trust: TrustContext): WorkshopView {
  const { records, rejected } = sortRecords(raw);
  return replay(records, trust).view(rejected);
}
