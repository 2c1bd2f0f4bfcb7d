import assert from 'node:assert/strict';
import { connect as connectTcp } from 'node:net';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fetchText, startTestRelay, withTimeout, type TestRelay } from './helpers.ts';

/** Sends a request line exactly as written: HTTP clients would normalise the dot segments away. */
function rawGet(port: number, path: string): Promise<string> {
  return withTimeout(
    new Promise<string>((resolve, reject) => {
      const socket = connectTcp(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    }),
    5000,
    `no answer for ${path}`,
  );
}

/** A Content-Security-Policy header as directive name → its sources. */
const directives = (policy: string): Map<string, string> =>
  new Map(policy.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    return [name, sources.join(' ')];
  }));

describe('health and metrics', () => {
  let server: TestRelay;
  before(async () => {
    server = await startTestRelay();
  });
  after(() => server.dispose());

  it('answers /healthz with 200 and a JSON summary', async () => {
    const response = await fetchText(`${server.relay.url}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(JSON.parse(response.body), { status: 'ok', rooms: 0, connections: 0 });
  });

  it('serves Prometheus text with the documented metrics', async () => {
    const response = await fetchText(`${server.relay.url}/metrics`);
    assert.equal(response.status, 200);
    assert.match(String(response.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    for (const name of [
      'relay_rooms',
      'relay_connections',
      'relay_messages_received_total',
      'relay_bytes_received_total',
      'relay_messages_sent_total',
      'relay_bytes_sent_total',
      'relay_dropped_writes_total',
      'relay_storage_errors_total',
      'relay_storage_writes_total',
      'relay_connections_closed_total',
    ]) {
      assert.match(response.body, new RegExp(`^# TYPE ${name} (counter|gauge)$`, 'm'), name);
    }
    for (const line of response.body.trim().split('\n')) {
      assert.match(line, /^(# (HELP|TYPE) \w+ .+|\w+(\{reason="\w+"\})? \d+(\.\d+)?)$/, line);
    }
  });

  it('refuses other methods and plain GETs on the sync path', async () => {
    assert.equal((await fetchText(`${server.relay.url}/healthz`, { method: 'POST' })).status, 405);
    assert.equal((await fetchText(`${server.relay.url}/sync/ilvbTMFRZBJsbvJmjendJA`)).status, 426);
  });

  it('serves no files when it has no static directory', async () => {
    assert.equal((await fetchText(`${server.relay.url}/`)).status, 404);
  });
});

describe('serving the built app', () => {
  let server: TestRelay;
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'relay-static-'));
    const app = join(root, 'dist');
    await mkdir(join(app, 'assets'), { recursive: true });
    await writeFile(join(app, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(join(app, 'sw.js'), 'self.skipWaiting()');
    await writeFile(join(app, 'assets', 'index-Ab12Cd.js'), 'console.log(1)');
    await writeFile(join(root, 'secret.txt'), 'outside the app');
    await symlink(join(root, 'secret.txt'), join(app, 'linked.txt'));
    server = await startTestRelay({ staticDir: app });
  });
  after(async () => {
    await server.dispose();
    await rm(root, { recursive: true, force: true });
  });

  it('serves index.html at / without caching', async () => {
    const response = await fetchText(`${server.relay.url}/`);
    assert.equal(response.status, 200);
    assert.equal(response.body, '<!doctype html><title>app</title>');
    assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(response.headers['cache-control'], 'no-cache');
  });

  it('caches hashed assets for a year as immutable, and revalidates everything else', async () => {
    const asset = await fetchText(`${server.relay.url}/assets/index-Ab12Cd.js`);
    assert.equal(asset.status, 200);
    assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(asset.headers['content-type'], 'text/javascript; charset=utf-8');
    const worker = await fetchText(`${server.relay.url}/sw.js`);
    assert.equal(worker.headers['cache-control'], 'no-cache');
  });

  it('answers a matching ETag with 304 and HEAD without a body', async () => {
    const first = await fetchText(`${server.relay.url}/sw.js`);
    const etag = String(first.headers.etag);
    const again = await fetchText(`${server.relay.url}/sw.js`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    const head = await fetchText(`${server.relay.url}/sw.js`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.equal(head.headers['content-length'], String('self.skipWaiting()'.length));
  });

  it('falls back to index.html for app routes but not for missing files', async () => {
    const route = await fetchText(`${server.relay.url}/session/view`);
    assert.equal(route.status, 200);
    assert.equal(route.body, '<!doctype html><title>app</title>');
    assert.equal((await fetchText(`${server.relay.url}/assets/missing-123.js`)).status, 404);
  });

  it('sends the security headers with the page, its assets and app routes', async () => {
    const host = `127.0.0.1:${server.relay.port}`;
    for (const path of ['/', '/assets/index-Ab12Cd.js', '/session/view']) {
      const { status, headers } = await fetchText(`${server.relay.url}${path}`);
      assert.equal(status, 200, path);
      const policy = directives(String(headers['content-security-policy']));
      assert.equal(policy.get('default-src'), "'self'", path);
      assert.equal(policy.get('connect-src'), `'self' ws://${host} wss://${host}`, path);
      assert.equal(policy.get('img-src'), "'self' data:", path);
      assert.equal(policy.get('frame-ancestors'), "'none'", path);
      assert.equal(policy.get('object-src'), "'none'", path);
      // Nothing inline, nothing foreign: scripts and styles fall back to default-src 'self'.
      assert.equal(policy.has('script-src') || policy.has('style-src'), false, path);
      assert.equal(headers['x-content-type-options'], 'nosniff', path);
      assert.equal(headers['referrer-policy'], 'no-referrer', path);
      assert.equal(headers['x-frame-options'], 'DENY', path);
    }
  });

  it('spells out only a plain Host in the policy', async () => {
    const forged = await fetchText(`${server.relay.url}/`, { headers: { Host: "evil.example; script-src 'unsafe-inline'" } });
    assert.equal(directives(String(forged.headers['content-security-policy'])).get('connect-src'), "'self'");
    assert.equal(directives(String(forged.headers['content-security-policy'])).has('script-src'), false);
    const venue = await fetchText(`${server.relay.url}/`, { headers: { Host: '192.168.1.20:8080' } });
    assert.equal(directives(String(venue.headers['content-security-policy'])).get('connect-src'), "'self' ws://192.168.1.20:8080 wss://192.168.1.20:8080");
  });

  it('never serves a file outside the static directory', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt', '/%2e%2e%5csecret.txt', '/linked.txt']) {
      const answer = await rawGet(server.relay.port, path);
      assert.doesNotMatch(answer, /outside the app/, path);
      assert.match(answer, /^HTTP\/1\.1 (400|404)/, path);
    }
  });
});
