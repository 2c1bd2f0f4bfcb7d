import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRelay } from '../../relay/server.ts';

export interface RelayUnderTest {
  /** e.g. http://127.0.0.1:41234 — the built app and /sync on one port. */
  url: string;
  /** e.g. ws://127.0.0.1:41234/sync — what a y-websocket client is given. */
  syncUrl: string;
  /** The relay's own log, kept quiet and shown only when a step fails. */
  logLines: object[];
  close(): Promise<void>;
}

/** The real relay serving the real build (dist/), on a free loopback port with a throwaway data dir. */
export async function startRelayUnderTest(): Promise<RelayUnderTest> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cdw-e2e-'));
  const logLines: object[] = [];
  const relay = await startRelay({ port: 0, host: '127.0.0.1', dataDir, staticDir: 'dist', log: (line) => logLines.push(line) });
  const url = `http://127.0.0.1:${relay.port}`;
  return {
    url,
    syncUrl: `ws://127.0.0.1:${relay.port}/sync`,
    logLines,
    async close() {
      try {
        await relay.close();
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}
