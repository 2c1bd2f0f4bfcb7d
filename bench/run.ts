// `npm run bench`: runs every bench/*.bench.ts in its own process and prints one JSON object.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(folder)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

const results: Record<string, unknown> = {};
let failed = false;
for (const file of benches) {
  const name = file.replace(/\.bench\.ts$/, '');
  console.error(`bench: ${name}…`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `${folder}${file}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  try {
    results[name] = JSON.parse(run.stdout);
  } catch {
    results[name] = { error: `exit ${run.status}`, output: run.stdout.slice(-2000) };
    failed = true;
  }
}
console.log(JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2));
process.exit(failed ? 1 : 0);
