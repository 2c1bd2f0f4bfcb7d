// A throwaway cluster for a test: PostgreSQL, relays as child processes (each restartable after
// SIGKILL on its port), and HAProxy in front, all on 127.0.0.1; never the system services.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHaproxy, type HaproxyTiming, type LocalHaproxy } from '../../scripts/cluster/haproxy.ts';
import { freePort } from '../../scripts/cluster/free-port.ts';
import { metric } from '../relay/helpers.ts';
import { engines, startTestPostgres, type TestPostgres } from '../relay/test-postgres.ts';
import { ChildRelay } from './child-relay.ts';

export class LocalCluster {
  private constructor(
    readonly postgres: TestPostgres,
    readonly relays: ChildRelay[],
    private readonly haproxy: LocalHaproxy,
    private readonly folder: string,
  ) {}

  /** `timing`: by default quick checks, as the tests wait for a killed relay to be taken out and back in. */
  static async start(relayCount = 3, options: { relayArgs?: string[]; timing?: HaproxyTiming } = {}): Promise<LocalCluster> {
    if (!engines) throw new Error('PostgreSQL and HAProxy are missing');
    const folder = await mkdtemp(join(tmpdir(), 'relay-cluster-'));
    const postgres = await startTestPostgres();
    const relays: ChildRelay[] = [];
    try {
      const ports = await Promise.all(Array.from({ length: relayCount }, () => freePort()));
      relays.push(...(await Promise.all(ports.map((port, i) => ChildRelay.start(`cluster-${i + 1}`, ['--database-url', postgres.url, '--port', String(port), ...(options.relayArgs ?? [])])))));
      const haproxy = await startHaproxy({
        haproxy: engines.haproxy,
        folder,
        port: await freePort(),
        relays: relays.map((relay, i) => ({ name: `relay${i + 1}`, port: relay.port })),
        timing: options.timing ?? { checkMs: 300, fall: 2, rise: 2 },
      });
      return new LocalCluster(postgres, relays, haproxy, folder);
    } catch (error) {
      for (const relay of relays) await relay.dispose();
      await postgres.dispose();
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
  }

  /** HAProxy's address: what browsers (and a venue relay's --upstream) use. */
  get httpUrl(): string {
    return this.haproxy.url;
  }

  get haproxyPid(): number {
    return this.haproxy.child.pid!;
  }

  get syncUrl(): string {
    return `ws://127.0.0.1:${this.haproxy.port}/sync`;
  }

  /** Relays holding at least one room now (by their metrics). */
  async holders(): Promise<ChildRelay[]> {
    const rooms = await Promise.all(this.relays.map((relay) => metric(relay.httpUrl, 'relay_rooms').catch(() => 0)));
    return this.relays.filter((_, i) => rooms[i]! > 0);
  }

  async ready(): Promise<void> {
    for (const relay of this.relays) await relay.ready();
  }

  async dispose(): Promise<void> {
    await this.haproxy.stop();
    for (const relay of this.relays) await relay.dispose();
    await this.postgres.dispose();
    await rm(this.folder, { recursive: true, force: true });
  }
}
