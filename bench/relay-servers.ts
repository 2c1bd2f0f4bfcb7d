// The two servers the relay benchmark compares, each in its own child process on a loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { withOpenFiles } from './open-files.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const referenceServer = fileURLToPath(new URL('../node_modules/@y/websocket-server/src/server.js', import.meta.url));

export interface BenchServer {
  name: 'relay' | 'reference';
  pid: number;
  /** Append `/<roomId>?key=…`. */
  syncUrl: string;
  stop(): Promise<void>;
}

/** How a bench starts a server: more clients a room than the default, a higher limit on open files. */
export interface ServerOptions {
  maxConnectionsPerRoom?: number;
  /** Raise the server's soft limit on open files to this (see open-files.ts); null leaves it as inherited. */
  openFiles?: number | null;
}

/** Ours, from source, with the per-connection rate limit lifted so that throughput is what is measured. */
export async function startOurRelay(dataDir: string, options: ServerOptions = {}): Promise<BenchServer> {
  const [command, args] = withOpenFiles(options.openFiles ?? null, process.execPath, [
    '--import',
    'tsx',
    'relay/main.ts',
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--data-dir',
    dataDir,
    '--static-dir',
    '',
  ]);
  const child = spawn(command, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, MAX_MESSAGES_PER_SECOND: '1000000', MAX_CONNECTIONS_PER_ROOM: String(options.maxConnectionsPerRoom ?? 5000) },
  });
  const line = await firstLine(child, (text) => text.includes('"event":"listening"'));
  const port = (JSON.parse(line) as { port: number }).port;
  return { name: 'relay', pid: child.pid!, syncUrl: `ws://127.0.0.1:${port}/sync`, stop: () => stop(child) };
}

/** @y/websocket-server 0.1.1 as its own bin starts it, persisting to LevelDB like ours does. */
export async function startReference(dataDir: string, options: ServerOptions = {}): Promise<BenchServer> {
  const port = await freePort();
  const [command, args] = withOpenFiles(options.openFiles ?? null, process.execPath, [referenceServer]);
  const child = spawn(command, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: dataDir },
  });
  await firstLine(child, (text) => text.startsWith('running at'));
  return { name: 'reference', pid: child.pid!, syncUrl: `ws://127.0.0.1:${port}/sync`, stop: () => stop(child) };
}

/** Resident memory of a process from /proc (Linux); null elsewhere. */
export function residentBytes(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux, 100 ticks a second); null elsewhere. */
export function cpuSeconds(pid: number): number | null {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function firstLine(child: ChildProcess, matches: (text: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start within 20 s')), 20_000);
    // Keep reading after the match so the child never blocks on a full pipe.
    createInterface({ input: child.stdout! }).on('line', (text) => {
      if (!matches(text)) return;
      clearTimeout(timer);
      resolve(text);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
