import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRelay, type Relay } from '../../relay/server.ts';

export interface RelayUnderTest {
  /** e.g. http://127.0.0.1:41234 — the built app and /sync on one port. */
  url: string;
  /** e.g. ws://127.0.0.1:41234/sync — what a y-websocket client is given. */
  syncUrl: string;
  /** The relay's own log, kept quiet and shown only when a step fails. */
  logLines: object[];
  /** Stops the relay as a crash or a redeploy would, keeping its port and data dir for `start()`. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data dir, as a supervisor would. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real relay serving the real build (dist/, or a copy of it), on a free loopback port with a throwaway data dir;
 * with `upstream`, a venue relay mirroring its rooms to that central relay.
 */
export async function startRelayUnderTest(options: { staticDir?: string; upstream?: string } = {}): Promise<RelayUnderTest> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cdw-e2e-'));
  const logLines: object[] = [];
  const launch = (port: number): Promise<Relay> =>
    startRelay({
      port,
      host: '127.0.0.1',
      dataDir,
      staticDir: options.staticDir ?? 'dist',
      upstream: options.upstream ?? null,
      log: (line) => logLines.push(line),
    });
  let relay: Relay | null = await launch(0);
  const port = relay.port;
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    const running = relay;
    relay = null;
    await running?.close();
  };
  return {
    url,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    logLines,
    stop,
    async start() {
      relay ??= await launch(port);
    },
    async close() {
      try {
        await stop();
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}
