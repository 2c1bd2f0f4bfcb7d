import { isDeepStrictEqual, inspect } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

/** Generous on purpose: the machine is shared (2 cores), and a bound is a failure limit, not a requirement. */
export const PATIENCE_MS = 30_000;

/**
 * An auto-waiting expectation (playwright-core has no `expect`): probes until `accept` holds, and
 * fails with the last value seen when it never does.
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = PATIENCE_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let pause = 50;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      // A probe may throw while the page re-renders; only the final state matters.
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    await sleep(pause);
    pause = Math.min(pause * 2, 500);
  }
  const seen = lastError === undefined ? inspect(last, { depth: 6 }) : `error ${String(lastError)}`;
  throw new Error(`expected ${what} within ${timeoutMs} ms; last seen: ${seen}`);
}

/** Waits until `probe` returns exactly `expected` (deep equality). */
export function eventuallyEqual<T>(what: string, probe: () => Promise<T>, expected: T, timeoutMs?: number): Promise<T> {
  return eventually(`${what} to equal ${inspect(expected, { depth: 6 })}`, probe, (v) => isDeepStrictEqual(v, expected), timeoutMs);
}
