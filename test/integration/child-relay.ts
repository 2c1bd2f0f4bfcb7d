// A relay child process that can be killed with SIGKILL and restarted on the same data directory and
// port (so clients find it again), without the caller waiting for the restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep } from '../relay/helpers.ts';
import { spawnRelay, type RelayProcess } from '../relay/relay-process.ts';

export class ChildRelay {
  private restarting: Promise<RelayProcess> | null = null;

  private constructor(
    private current: RelayProcess,
    readonly dataDir: string,
    private readonly args: string[],
  ) {}

  static async start(name: string, args: string[] = []): Promise<ChildRelay> {
    const dataDir = await mkdtemp(join(tmpdir(), `fault-${name}-`));
    return new ChildRelay(await spawnRelay(['--data-dir', dataDir, ...args]), dataDir, args);
  }

  get port(): number {
    return this.current.port;
  }

  /** The current process, for its resident memory. */
  get pid(): number {
    return this.current.child.pid!;
  }

  get syncUrl(): string {
    return this.current.syncUrl;
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** SIGKILL, then a restart that runs in the background while the caller carries on. */
  async kill(): Promise<void> {
    await this.ready();
    this.current.child.kill('SIGKILL');
    await this.current.exited;
    this.restarting = this.respawn();
  }

  /** Resolves once a restart under way (if any) is listening. */
  async ready(): Promise<void> {
    if (!this.restarting) return;
    this.current = await this.restarting;
    this.restarting = null;
  }

  async dispose(): Promise<void> {
    (await this.restarting?.catch(() => null))?.child.kill('SIGKILL');
    this.current.child.kill('SIGKILL');
    await rm(this.dataDir, { recursive: true, force: true });
  }

  /** Retried: between the kill and the restart, another socket may briefly hold the port. */
  private async respawn(): Promise<RelayProcess> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await spawnRelay(['--data-dir', this.dataDir, ...this.args, '--port', String(this.port)]);
      } catch (error) {
        if (attempt >= 5) throw error;
        await sleep(200 * attempt);
      }
    }
  }
}
