// `npm start`: builds the app (dist/) and the relay (build/relay/) when missing or older than their
// sources, then runs the relay with this script's arguments (`npm start -- --port 9000`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(root, ...parts);

/** Newest modification time among files (recursively) at these paths; 0 if none exist. */
function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const info = statSync(path);
    if (!info.isDirectory()) latest = Math.max(latest, info.mtimeMs);
    else for (const entry of readdirSync(path)) latest = Math.max(latest, newest([join(path, entry)]));
  }
  return latest;
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : -1);

function run(label, args) {
  console.error(`[start] ${label}`);
  const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`[start] ${label} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}

const appSources = ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json'].map((p) => at(p));
if (newest(appSources) > builtAt(at('dist', 'index.html'))) {
  run('building the app (vite build → dist/)', [at('node_modules', 'vite', 'bin', 'vite.js'), 'build']);
}
const relaySources = [at('relay'), at('package.json')];
if (newest(relaySources) > builtAt(at('build', 'relay', 'main.js'))) {
  run('building the relay (tsc → build/relay/)', [at('node_modules', 'typescript', 'bin', 'tsc'), '-p', at('relay', 'tsconfig.build.json')]);
}

const relay = spawn(process.execPath, [at('build', 'relay', 'main.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
// The relay flushes its rooms on SIGTERM/SIGINT; pass them on and leave with its exit code.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => relay.kill(signal));
relay.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
