// Scribes and projectors (src/doc) at a venue relay and at the central relay it mirrors to: the link
// is cut and restored, then the venue relay restarts, with everyone working throughout.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Relay, RelayOptions } from '../../relay/server.ts';
import { eventually, newRoom, sleep, startTestRelay, type TestRelay } from '../relay/helpers.ts';
import { seededRandom, type Random } from './seeded-random.ts';
import { SimulatedScribe, type ActionKind } from './simulated-scribe.ts';

const seed = Number(process.env.VENUE_SEED ?? Math.floor(Math.random() * 2 ** 31));
const kinds: ActionKind[] = ['add', 'add', 'edit', 'endorse', 'endorse', 'withdraw'];
const cleanup: (() => unknown)[] = [];
after(async () => {
  for (const step of cleanup.reverse()) await step();
});

async function start(options: Partial<RelayOptions> & { dataDir: string }): Promise<TestRelay> {
  const relay = await startTestRelay({ ackDelayMs: 20, ...options });
  cleanup.push(() => relay.relay.close());
  return relay;
}

async function scribe(name: string, relay: TestRelay, roomId: string, writeKey: string | null): Promise<SimulatedScribe> {
  const s = await SimulatedScribe.open(name, relay.syncUrl, roomId, writeKey);
  cleanup.push(() => s.destroy());
  return s;
}

async function work(random: Random, scribes: SimulatedScribe[], actions: number): Promise<void> {
  for (let i = 0; i < actions; i++) {
    await random.pick(scribes)!.act(random, random.pick(kinds)!);
    await sleep(random.below(10));
  }
}

/** Every record written anywhere is in every document, every view is the same, and no writer has changes waiting. */
async function converged(everyone: SimulatedScribe[], writers: SimulatedScribe[]): Promise<void> {
  const written = writers.flatMap((s) => s.written);
  await eventually(() => {
    for (const s of everyone) {
      const ids = s.recordIds();
      assert.deepEqual(written.filter((id) => !ids.has(id)), [], `${s.name} lacks records`);
      assert.deepEqual(s.store.view, everyone[0]!.store.view, `${s.name} derives another view`);
    }
    for (const s of writers) assert.deepEqual(s.connection.status, { state: 'online', pending: 0 }, s.name);
  }, 30_000);
}

describe(`a venue relay with scribes on both sides (seed ${seed})`, () => {
  it('keeps the venue live through a cut link and a venue relay restart, and loses nothing', async () => {
    const random = seededRandom(seed);
    const centralDir = await mkdtemp(join(tmpdir(), 'central-'));
    const venueDir = await mkdtemp(join(tmpdir(), 'venue-'));
    cleanup.push(() => rm(centralDir, { recursive: true, force: true }), () => rm(venueDir, { recursive: true, force: true }));
    const central = await start({ dataDir: centralDir });
    const upstream = { url: central.relay.url, minBackoffMs: 20, maxBackoffMs: 300 };
    const venue = await start({ dataDir: venueDir, upstream });
    const { writeKey, roomId } = newRoom();
    const atVenue = await Promise.all(['Paris 1', 'Paris 2', 'Paris 3'].map((name) => scribe(name, venue, roomId, writeKey)));
    const remote = await Promise.all(['Dakar 1', 'Detroit 1'].map((name) => scribe(name, central, roomId, writeKey)));
    const venueProjector = await scribe('Paris projector', venue, roomId, null);
    const worldView = await scribe('World', central, roomId, null);
    const writers = [...atVenue, ...remote];
    const everyone = [...writers, venueProjector, worldView];
    await Promise.all(atVenue.map((s) => s.join('Paris')));
    await Promise.all(remote.map((s, i) => s.join(i === 0 ? 'Dakar' : 'Detroit')));
    await work(random, writers, 20);
    await converged(everyone, writers);

    // The link is cut: the venue keeps working together and its scribes see Online (the venue relay
    // holds their changes); remote scribes work offline and see their changes waiting.
    await central.relay.close();
    await work(random, writers, 30);
    assert.ok(await remote[0]!.act(random, 'endorse'), 'the remote scribe acted offline');
    const venueSide = [...atVenue, venueProjector];
    await converged(venueSide, atVenue);
    await eventually(() => assert.equal(remote[0]!.connection.status.state, 'offline'));
    assert.ok(remote[0]!.connection.status.pending > 0, 'its change waits');
    assert.ok((venue.relay.stats().upstream?.pendingChanges ?? 0) > 0, 'the venue relay knows the centre lacks its changes');

    const back: Relay = (await start({ dataDir: centralDir, port: central.relay.port })).relay;
    await converged(everyone, writers);
    await eventually(() => assert.equal(venue.relay.stats().upstream?.pendingChanges, 0));

    // The venue relay restarts while everyone keeps working.
    await venue.relay.close();
    await work(random, writers, 20);
    await start({ dataDir: venueDir, port: venue.relay.port, upstream });
    await work(random, writers, 10);
    await converged(everyone, writers);
    assert.ok(everyone[0]!.store.view.proposals.length > 0, 'the session has proposals');
    assert.equal(back.stats().rooms, 1);
  });
});
