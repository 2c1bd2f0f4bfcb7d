import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

// Vite puts content-hashed files under /assets/: they never change, everything else must be revalidated.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * Serves the built app from `root`: a file if one matches, index.html for paths that do not name a
 * file (single-page app routes), 404 otherwise. Never anything outside `root`, symlinks included.
 */
export async function serveStatic(request: IncomingMessage, response: ServerResponse, root: string, pathname: string): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return sendText(response, 400, 'bad path');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return sendText(response, 400, 'bad path');
  const rootDir = resolve(root);
  const wanted = resolve(rootDir, `.${decoded}`);
  if (wanted !== rootDir && !wanted.startsWith(rootDir + sep)) return sendText(response, 404, 'not found');

  const file = (await existingFile(wanted, rootDir)) ?? (await existingFile(resolve(wanted, 'index.html'), rootDir));
  if (file) return sendFile(request, response, file, decoded.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
  const namesAFile = extname(decoded) !== '';
  const index = namesAFile ? null : await existingFile(resolve(rootDir, 'index.html'), rootDir);
  if (index) return sendFile(request, response, index, REVALIDATE);
  sendText(response, 404, 'not found');
}

/** The file's real path if it is a regular file inside the real root, else null. */
async function existingFile(path: string, rootDir: string): Promise<{ path: string; size: number; mtimeMs: number } | null> {
  try {
    const [real, realRoot] = await Promise.all([realpath(path), realpath(rootDir)]);
    if (!real.startsWith(realRoot + sep)) return null;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: { path: string; size: number; mtimeMs: number },
  cacheControl: string,
): void {
  const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
  const headers = {
    'Cache-Control': cacheControl,
    ETag: etag,
  };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  response.writeHead(200, {
    ...headers,
    'Content-Type': contentTypes[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': file.size,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file.path)
    .on('error', () => response.destroy())
    .pipe(response);
}

export function sendText(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(body);
}
