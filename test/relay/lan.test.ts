import assert from 'node:assert/strict';
import type { NetworkInterfaceInfo } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { lanUrls, venueAnnouncement } from '../../relay/lan-urls.ts';
import { fetchText, startTestRelay, type TestRelay } from './helpers.ts';

const address = (address: string, family: 'IPv4' | 'IPv6', internal = false): NetworkInterfaceInfo =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;

/** A laptop on Wi-Fi and Ethernet, with loopback and IPv6 link-local addresses beside them. */
const LAPTOP = {
  lo: [address('127.0.0.1', 'IPv4', true), address('::1', 'IPv6', true)],
  wlan0: [address('192.168.1.20', 'IPv4'), address('fe80::1', 'IPv6')],
  eth0: [address('10.0.0.7', 'IPv4')],
};

describe('LAN addresses of a venue relay', () => {
  it('lists every non-internal IPv4 address with the port, for a relay bound to all interfaces', () => {
    const expected = ['http://192.168.1.20:8080', 'http://10.0.0.7:8080'];
    assert.deepEqual(lanUrls(8080, undefined, LAPTOP), expected);
    assert.deepEqual(lanUrls(8080, '0.0.0.0', LAPTOP), expected);
    assert.deepEqual(lanUrls(8080, '::', LAPTOP), expected);
  });

  it('lists none for a relay bound to one address: nobody else reaches it on the others', () => {
    assert.deepEqual(lanUrls(8080, '127.0.0.1', LAPTOP), []);
    assert.deepEqual(lanUrls(8080, '192.168.1.20', LAPTOP), []);
  });

  it('tells the person who started it, one line per address, where the venue page is', () => {
    const lines = venueAnnouncement(['http://192.168.1.20:8080', 'http://10.0.0.7:8080']);
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /http:\/\/192\.168\.1\.20:8080\/#\/venue\b/);
    assert.match(lines[1]!, /http:\/\/10\.0\.0\.7:8080\/#\/venue\b/);
    for (const line of lines) assert.throws(() => JSON.parse(line), 'a human line is not mistaken for a JSON log line');
  });
});

describe('GET /lan', () => {
  let server: TestRelay;
  before(async () => {
    server = await startTestRelay();
  });
  after(() => server.dispose());

  it('answers the relay’s LAN URLs as JSON, never cached (none for a relay on loopback)', async () => {
    const response = await fetchText(`${server.relay.url}/lan`);
    assert.equal(response.status, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.deepEqual(JSON.parse(response.body), { urls: [] });
  });
});
