/** A hybrid logical clock reading: wall-clock milliseconds, then a counter for events in the same millisecond. */
export type Hlc = readonly [wall: number, counter: number];

export const MAX_COUNTER = 0xffff_ffff;

export function compareHlc(a: Hlc, b: Hlc): number {
  return a[0] - b[0] || a[1] - b[1];
}

/**
 * The next reading after `last` (the newest one this replica has seen), given the local wall clock. A full
 * counter moves on to the next millisecond, so a record with the largest counter cannot leave no reading after it.
 */
export function tickHlc(last: Hlc | null, now: number): Hlc {
  const wall = Math.max(Math.floor(now), last?.[0] ?? 0);
  if (last && wall === last[0]) return last[1] < MAX_COUNTER ? [wall, last[1] + 1] : [wall + 1, 0];
  return [wall, 0];
}

/** The latest of the readings given, or null when there are none. */
export function latestHlc(readings: ReadonlyArray<Hlc | null | undefined>): Hlc | null {
  let latest: Hlc | null = null;
  for (const reading of readings) if (reading && (!latest || compareHlc(reading, latest) > 0)) latest = reading;
  return latest;
}

export function isHlc(value: unknown): value is Hlc {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isSafeInteger(value[0]) &&
    value[0] >= 0 &&
    Number.isSafeInteger(value[1]) &&
    value[1] >= 0 &&
    value[1] <= MAX_COUNTER
  );
}
