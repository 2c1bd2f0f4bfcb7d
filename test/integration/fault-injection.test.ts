// Fault injection: scribes (src/doc over the official provider) take random actions while they drop
// out, are cut off in groups, and the relay is killed with SIGKILL and restarted on its data
// directory. At the end every scribe's derived view is identical and holds every record anyone
// wrote, and a relay killed once more still has all of it. Run three times: all scribes on one relay,
// half of them on a venue relay mirroring to the central one (both killed in turn), and the same with
// a cluster as the central side (three relays behind HAProxy sharing PostgreSQL; the relay holding
// the room is the one killed).
//
// Size by environment: FAULT_CLIENTS (20), FAULT_ACTIONS (500), FAULT_RESTARTS (4), FAULT_SEED (random).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { WorkshopView } from '../../src/domain/view.ts';
import { eventually, metric, newRoom, sleep } from '../relay/helpers.ts';
import { failWithoutEnginesInCi, needsEngines } from '../relay/test-postgres.ts';
import { ChildRelay } from './child-relay.ts';
import { LocalCluster } from './local-cluster.ts';
import { Partitions } from './partitions.ts';
import { seededRandom } from './seeded-random.ts';
import { SimulatedScribe, type ActionKind } from './simulated-scribe.ts';

const envInt = (name: string, fallback: number): number => {
  const raw = process.env[name];
  return raw && /^\d+$/.test(raw) ? Number(raw) : fallback;
};
const size = {
  clients: envInt('FAULT_CLIENTS', 20),
  actions: envInt('FAULT_ACTIONS', 500),
  restarts: envInt('FAULT_RESTARTS', 4),
  seed: envInt('FAULT_SEED', Math.floor(Math.random() * 2 ** 31)),
};
const venues = ['Paris', 'Ciudad de México', 'Detroit', 'Dakar'];
const weightedKinds: ActionKind[] = ['add', 'add', 'add', 'edit', 'edit', 'endorse', 'endorse', 'endorse', 'withdraw', 'withdraw'];
/** Between two actions: lets sockets, the relay and the other scribes make progress. */
const MAX_PAUSE_MS = 30;
const PARTITION_CHANCE = 0.02;
const DROPOUT_CHANCE = 0.04;
const settleMs = 60_000 + size.clients * 1000;

interface Tally {
  actions: number;
  refused: number;
  /** SIGKILLs per relay (central first). */
  kills: number[];
  dropouts: number;
  byKind: Record<ActionKind, number>;
}

type Topology = 'one relay' | 'venue relay' | 'venue relay and a cluster';

/** The central side: one relay, or a cluster whose SIGKILL hits the relay holding the room. */
type Central = Pick<ChildRelay, 'syncUrl' | 'httpUrl' | 'kill' | 'ready' | 'dispose'>;

async function startCentral(topology: Topology): Promise<Central> {
  if (topology !== 'venue relay and a cluster') return ChildRelay.start('central');
  const cluster = await LocalCluster.start(3);
  return {
    syncUrl: cluster.syncUrl,
    httpUrl: cluster.httpUrl,
    async kill() {
      const [holder] = await cluster.holders();
      await (holder ?? cluster.relays[0]!).kill();
    },
    ready: () => cluster.ready(),
    dispose: () => cluster.dispose(),
  };
}

/**
 * 'one relay': every scribe on one relay. 'venue relay': every other scribe on a venue relay that
 * mirrors to the central relay the others use, and the SIGKILLs alternate between the two. 'venue
 * relay and a cluster': the same with a cluster as the central side.
 */
