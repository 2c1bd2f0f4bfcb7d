// A throwaway PostgreSQL for one test file (scripts/cluster/postgres.ts in a temporary folder), and
// the rule for when Debian's engines are missing: locally the tests say how to install them; in CI they fail.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { findEngines, installHint, type Engines } from '../../scripts/cluster/engines.ts';
import { startPostgres } from '../../scripts/cluster/postgres.ts';

export const engines: Engines | null = findEngines();

/** `describe` options: skipped with the install line when the engines are missing (outside CI). */
export const needsEngines = { skip: engines || process.env.CI === 'true' ? false : installHint };

/** In CI, a missing engine is a failure, not a skip. */
export function failWithoutEnginesInCi(): void {
  if (!engines && process.env.CI === 'true') it('finds PostgreSQL and HAProxy', () => assert.fail(installHint));
}

export interface TestPostgres {
  url: string;
  dispose(): Promise<void>;
}

export async function startTestPostgres(): Promise<TestPostgres> {
  assert.ok(engines, installHint);
  const folder = await mkdtemp(join(tmpdir(), 'relay-pg-'));
  // Throwaway data: a PostgreSQL crash is not what these tests are about, so skip the disk flushes.
  const server = await startPostgres({ bin: engines.postgresBin, folder, settings: { fsync: 'off', full_page_writes: 'off' } });
  return {
    url: server.url,
    async dispose() {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
