// The real relay serving the built app, holding one signed session written through a standard client.
import { randomBytes, createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startRelay, type Relay } from '../relay/server.ts';
import type { WorkshopRecord } from '../src/domain/records.ts';
import { generateSession } from './session-generator.ts';
import { signSession } from './signed-session.ts';

export interface SeededRelay {
  relay: Relay;
  roomId: string;
  writeKey: string;
  /** The facilitator the links name. */
  anchor: string;
  /** What the relay holds, for a bench to check the page against. */
  records: readonly WorkshopRecord[];
  close(): Promise<void>;
}

export async function seededRelay(count: number, distDir: string): Promise<SeededRelay> {
  const writeKey = randomBytes(16).toString('base64url');
  const roomId = createHash('sha256').update(writeKey).digest('base64url').slice(0, 22);
  const dataDir = await mkdtemp(join(tmpdir(), 'cdw-bench-'));
  const relay = await startRelay({ port: 0, host: '127.0.0.1', dataDir, staticDir: distDir, log: () => {} });
  const { anchor, records } = await seedRoom(relay, roomId, writeKey, count);
  return {
    relay,
    roomId,
    writeKey,
    anchor,
    records,
    async close() {
      await relay.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Writes a signed session of `count` records into the relay, as scribes would have. */
async function seedRoom(relay: Relay, roomId: string, writeKey: string, count: number): Promise<{ anchor: string; records: WorkshopRecord[] }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${relay.port}/sync`, roomId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { key: writeKey },
  });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const records = doc.getArray('records');
  // In batches: one message per record would trip the relay's rate limit, one for all its size limit.
  const { records: session, anchor } = await signSession(generateSession(count), roomId);
  for (let i = 0; i < session.length; i += 500) {
    doc.transact(() => records.insert(records.length, session.slice(i, i + 500)));
  }
  // A second client proves the relay holds it all before the browser looks.
  const check = new Y.Doc();
  const checker = new WebsocketProvider(`ws://127.0.0.1:${relay.port}/sync`, roomId, check, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const deadline = Date.now() + 60_000;
  while (check.getArray('records').length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (check.getArray('records').length < count) throw new Error('relay did not receive the session');
  checker.destroy();
  provider.destroy();
  // Each provider's awareness keeps a timer until its document is destroyed: without this the run never ends.
  check.destroy();
  doc.destroy();
  return { anchor, records: session };
}