async function run(topology: Topology): Promise<string> {
  const started = performance.now();
  const random = seededRandom(size.seed);
  const central = await startCentral(topology);
  const venue = topology === 'one relay' ? null : await ChildRelay.start('venue', ['--upstream', central.httpUrl]);
  const relays = venue ? [central, venue] : [central];
  const { writeKey, roomId } = newRoom();
  const relayOf = (i: number): Central => (venue && i % 2 === 0 ? venue : central);
  const scribes = await Promise.all(
    Array.from({ length: size.clients }, (_, i) => SimulatedScribe.open(`Table ${i + 1}`, relayOf(i).syncUrl, roomId, writeKey)),
  );
  const everyScribe = [...scribes];
  const tally: Tally = { actions: 0, refused: 0, kills: relays.map(() => 0), dropouts: 0, byKind: { add: 0, edit: 0, endorse: 0, withdraw: 0 } };
  const partitions = new Partitions(PARTITION_CHANCE);
  const restartAt = Array.from({ length: size.restarts }, (_, k) => Math.floor(((k + 1) * size.actions) / (size.restarts + 1)));
  try {
    await Promise.all(scribes.map((scribe, i) => scribe.join(venues[i % venues.length]!)));
    for (let step = 0; step < size.actions; step++) {
      const restart = restartAt.indexOf(step);
      if (restart >= 0) {
        // Not awaited beyond the kill: the scribes keep working while a relay is down and starting again.
        await relays[restart % relays.length]!.kill();
        tally.kills[restart % relays.length]!++;
      }
      partitions.step(step, random, scribes);
      if (random.chance(DROPOUT_CHANCE)) {
        const scribe = random.pick(scribes.filter((s) => !partitions.includes(s)));
        if (scribe?.cutOff) scribe.restore();
        else scribe?.cut();
        tally.dropouts++;
      }
      const done = await random.pick(scribes)!.act(random, random.pick(weightedKinds)!);
      if (done) tally.byKind[done]++;
      else tally.refused++;
      tally.actions++;
      await sleep(random.below(MAX_PAUSE_MS));
    }

    for (const relay of relays) await relay.ready();
    partitions.heal();
    for (const scribe of scribes) if (scribe.cutOff) scribe.restore();
    const written = scribes.flatMap((s) => s.written);
    assert.equal(new Set(written).size, written.length, 'record ids are unique');
    // Each scribe's relay has stored everything the scribe holds (its acknowledgements say so)…
    await eventually(() => {
      for (const s of scribes) assert.deepEqual(s.connection.status, { state: 'online', pending: 0 }, s.name);
    }, settleMs);
    // …the venue relay has delivered all of it to the central relay…
    if (venue) {
      await eventually(async () => {
        for (const [name, value] of [['relay_upstream_connected_rooms', 1], ['relay_upstream_pending_rooms', 0], ['relay_upstream_pending_changes', 0]] as const) {
          assert.equal(await metric(venue.httpUrl, name), value, name);
        }
      }, settleMs);
    }
    // …and every scribe holds every record and derives the same view.
    await eventually(() => {
      for (const s of scribes) {
        const ids = s.recordIds();
        const missing = written.filter((id) => !ids.has(id));
        assert.equal(missing.length, 0, `${s.name} lacks ${missing.length} records`);
        assert.deepEqual(s.store.view, scribes[0]!.store.view, `${s.name} derives another view`);
      }
    }, settleMs);
    const finalView: WorkshopView = scribes[0]!.store.view;
    assert.ok(finalView.proposals.length > 0, 'the run produced proposals');

    // Nothing acknowledged is lost: with no scribe left to resend anything (and the venue relay's
    // mirror done), kill the central relay once more and read it back.
    for (const s of scribes.splice(0)) s.destroy();
    if (venue) await eventually(async () => assert.equal(await metric(venue.httpUrl, 'relay_upstream_rooms'), 0, 'venue mirror still running'), settleMs);
    await central.kill();
    await central.ready();
    const reader = await SimulatedScribe.open('Projector', central.syncUrl, roomId, null);
    everyScribe.push(reader);
    await eventually(() => {
      const ids = reader.recordIds();
      assert.equal(written.filter((id) => !ids.has(id)).length, 0, 'the restarted relay lacks records');
      assert.deepEqual(reader.store.view, finalView);
    }, settleMs);

    const ms = Math.round(performance.now() - started);
    const checked = written.length * (size.clients + 1);
    const kinds = Object.entries(tally.byKind).map(([k, n]) => `${k}=${n}`).join(' ');
    const restarts = venue ? `${tally.kills[0]! + tally.kills[1]!} (central ${tally.kills[0]}, venue ${tally.kills[1]}; +1 after the run)` : `${tally.kills[0]} (+1 after the run)`;
    return (
      `fault-injection${venue ? ' via a venue relay' : ''}${topology === 'venue relay and a cluster' ? ' to a cluster' : ''}: seed=${size.seed} clients=${size.clients} actions=${tally.actions} (${kinds} refused=${tally.refused}) ` +
      `restarts=${restarts} partitions=${partitions.count} dropouts=${tally.dropouts} records=${written.length} ` +
      `records checked=${checked} proposals=${finalView.proposals.length} not-admitted=${finalView.notAdmitted.length} ms=${ms}`
    );
  } catch (error) {
    if (error instanceof Error) error.message = `seed=${size.seed} (rerun with FAULT_SEED=${size.seed}): ${error.message}`;
    throw error;
  } finally {
    for (const s of everyScribe) s.destroy();
    for (const relay of relays) await relay.dispose();
  }
}

// Each official provider registers a process 'exit' listener; this many are expected here.
process.setMaxListeners(size.clients + 20);

describe('fault injection', () => {
  const timeout = 180_000 + size.actions * 100;
  for (const topology of ['one relay', 'venue relay', 'venue relay and a cluster'] as const) {
    const relayKills = {
      'one relay': 'the relay',
      'venue relay': 'the central or the venue relay, in turn',
      'venue relay and a cluster': "the venue relay or the cluster's relay holding the room, in turn",
    }[topology];
    const skip = topology === 'venue relay and a cluster' ? needsEngines.skip : false;
    it(`${topology}: ${size.clients} scribes, ${size.actions} random actions, dropouts, partitions, ${size.restarts} SIGKILLs of ${relayKills}: every view identical, no record lost`, { timeout, skip }, async (t) => {
      const summary = await run(topology);
      console.log(summary);
      t.diagnostic(summary);
    });
  }
});

failWithoutEnginesInCi();
