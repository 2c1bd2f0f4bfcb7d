import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Log } from './log.ts';
import type { RelayMetrics } from './metrics.ts';
import { securityHeaders } from './security-headers.ts';
import { sendText, serveStatic } from './static-files.ts';

export interface HttpContext {
  metrics: RelayMetrics;
  log: Log;
  staticDir: string | null;
  stats: () => { rooms: number; connections: number };
  /** False while shutting down or while storage is failing. */
  healthy: () => boolean;
  /** Where machines on the local network reach this relay (lan-urls.ts); the app's venue page asks. */
  lanUrls: () => string[];
}

/** Plain HTTP on the relay's port: health, metrics, LAN addresses, the app. WebSocket upgrades are handled elsewhere. */
export function createRequestHandler(context: HttpContext): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    for (const [name, value] of Object.entries(securityHeaders(request))) response.setHeader(name, value);
    route(context, request, response).catch((error: unknown) => {
      context.log({ event: 'http_error', url: request.url, error: String(error) });
      if (!response.headersSent) sendText(response, 500, 'internal error');
      else response.destroy();
    });
  };
}

async function route(context: HttpContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'method not allowed', { Allow: 'GET, HEAD' });
  const pathname = (request.url ?? '/').split('?')[0] ?? '/';
  if (pathname === '/healthz') {
    const healthy = context.healthy();
    const body = JSON.stringify({ status: healthy ? 'ok' : 'unavailable', ...context.stats() });
    return sendText(response, healthy ? 200 : 503, body, { 'Content-Type': 'application/json' });
  }
  if (pathname === '/metrics') {
    return sendText(response, 200, context.metrics.render(context.stats()), { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
  }
  if (pathname === '/lan') {
    // Read afresh: a laptop's address changes when it joins another network.
    const body = JSON.stringify({ urls: context.lanUrls() });
    return sendText(response, 200, body, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  }
  if (pathname.startsWith('/sync/')) return sendText(response, 426, 'WebSocket upgrade required', { Upgrade: 'websocket' });
  if (!context.staticDir) return sendText(response, 404, 'not found');
  await serveStatic(request, response, context.staticDir, pathname);
}
