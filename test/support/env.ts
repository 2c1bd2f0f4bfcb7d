/** Settings passed from the shell into the browser by web-test-runner.config.mjs (e.g. CONVERGENCE_RUNS=10000). */
const env = (globalThis as { __TEST_ENV__?: Record<string, string | undefined> }).__TEST_ENV__ ?? {};

export function numberFromEnv(name: string, fallback: number): number {
  const value = Number(env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
