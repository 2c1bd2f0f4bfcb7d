// Shared by the relay tests: a relay on 127.0.0.1 port 0 with its own data directory, official
// y-websocket clients, raw sockets for misbehaving clients, and polling instead of fixed sleeps.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { roomIdForWriteKey } from '../../relay/capability.ts';
import { startRelay, type Relay, type RelayOptions } from '../../relay/server.ts';

export interface TestRelay {
  relay: Relay;
  dataDir: string;
  syncUrl: string;
  logs: Record<string, unknown>[];
  /** Closes the relay (if still open) and deletes its data directory. */
  dispose(): Promise<void>;
}

export async function startTestRelay(options: Partial<RelayOptions> = {}): Promise<TestRelay> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'relay-test-')));
  const logs: Record<string, unknown>[] = [];
  const relay = await startRelay({
    port: 0,
    host: '127.0.0.1',
    staticDir: null,
    log: (line) => logs.push(line as Record<string, unknown>),
    ...options,
    dataDir,
  });
  return {
    relay,
    dataDir,
    syncUrl: `ws://127.0.0.1:${relay.port}/sync`,
    logs,
    async dispose() {
      await relay.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh capability pair as DESIGN.md §3 defines it. */
export function newRoom(): { writeKey: string; roomId: string } {
  const writeKey = randomBytes(16).toString('base64url');
  return { writeKey, roomId: roomIdForWriteKey(writeKey) };
}

type Polyfill = NonNullable<NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>['WebSocketPolyfill']>;

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** State vectors the relay sent in sync step 1 messages (its acknowledgements), newest last. */
  relayStateVectors: Map<number, number>[];
  destroy(): void;
}

/** The official provider, as the browser app uses it, minus BroadcastChannel. */
export function connectClient(syncUrl: string, roomId: string, options: { writeKey?: string; doc?: Y.Doc } = {}): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(syncUrl, roomId, doc, {
    WebSocketPolyfill: WebSocket as unknown as Polyfill,
    disableBc: true,
    params: options.writeKey ? { key: options.writeKey } : {},
  });
  const relayStateVectors: Map<number, number>[] = [];
  const handleSync = provider.messageHandlers[0]!;
  provider.messageHandlers[0] = (encoder, decoder, ...rest) => {
    const peek = decoding.clone(decoder);
    if (decoding.readVarUint(peek) === 0) relayStateVectors.push(Y.decodeStateVector(decoding.readVarUint8Array(peek)));
    handleSync(encoder, decoder, ...rest);
  };
  return {
    doc,
    provider,
    relayStateVectors,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function whenSynced(client: TestClient, timeoutMs = 5000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return withTimeout(
    new Promise<void>((resolve) => {
      const onSync = (synced: boolean): void => {
        if (!synced) return;
        client.provider.off('sync', onSync);
        resolve();
      };
      client.provider.on('sync', onSync);
    }),
    timeoutMs,
    'provider never synced',
  );
}

/** Resolves once the relay has acknowledged every local change of `client`'s own document. */
export function whenAcknowledged(client: TestClient, timeoutMs = 5000): Promise<void> {
  const own = client.doc.clientID;
  const clock = Y.getState(client.doc.store, own);
  return eventually(() => {
    const latest = client.relayStateVectors.at(-1);
    if ((latest?.get(own) ?? 0) < clock) throw new Error(`relay acknowledged ${latest?.get(own) ?? 0} of ${clock}`);
  }, timeoutMs);
}

/** Retries `check` until it stops throwing; rethrows its last error after the timeout. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(10);
    }
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (after ${ms} ms)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A bare ws client: for clients that misbehave on purpose. Resolves once open. */
export async function openRawSocket(url: string, options: WebSocket.ClientOptions = {}): Promise<RawSocket> {
  const socket = new WebSocket(url, options);
  const received: Uint8Array[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  socket.on('error', () => {});
  socket.on('message', (data) => received.push(new Uint8Array(data as Buffer)));
  await withTimeout(
    new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
      socket.once('error', reject);
    }),
    5000,
    'raw socket never opened',
  );
  return { socket, received, closed };
}

export interface RawSocket {
  socket: WebSocket;
  received: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
}

/** The HTTP status a refused upgrade answers with. */
export function upgradeStatus(url: string): Promise<number> {
  return withTimeout(
    new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.on('error', () => {});
      socket.once('unexpected-response', (request, response) => {
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      socket.once('open', () => {
        socket.close();
        reject(new Error('upgrade was accepted'));
      });
    }),
    5000,
    'no answer to upgrade',
  );
}

/** y-websocket framing for hand-made messages. */
export function syncMessage(syncType: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Reads back a message made by `syncMessage` (or sent by the relay). */
export function readSyncMessage(message: Uint8Array): { syncType: number; payload: Uint8Array } {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== 0) throw new Error('not a sync message');
  return { syncType: decoding.readVarUint(decoder), payload: decoding.readVarUint8Array(decoder) };
}

/** A valid update that inserts `text` into the array "records" of a fresh document. */
export function recordUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getArray<string>('records').push([text]);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

export interface TextResponse {
  status: number;
  body: string;
  headers: IncomingHttpHeaders;
}

/** A plain GET without connection pooling, so no keep-alive socket outlives the test. */
export function fetchText(url: string, options: { method?: string; headers?: Record<string, string>; path?: string } = {}): Promise<TextResponse> {
  const target = new URL(url);
  return withTimeout(
    new Promise<TextResponse>((resolve, reject) => {
      const request = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          path: options.path ?? target.pathname + target.search,
          method: options.method ?? 'GET',
          headers: options.headers ?? {},
          agent: false,
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
        },
      );
      request.on('error', reject);
      request.end();
    }),
    5000,
    `no answer from ${url}`,
  );
}

/** Reads one counter or gauge from /metrics (labels included in `name` when needed). */
export async function metric(relayUrl: string, name: string): Promise<number> {
  const { body } = await fetchText(`${relayUrl}/metrics`);
  const line = body.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : 0;
}
