// One client process of the action bench (forked by action-latency.bench.ts): a share of the room's clients, as
// scribes acting when the coordinator says so, or as projectors and viewers; every client times every record.
import { createHash } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { sleep } from '../test/relay/helpers.ts';
import { seededRandom, type Random } from '../test/integration/seeded-random.ts';
import type { SimulatedScribe } from '../test/integration/simulated-scribe.ts';
import { nextAction } from './action-mix.ts';
import type { ClientTimes, FromClients, ProcessMeters, Role, SentAction, ToClients } from './action-protocol.ts';
import { sharedNow } from './shared-clock.ts';
import { RecordWatch } from './view-latency.ts';
import { openAll, openScribe, openWatcher, type RoomClient } from './workshop-room.ts';

interface Member {
  room: RoomClient;
  role: Role;
  watch: RecordWatch;
}

const members: Member[] = [];
/** Set while collecting: re-checks whether every client shows every action. */
let onShown: () => void = () => {};

const send = (message: FromClients): void => void process.send!(message);

const roleName = (role: Role, index: number): string => (role === 'projector' ? `Projector ${index + 1}` : `Viewer ${index + 1}`);

async function open({ links, role, count, firstIndex, groups }: Extract<ToClients, { type: 'open' }>): Promise<void> {
  // Every WebsocketProvider adds a process 'exit' listener: expected here, not a leak.
  process.setMaxListeners(count + 10);
  const { syncUrl, roomId, writeKey, anchor } = links;
  await openAll(count, 5, async (i) => {
    const room =
      role === 'scribe'
        ? await openScribe(syncUrl, roomId, writeKey, anchor, firstIndex + i)
        : await openWatcher(syncUrl, roomId, anchor, roleName(role, firstIndex + i), groups);
    members.push({ room, role, watch: new RecordWatch(room.client, () => onShown()) });
  });
}

/** xorshift's first draws from small seeds are all near 0 (every scribe would act at once): spread the seeds. */
const scribeRandom = (index: number, phase: number): Random => seededRandom(Math.imul(index + 1 + phase * 1000, 0x9e3779b1) >>> 0);

/** One scribe: an action every 0.8–1.2 mean intervals (the first within 1.2 of them) until `until`. */
async function actUntil(scribe: SimulatedScribe, random: Random, meanMs: number, until: number, sent: SentAction[]): Promise<number> {
  let nothing = 0;
  let next = sharedNow() + random.next() * meanMs * 1.2;
  for (;;) {
    await sleep(Math.max(0, Math.min(next, until) - sharedNow()));
    if (sharedNow() >= until) return nothing;
    const wanted = nextAction(scribe.store.view, scribe.group, random);
    const count = scribe.written.length;
    const startedAt = sharedNow();
    const kind = await scribe.act(random, wanted);
    const writtenAt = sharedNow();
    if (kind && scribe.written.length > count) sent.push({ id: scribe.lastRecord!.id, author: scribe.name, kind, startedAt, writtenAt });
    else nothing++;
    next += meanMs * (0.8 + 0.4 * random.next());
  }
}

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
let phaseStart = { at: 0, cpu: process.cpuUsage(), loop: performance.eventLoopUtilization() };

async function act({ phase, actionsPerSecond, scribesInAll, until }: Extract<ToClients, { type: 'act' }>): Promise<void> {
  members.forEach((m) => m.watch.reset());
  loopDelay.reset();
  loopDelay.enable();
  phaseStart = { at: sharedNow(), cpu: process.cpuUsage(), loop: performance.eventLoopUtilization() };
  const meanMs = (scribesInAll / actionsPerSecond) * 1000;
  const sent: SentAction[] = [];
  const scribes = members.filter((m) => m.role === 'scribe');
  const nothing = await Promise.all(
    scribes.map((m) => actUntil(m.room.client, scribeRandom(Number(m.room.client.name.replace(/\D/g, '')), phase), meanMs, until, sent)),
  );
  send({ type: 'acted', actions: sent, nothing: nothing.reduce((a, b) => a + b, 0) });
}

/** (action, client) pairs not shown yet: every client but the action's author must show it. */
function unshown(actions: readonly { id: string; author: string }[]): number {
  let count = 0;
  for (const { watch, room } of members) {
    for (const { id, author } of actions) if (author !== room.client.name && watch.times.get(id)?.viewAt == null) count++;
  }
  return count;
}

function meters(): ProcessMeters {
  const cpu = process.cpuUsage(phaseStart.cpu);
  loopDelay.disable();
  return {
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    wallSeconds: (sharedNow() - phaseStart.at) / 1000,
    eventLoopUtilisation: performance.eventLoopUtilization(phaseStart.loop).utilization,
    eventLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    residentMB: process.memoryUsage().rss / 2 ** 20,
  };
}

/** The ranking each client shows, hashed: after the drain every client of the room must show the same one. */
function viewDigest(client: SimulatedScribe): string {
  const ranking = client.store.view.proposals.map((p) => [p.id, p.current.id, p.endorsements]);
  return createHash('sha256').update(JSON.stringify(ranking)).digest('base64url').slice(0, 16);
}

async function collect({ actions, timeoutMs }: Extract<ToClients, { type: 'collect' }>): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    onShown = () => {
      if (unshown(actions) > 0) return;
      clearTimeout(timer);
      resolve();
    };
    onShown();
  });
  onShown = () => {};
  const ids = new Set(actions.map((a) => a.id));
  const clients: ClientTimes[] = members.map(({ room, role, watch }) => ({
    name: room.client.name,
    role,
    times: [...watch.times].filter(([id]) => ids.has(id)).map(([id, t]) => [id, t.arrivedAt, t.viewAt]),
  }));
  send({
    type: 'collected',
    clients,
    missing: unshown(actions),
    meters: meters(),
    viewDigests: [...new Set(members.map((m) => viewDigest(m.room.client)))],
  });
}

function close(): void {
  members.forEach((m) => {
    m.watch.stop();
    m.room.close();
  });
  setImmediate(() => process.exit(0));
}

process.on('message', (message: ToClients) => {
  const handle = async (): Promise<void> => {
    switch (message.type) {
      case 'open':
        await open(message);
        return send({ type: 'opened' });
      case 'ping':
        return send({ type: 'pong', at: sharedNow() });
      case 'act':
        return act(message);
      case 'collect':
        return collect(message);
      case 'close':
        return close();
    }
  };
  handle().catch((error: unknown) => send({ type: 'failed', error: String((error as Error)?.stack ?? error) }));
});
// The coordinator going away ends this process too.
process.on('disconnect', () => process.exit(1));
