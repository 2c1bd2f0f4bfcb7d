import { compareHlc, type Hlc } from './hlc.ts';
import type { WorkshopRecord } from './records.ts';
import { canonicalJson } from './signing.ts';

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The one total order every replica replays (R8): clock, then author, then record id.
 * The clock respects causality because a writer ticks past every record it names and every record it
 * has seen that is not dated implausibly far ahead (writing-clock.ts).
 * Two records with the same key (a replay) fall back to their content so the order never depends on arrival;
 * canonically, so no field order, depth or value can make the comparison throw.
 */
export function compareRecords(a: WorkshopRecord, b: WorkshopRecord): number {
  return (
    compareHlc(a.hlc, b.hlc) ||
    compareStrings(a.author, b.author) ||
    compareStrings(a.id, b.id) ||
    compareStrings(canonicalJson(a), canonicalJson(b))
  );
}

/** How many of the sorted records have a clock reading at or before `limit`. */
export function countUpTo(records: ReadonlyArray<{ hlc: Hlc }>, limit: Hlc): number {
  return countWhile(records, (record) => compareHlc(record.hlc, limit) <= 0);
}

/** Where `record` goes in records sorted by `compareRecords`: after every record that sorts before or with it. */
export function insertionPoint(sorted: readonly WorkshopRecord[], record: WorkshopRecord): number {
  return countWhile(sorted, (held) => compareRecords(held, record) <= 0);
}

/** How many leading items pass `test`, which holds for a prefix of `sorted` and for nothing after it (binary search). */
function countWhile<T>(sorted: readonly T[], test: (item: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(sorted[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}
