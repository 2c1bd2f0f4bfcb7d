// `npm run cluster`: the whole forum set-up on one machine: PostgreSQL (initdb in .cluster/ on first
// run), three relays sharing it, and HAProxy in front on one address. A relay that dies is started
// again, as systemd would; Ctrl-C stops everything, the relays storing their rooms first.
//   npm run cluster -- --port 8080 --relays 3 --folder .cluster --host 127.0.0.1
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findEngines, installHint } from './cluster/engines.ts';
import { startHaproxy } from './cluster/haproxy.ts';
import { startPostgres } from './cluster/postgres.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    relays: { type: 'string', default: '3' },
    folder: { type: 'string', default: '.cluster' },
  },
});
const engines = findEngines();
if (!engines) {
  console.error(installHint);
  process.exit(2);
}
const port = Number(values.port);
const relayCount = Number(values.relays);
const folder = resolve(root, values.folder!);
const say = (text: string): void => console.error(`[cluster] ${text}`);

// As `npm start` does: build the app and the relay when older than their sources (then it only prints usage).
const build = spawnSync(process.execPath, [`${root}/scripts/start.mjs`, '--help'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

await mkdir(folder, { recursive: true });
const postgres = await startPostgres({ bin: engines.postgresBin, folder: `${folder}/postgres` });
say(`PostgreSQL ${postgres.url} (data in ${folder}/postgres/data)`);

let stopping = false;
const relayPorts = Array.from({ length: relayCount }, (_, i) => port + 1 + i);
const relays = new Map<number, ChildProcess>();
function startRelay(relayPort: number): void {
  const child = spawn(
    process.execPath,
    [`${root}/build/relay/main.js`, '--host', '127.0.0.1', '--port', String(relayPort), '--database-url', postgres.url, '--static-dir', `${root}/dist`],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  relays.set(relayPort, child);
  createInterface({ input: child.stdout! }).on('line', (line) => console.log(`relay:${relayPort} ${line}`));
  child.on('exit', (code, signal) => {
    if (stopping) return;
    say(`relay on ${relayPort} (pid ${child.pid}) exited (${signal ?? code}); starting it again in 1 s`);
    setTimeout(() => startRelay(relayPort), 1000);
  });
  say(`relay on 127.0.0.1:${relayPort}, pid ${child.pid}`);
}
relayPorts.forEach(startRelay);

const haproxy = await startHaproxy({
  haproxy: engines.haproxy,
  folder,
  port,
  bind: `${values.host}:${port}`,
  relays: relayPorts.map((relayPort, i) => ({ name: `relay${i + 1}`, port: relayPort })),
});
say(`HAProxy on http://${values.host}:${port} (pid ${haproxy.child.pid}, configuration ${folder}/haproxy.cfg). Ctrl-C stops everything.`);

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('stopping');
  await haproxy.stop();
  await Promise.all(
    [...relays.values()].map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
    ),
  );
  await postgres.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
