import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { CloseCode } from './close-codes.ts';
import { Connection, type ConnectionContext } from './connection.ts';
import { Heartbeat } from './heartbeat.ts';
import { createRequestHandler } from './http-routes.ts';
import { resolveLimits, type RelayLimits } from './limits.ts';
import { lanUrls } from './lan-urls.ts';
import { jsonLines, type Log } from './log.ts';
import { RelayMetrics } from './metrics.ts';
import { RoomRegistry } from './rooms.ts';
import { openStorage } from './open-storage.ts';
import { parseSyncRequest, refusal } from './sync-endpoint.ts';
import type { UpstreamGauges } from './metrics.ts';
import { Upstream } from './upstream.ts';
import { upstreamSyncUrl } from './upstream-url.ts';

export type { RelayLimits } from './limits.ts';

export interface RelayOptions {
  /** 0 picks a free port. Default 8080. */
  port?: number;
  /** Interface to listen on; default all interfaces. */
  host?: string;
  /** LevelDB directory; created if missing. Unused with databaseUrl. */
  dataDir: string;
  /** PostgreSQL shared by several relays (postgres://user@host/db) instead of the LevelDB directory. */
  databaseUrl?: string | null;
  /** The built app (e.g. 'dist'), served on the same port; null serves no files. */
  staticDir?: string | null;
  /** Receives one object per event; default JSON lines on stdout. */
  log?: (line: object) => void;
  limits?: Partial<RelayLimits>;
  /** Delay before a writer is sent the relay's durable state vector (its acknowledgement). Default 100 ms. */
  ackDelayMs?: number;
  /** Stored appends per room between compactions. Default 500. */
  compactEvery?: number;
  /** Makes this a venue relay: every room is mirrored to this central relay (its base URL, http(s) or ws(s)). */
  upstream?: string | UpstreamOptions | null;
}

export interface UpstreamOptions {
  url: string;
  /** First reconnection delay; it doubles up to maxBackoffMs (with jitter). Default 250 ms. */
  minBackoffMs?: number;
  /** Default 10 s. */
  maxBackoffMs?: number;
  /** How long local updates are merged before they go up: at most 1000 / batchMs update messages a second on the link. Default 50 ms. */
  batchMs?: number;
}

export interface RelayStats {
  rooms: number;
  connections: number;
  /** A venue relay's mirrors. */
  upstream?: UpstreamGauges;
}

export interface Relay {
  port: number;
  /** http://host:port */
  url: string;
  stats(): RelayStats;
  /** Closes every connection, writes every room back, closes storage. */
  close(): Promise<void>;
}

/** Starts the relay: sync endpoint, health, metrics and the app on one port. */
export async function startRelay(options: RelayOptions): Promise<Relay> {
  const limits = resolveLimits(options.limits);
  const log: Log = options.log ?? jsonLines();
  const upstreamOptions = typeof options.upstream === 'string' ? { url: options.upstream } : (options.upstream ?? null);
  const upstreamUrl = upstreamOptions ? upstreamSyncUrl(upstreamOptions.url) : null;
  const storage = await openStorage({ dataDir: options.dataDir, databaseUrl: options.databaseUrl, holdsSecrets: upstreamUrl !== null, log });
  const metrics = new RelayMetrics();
  const heartbeat = new Heartbeat(limits.heartbeatMs);
  const registry = new RoomRegistry({
    storage,
    limits,
    metrics,
    log,
    ackDelayMs: options.ackDelayMs ?? 100,
    compactEvery: options.compactEvery ?? 500,
    storageRetryMs: 1000,
  });
  const connections = new Set<Connection>();
  const upstream =
    upstreamOptions && upstreamUrl
      ? new Upstream({
          syncUrl: upstreamUrl,
          ledger: storage.mirrors,
          registry,
          heartbeat,
          metrics,
          log,
          maxPayload: limits.maxRoomBytes + 1024,
          batchMs: upstreamOptions.batchMs ?? 50,
          minBackoffMs: upstreamOptions.minBackoffMs ?? 250,
          maxBackoffMs: upstreamOptions.maxBackoffMs ?? 10_000,
          random: Math.random,
        })
      : null;
  const stats = (): RelayStats => ({
    rooms: registry.roomCount,
    connections: connections.size,
    ...(upstream ? { upstream: upstream.gauges() } : {}),
  });
  let closing: Promise<void> | null = null;

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, perMessageDeflate: false });
  const connectionContext: ConnectionContext = {
    registry,
    heartbeat,
    limits,
    metrics,
    log,
    onGone: (connection) => {
      connections.delete(connection);
      upstream?.localClosed(connection.roomId);
    },
  };

  // Set once listening, before any request can arrive.
  let boundPort = 0;
  const server = createServer(
    createRequestHandler({
      metrics,
      log,
      staticDir: options.staticDir ?? null,
      stats,
      healthy: () => closing === null && !metrics.storageFailing,
      lanUrls: () => lanUrls(boundPort, options.host),
    }),
  );
  server.on('upgrade', (request, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const target = parseSyncRequest(request.url);
    if (!target.ok || closing) {
      const status = target.ok ? 503 : target.status;
      const reason = target.ok ? 'shutting_down' : target.reason;
      metrics.countRefusal(reason);
      log({ event: 'upgrade_refused', status, reason });
      socket.end(refusal(status, reason));
      return;
    }
    wss.handleUpgrade(request, socket, head, (socket) => {
      const connection = new Connection(socket, target.roomId, target.writable, connectionContext);
      connections.add(connection);
      upstream?.localOpened(target.roomId, target.writeKey);
      connection.join();
    });
  });

  try {
    // Mirrors of rooms with undelivered changes restart before any local client can connect.
    await upstream?.resume();
    await listen(server, options.port ?? 8080, options.host);
  } catch (error) {
    upstream?.close();
    heartbeat.stop();
    await storage.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  boundPort = port;
  const url = `http://${urlHost(options.host)}:${port}`;
  log({
    event: 'listening',
    port,
    url,
    lanUrls: lanUrls(port, options.host),
    ...(options.databaseUrl ? { storage: 'postgresql', database: databaseLabel(options.databaseUrl) } : { storage: 'leveldb', dataDir: options.dataDir }),
    staticDir: options.staticDir ?? null,
    upstream: upstreamUrl,
    limits,
  });

  const close = async (): Promise<void> => {
    log({ event: 'shutting_down', ...stats() });
    const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
    upstream?.close();
    for (const connection of [...connections]) connection.close(CloseCode.goingAway, 'relay shutting down');
    await registry.settled();
    // Give clients a moment to answer the close frames, then cut what is left.
    await waitUntil(() => wss.clients.size === 0, 1000);
    for (const socket of wss.clients) socket.terminate();
    server.closeAllConnections();
    await serverClosed;
    heartbeat.stop();
    wss.close();
    await storage.close();
    log({ event: 'closed' });
  };
  return {
    port,
    url,
    stats,
    close: () => (closing ??= close()),
  };
}

function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Host, port and database of a connection URL, without its credentials, for the log. */
function databaseLabel(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.host}${url.pathname}`;
  } catch {
    return 'unparsable URL';
  }
}

function urlHost(host: string | undefined): string {
  if (!host || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}
