// One room held by two relays sharing PostgreSQL at once, as while HAProxy moves a room (a relay
// killed, or back after a restart): the clients of each relay must still get the other's updates.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { connectClient, eventually, newRoom, startTestRelay, whenAcknowledged, whenSynced, type TestClient, type TestRelay } from './helpers.ts';
import { failWithoutEnginesInCi, needsEngines, startTestPostgres, type TestPostgres } from './test-postgres.ts';

describe('one room on two relays sharing PostgreSQL', needsEngines, () => {
  let server: TestPostgres;
  const relays: TestRelay[] = [];
  const clients: TestClient[] = [];
  const connect = (...args: Parameters<typeof connectClient>): TestClient => {
    const client = connectClient(...args);
    clients.push(client);
    return client;
  };
  before(async () => {
    server = await startTestPostgres();
    for (let i = 0; i < 2; i++) relays.push(await startTestRelay({ databaseUrl: server.url, ackDelayMs: 20 }));
  });
  after(async () => {
    for (const client of clients) client.destroy();
    for (const relay of relays) await relay.dispose();
    await server?.dispose();
  });

  const records = (client: TestClient): string[] => client.doc.getArray<string>('records').toArray().sort();

  it("passes every update to the other relay's clients, both ways", async () => {
    const { writeKey, roomId } = newRoom();
    const [onFirst, alsoOnFirst] = [connect(relays[0]!.syncUrl, roomId, { writeKey }), connect(relays[0]!.syncUrl, roomId, { writeKey })];
    const [onSecond, alsoOnSecond] = [connect(relays[1]!.syncUrl, roomId, { writeKey }), connect(relays[1]!.syncUrl, roomId, { writeKey })];
    const everyone = [onFirst, alsoOnFirst, onSecond, alsoOnSecond];
    await Promise.all(everyone.map((client) => whenSynced(client)));
    const expected: string[] = [];
    everyone.forEach((client, i) => {
      for (let n = 0; n < 25; n++) {
        client.doc.getArray<string>('records').push([`client ${i} record ${n}`]);
        expected.push(`client ${i} record ${n}`);
      }
    });
    await Promise.all(everyone.map((client) => whenAcknowledged(client, 10_000)));
    expected.sort();
    await eventually(() => {
      for (const client of everyone) assert.deepEqual(records(client), expected);
    }, 10_000);
  });

  it('lets a client joining either relay find what the other holds in its first sync', async () => {
    const { writeKey, roomId } = newRoom();
    const writer = connect(relays[0]!.syncUrl, roomId, { writeKey });
    await whenSynced(writer);
    const holder = connect(relays[1]!.syncUrl, roomId);
    await whenSynced(holder);
    writer.doc.getArray<string>('records').push(['written on the first relay']);
    await whenAcknowledged(writer);
    await eventually(() => assert.deepEqual(records(holder), ['written on the first relay']), 10_000);
    const reader = connect(relays[1]!.syncUrl, roomId);
    await whenSynced(reader);
    assert.deepEqual(records(reader), ['written on the first relay']);
  });

  it('catches up on what it missed while its notification connection was cut', async () => {
    const { writeKey, roomId } = newRoom();
    const writer = connect(relays[0]!.syncUrl, roomId, { writeKey });
    const holder = connect(relays[1]!.syncUrl, roomId);
    await Promise.all([whenSynced(writer), whenSynced(holder)]);
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    try {
      const cut = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
      assert.ok(cut.rowCount! >= 2, 'both relays were listening');
    } finally {
      await admin.end();
    }
    writer.doc.getArray<string>('records').push(['written while the second relay was not listening']);
    await whenAcknowledged(writer);
    await eventually(() => assert.deepEqual(records(holder), ['written while the second relay was not listening']), 15_000);
    assert.ok(
      relays[1]!.logs.some((line) => line.event === 'store_notifications_restored'),
      'the second relay reconnected',
    );
  });
});

failWithoutEnginesInCi();
