import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

// Both numbers of the advisory lock that lets one of several relays starting together migrate.
const MIGRATION_LOCK = [0x776b7368, 1] as const;

/** relay/migrations/*.sql. tsc emits no SQL, so a built relay (build/relay/) reads them from the sources. */
export function migrationsFolder(): string {
  const beside = fileURLToPath(new URL('./migrations/', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../../relay/migrations/', import.meta.url));
}

/** Applies, in name order and once each, the SQL files not yet recorded in schema_migrations; all in one transaction. */
export async function migrate(pool: pg.Pool, folder = migrationsFolder()): Promise<string[]> {
  const names = (await readdir(folder)).filter((name) => /^\d+_[\w-]+\.sql$/.test(name)).sort();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((row) => row.name));
    const applied: string[] = [];
    for (const name of names) {
      if (done.has(name)) continue;
      await client.query(await readFile(`${folder}/${name}`, 'utf8'));
      await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      applied.push(name);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
