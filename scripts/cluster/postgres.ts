// A PostgreSQL of its own in a folder (initdb on first use), on 127.0.0.1 only, for the local cluster
// and the tests; never the system service. PostgreSQL refuses to run as root, so as root it runs as nobody.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.ts';

export interface LocalPostgres {
  /** postgres://workshop@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  child: ChildProcess;
  /** Fast shutdown (SIGINT), resolves once the server has exited. */
  stop(): Promise<void>;
}

export interface PostgresOptions {
  bin: string;
  /** Holds the cluster (data/) and its socket; created if missing, kept afterwards. */
  folder: string;
  port?: number;
  /** Extra server settings, e.g. { fsync: 'off' } for throwaway test data. */
  settings?: Record<string, string>;
  /** Receives the server's own log lines. */
  onLog?: (line: string) => void;
}

export async function startPostgres(options: PostgresOptions): Promise<LocalPostgres> {
  const owner = process.getuid?.() === 0 ? unprivilegedUser() : null;
  const dataDir = join(options.folder, 'data');
  await mkdir(options.folder, { recursive: true, mode: 0o700 });
  if (owner) await chown(options.folder, owner.uid, owner.gid);
  const as = owner ? { uid: owner.uid, gid: owner.gid } : {};
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    const init = spawnSync(join(options.bin, 'initdb'), ['-D', dataDir, '-U', 'workshop', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], {
      cwd: options.folder,
      encoding: 'utf8',
      ...as,
    });
    if (init.status !== 0) throw new Error(`initdb failed (${init.status}): ${init.stderr || init.error}`);
  }
  const port = options.port ?? (await freePort());
  const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: options.folder, max_connections: '200', ...options.settings };
  const child = spawn(join(options.bin, 'postgres'), ['-D', dataDir, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])], {
    cwd: options.folder,
    stdio: ['ignore', 'ignore', 'pipe'],
    ...as,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
    if (options.onLog) for (const line of chunk.split('\n')) if (line) options.onLog(line);
  });
  const url = `postgres://workshop@127.0.0.1:${port}/postgres`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await exited;
  };
  try {
    await untilAccepting(url, exited);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  return { url, port, child, stop };
}

/** Polls until a connection succeeds: the server is ready for queries, not only listening. */
async function untilAccepting(url: string, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (gone) throw new Error('postgres exited before accepting connections');
      if (Date.now() > deadline) throw new Error(`postgres did not accept connections: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The `nobody` account from /etc/passwd: PostgreSQL will not run as root. */
function unprivilegedUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('nobody:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid) throw new Error('running as root, and there is no `nobody` user to run PostgreSQL as');
  return { uid: Number(uid), gid: Number(gid) };
}
