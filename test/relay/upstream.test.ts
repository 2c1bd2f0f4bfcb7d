// The venue relay's upstream setting, and an upstream that misbehaves.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { WebSocketServer, type WebSocket } from 'ws';
import { ConfigError, readConfig } from '../../relay/config.ts';
import { UpstreamUrlError, upstreamSyncUrl } from '../../relay/upstream-url.ts';
import { connectClient, eventually, fetchText, metric, newRoom, recordUpdate, startTestRelay, syncMessage, type TestClient, type TestRelay } from './helpers.ts';

describe('upstreamSyncUrl', () => {
  it('turns the central server base URL into its sync endpoint', () => {
    const cases: [string, string][] = [
      ['https://workshop.example.org', 'wss://workshop.example.org/sync'],
      ['https://workshop.example.org/', 'wss://workshop.example.org/sync'],
      ['http://10.0.0.5:8080', 'ws://10.0.0.5:8080/sync'],
      ['ws://127.0.0.1:9000/sync', 'ws://127.0.0.1:9000/sync'],
      ['wss://workshop.example.org/sync/', 'wss://workshop.example.org/sync'],
      ['https://example.org/workshop/', 'wss://example.org/workshop/sync'],
      ['  HTTPS://Example.ORG:443  ', 'wss://example.org/sync'],
      ['http://[::1]:8080', 'ws://[::1]:8080/sync'],
    ];
    for (const [input, expected] of cases) assert.equal(upstreamSyncUrl(input), expected, input);
  });

  it('refuses what is not a base URL, without repeating it', () => {
    const scribeLink = 'https://workshop.example.org/#/s/AAAAAAAAAAAAAAAAAAAAAA';
    for (const input of ['workshop.example.org', 'ftp://example.org', 'https://user:secret@example.org', 'https://example.org/?key=x', scribeLink, 'https://example.org/#']) {
      assert.throws(() => upstreamSyncUrl(input), (error: Error) => error instanceof UpstreamUrlError && !error.message.includes('AAAA') && !error.message.includes('secret'), input);
    }
  });

  it('is read from --upstream or UPSTREAM, flag first', () => {
    const fromEnv = readConfig([], { UPSTREAM: 'https://central.example.org' });
    assert.ok(fromEnv !== 'help', 'a config');
    assert.equal(fromEnv.upstream, 'wss://central.example.org/sync');
    const fromFlag = readConfig(['--upstream', 'http://10.0.0.5:8080'], { UPSTREAM: 'https://central.example.org' });
    assert.ok(fromFlag !== 'help', 'a config');
    assert.equal(fromFlag.upstream, 'ws://10.0.0.5:8080/sync');
    const none = readConfig([], { UPSTREAM: '' });
    assert.ok(none !== 'help', 'a config');
    assert.equal(none.upstream, null);
    assert.throws(() => readConfig(['--upstream', 'central'], {}), ConfigError);
  });
});

describe('an upstream that sends garbage', () => {
  const cleanup: (() => unknown)[] = [];
  after(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  /** A fake central server that answers every link with `garbage`, then keeps the socket open. */
  async function hostileUpstream(garbage: (socket: WebSocket, index: number) => void): Promise<{ url: string; links: () => number }> {
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    let links = 0;
    server.on('connection', (socket) => {
      socket.on('error', () => {});
      garbage(socket, links++);
    });
    cleanup.push(() => new Promise((resolve) => server.close(resolve)), () => server.clients.forEach((socket) => socket.terminate()));
    const address = server.address();
    return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, links: () => links };
  }

  it('backs off a link that keeps dropping, and waits longest after a refusal retrying cannot fix', async () => {
    const greeting = syncMessage(0, Uint8Array.of(0));
    const refusing = await hostileUpstream((socket) => {
      socket.send(greeting);
      socket.close(4413, 'room too large');
    });
    const flapping = await hostileUpstream((socket) => socket.close(1011, 'try again'));
    const options = { minBackoffMs: 10, maxBackoffMs: 400 };
    const venueA = await startTestRelay({ upstream: { url: refusing.url, ...options } });
    const venueB = await startTestRelay({ upstream: { url: flapping.url, ...options } });
    cleanup.push(() => venueA.dispose(), () => venueB.dispose());
    const { roomId } = newRoom();
    const a = connectClient(venueA.syncUrl, roomId);
    const b = connectClient(venueB.syncUrl, roomId);
    cleanup.push(() => a.destroy(), () => b.destroy());
    const retries = (relay: TestRelay) => relay.logs.filter((line) => line.event === 'upstream_disconnected').map((line) => line.retryInMs as number);
    await eventually(() => assert.ok(retries(venueA).length >= 3 && retries(venueB).length >= 6, 'not enough retries yet'), 20_000);
    // Jitter takes each delay to between half and all of its ceiling.
    assert.ok(retries(venueA).every((ms) => ms >= options.maxBackoffMs / 2), `after 4413: ${retries(venueA)}`);
    const flaps = retries(venueB);
    for (let i = 0; i < 6; i++) assert.ok(flaps[i]! >= Math.min(options.maxBackoffMs, options.minBackoffMs * 2 ** i) / 2, `retry ${i}: ${flaps}`);
  });

  it('costs only the link: local scribes keep syncing, the relay stays up and keeps retrying', async () => {
    const payloads = [
      (socket: WebSocket) => socket.send(Buffer.from([0xff, 0xfe, 0x01, 0x80])),
      (socket: WebSocket) => socket.send('not binary'),
      (socket: WebSocket) => socket.send(syncMessage(2, recordUpdate('cut short').subarray(0, 5))),
      (socket: WebSocket) => socket.send(syncMessage(0, Uint8Array.of(0x05, 0xff))),
    ];
    const upstream = await hostileUpstream((socket, index) => payloads[index % payloads.length]!(socket));
    const venue: TestRelay = await startTestRelay({ upstream: { url: upstream.url, minBackoffMs: 5, maxBackoffMs: 20 } });
    cleanup.push(() => venue.dispose());
    const { writeKey, roomId } = newRoom();
    const a: TestClient = connectClient(venue.syncUrl, roomId, { writeKey });
    const b: TestClient = connectClient(venue.syncUrl, roomId, { writeKey });
    cleanup.push(() => a.destroy(), () => b.destroy());

    await eventually(() => assert.ok(upstream.links() >= 2 * payloads.length, `only ${upstream.links()} links`), 10_000);
    a.doc.getArray<string>('records').push(['still live at the venue']);
    await eventually(() => assert.deepEqual(b.doc.getArray('records').toArray(), ['still live at the venue']));
    const rejected = venue.logs.filter((line) => line.event === 'upstream_rejected');
    assert.ok(rejected.length >= payloads.length, 'each garbage message closed its link');
    assert.ok(rejected.every((line) => line.code === 4400), 'closed as malformed');
    assert.equal((await fetchText(`${venue.relay.url}/healthz`)).status, 200);
    assert.ok((await metric(venue.relay.url, 'relay_upstream_connects_total')) >= payloads.length, 'links counted');
    assert.ok(!venue.logs.some((line) => JSON.stringify(line).includes(writeKey)), 'the write key is never logged');
  });
});
