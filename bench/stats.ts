/** Runs `work` `times` times (after one warm-up) and summarises the milliseconds. */
export function measure(times: number, work: (iteration: number) => void): { median: number; p95: number; min: number } {
  work(-1);
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    work(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => round(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!);
  return { median: at(0.5), p95: at(0.95), min: round(samples[0]!) };
}

export const round = (ms: number): number => Math.round(ms * 1000) / 1000;

/** p50/p95/p99/max of samples already taken (milliseconds), nearest rank; null when there are none. */
export function percentiles(samples: readonly number[]): { count: number; p50: number; p95: number; p99: number; max: number } | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(sorted.at(-1)!) };
}
