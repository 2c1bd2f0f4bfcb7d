// The relay under fuzz: our own child process (watched, restartable, heap capped as in production), or
// a relay someone else runs, such as a venue laptop, reached by URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { withTimeout } from '../helpers.ts';

export interface FuzzTarget {
  /** http://host:port */
  readonly httpUrl: string;
  /** ws://host:port/sync */
  readonly syncUrl: string;
  /** The relay's largest accepted message, so that 'oversized' messages exceed it. */
  readonly maxMessageBytes: number;
  /** False once the process has exited; always true for a relay we do not run. */
  alive(): boolean;
  /** Log lines that point at a relay bug (`internal_error`, `room_load_failed`); none for a relay we do not run. */
  readonly incidents: Record<string, unknown>[];
  /** Stops gracefully and starts again on the same data; null when the relay is not ours to restart. */
  readonly restart: (() => Promise<void>) | null;
  dispose(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const mainScript = fileURLToPath(new URL('../../../relay/main.ts', import.meta.url));
const incidentEvents = new Set(['internal_error', 'room_load_failed', 'storage_error', 'close_failed', 'close_timed_out']);

/** Node's heap limit for the child: DESIGN.md §7 budgets the relay under hostile input below 512 MB. */
export const HEAP_LIMIT_MB = 512;

export class ChildRelayTarget implements FuzzTarget {
  readonly incidents: Record<string, unknown>[] = [];
  readonly maxMessageBytes = 1024 * 1024;
  /** The last lines the child wrote on stderr: its stack trace if it crashed. */
  readonly stderrTail: string[] = [];
  private child!: ChildProcess;
  private exited!: Promise<number | null>;
  private exitCode: number | null | undefined;
  private port = 0;

  private constructor(
    private readonly dataDir: string,
    private readonly args: string[],
  ) {}

  /** `args` are relay flags added to the fuzzer's own (loopback, port 0, no static files, a high message rate). */
  static async start(args: string[] = []): Promise<ChildRelayTarget> {
    const target = new ChildRelayTarget(await mkdtemp(join(tmpdir(), 'relay-fuzz-')), args);
    await target.spawn();
    return target;
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get syncUrl(): string {
    return `ws://127.0.0.1:${this.port}/sync`;
  }

  alive(): boolean {
    return this.exitCode === undefined;
  }

  readonly restart = async (): Promise<void> => {
    this.child.kill('SIGTERM');
    const code = await withTimeout(this.exited, 60_000, 'relay did not stop on SIGTERM');
    if (code !== 0) throw new Error(`relay exited with ${code} on SIGTERM\n${this.stderrTail.join('\n')}`);
    await this.spawn();
  };

  async dispose(): Promise<void> {
    if (this.alive()) this.child.kill('SIGKILL');
    await this.exited;
    await rm(this.dataDir, { recursive: true, force: true });
  }

  private async spawn(): Promise<void> {
    // The fuzzer sends a probe after every message: the per-connection rate limit would only measure the fuzzer.
    const flags = ['--port', '0', '--host', '127.0.0.1', '--static-dir', '', '--data-dir', this.dataDir, '--max-messages-per-second', '1000000', ...this.args];
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, '--import', 'tsx', mainScript, ...flags], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exitCode = undefined;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      }),
    );
    createInterface({ input: child.stderr! }).on('line', (line) => {
      this.stderrTail.push(line);
      if (this.stderrTail.length > 60) this.stderrTail.shift();
    });
    this.port = await withTimeout(
      new Promise<number>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on('line', (text) => {
          const line = JSON.parse(text) as Record<string, unknown>;
          if (line.event === 'listening') resolve(line.port as number);
          if (incidentEvents.has(String(line.event))) this.incidents.push(line);
        });
        void this.exited.then((code) => reject(new Error(`relay exited with ${code} before listening\n${this.stderrTail.join('\n')}`)));
      }),
      30_000,
      'relay process did not start',
    );
  }
}

/** A relay already running elsewhere, e.g. `RELAY_FUZZ_URL=http://10.0.0.5:8080`. */
export function remoteTarget(httpUrl: string, maxMessageBytes = 1024 * 1024): FuzzTarget {
  const base = new URL(httpUrl);
  const syncUrl = `${base.protocol === 'https:' ? 'wss:' : 'ws:'}//${base.host}/sync`;
  return { httpUrl: base.origin, syncUrl, maxMessageBytes, alive: () => true, incidents: [], restart: null, dispose: async () => {} };
}
