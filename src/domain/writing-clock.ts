import { latestHlc, tickHlc, type Hlc } from './hlc.ts';
import { countUpTo } from './order.ts';

/**
 * How far ahead of its own clock a writer still follows the dates of records it has seen. Without a
 * bound, one record dated years ahead (a laptop with a wrong clock, or an attacker) drags every later
 * record's date along with it, as far as the last valid reading; within a day, borrowed laptops whose
 * clocks are off by hours or a time zone are followed as before.
 */
export const MAX_CLOCK_LEAD_MS = 24 * 60 * 60 * 1000;

/**
 * The reading for a record written now: after every record in `sorted` (the document in the total
 * order) dated no further than MAX_CLOCK_LEAD_MS ahead of `now`, and after every reading in `follows`
 * whatever its date (this writer's own last record, and the records the new one names, which it must
 * sort after to count).
 */
export function nextReading(sorted: ReadonlyArray<{ hlc: Hlc }>, follows: ReadonlyArray<Hlc | null | undefined>, now: number): Hlc {
  const seen = countUpTo(sorted, [Math.floor(now) + MAX_CLOCK_LEAD_MS, Number.MAX_SAFE_INTEGER]);
  return tickHlc(latestHlc([sorted[seen - 1]?.hlc, ...follows]), now);
}
