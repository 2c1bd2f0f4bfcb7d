// Joins what the scribes' processes sent with what every client showed, into per-role latencies and checks.
import type { ClientTimes, Role, SentAction } from './action-protocol.ts';
import { percentiles } from './stats.ts';

/** Per (action, watching client) pair, in milliseconds. */
interface Samples {
  /** Writer call → shown in the client's view: the budget's figure. */
  total: number[];
  /** Writer call → record in the scribe's document and on its socket (signing, the scribe's own store). */
  write: number[];
  /** Sent → in the client's document (the relay, loopback, the receiving process's turn). */
  transport: number[];
  /** In the document → in the derived view (signature check, apply, queueing behind other clients of the process). */
  apply: number[];
}

const emptySamples = (): Samples => ({ total: [], write: [], transport: [], apply: [] });

const summarise = (samples: Samples) => ({
  actionToView: percentiles(samples.total),
  stages: { write: percentiles(samples.write), transport: percentiles(samples.transport), apply: percentiles(samples.apply) },
});

export function summariseActions(actions: readonly SentAction[], clients: readonly ClientTimes[]) {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const byRole = new Map<Role, Samples>([
    ['projector', emptySamples()],
    ['viewer', emptySamples()],
    ['scribe', emptySamples()],
  ]);
  const spans = new Map(actions.map((a) => [a.id, { firstArrivalAt: Infinity, firstViewAt: Infinity, lastViewAt: -Infinity }]));
  let pairs = 0;
  /** A view earlier than the action started: the clocks of two processes would disagree. Must stay 0. */
  let beforeTheAction = 0;
  for (const client of clients) {
    const samples = byRole.get(client.role)!;
    for (const [id, arrivedAt, viewAt] of client.times) {
      const action = byId.get(id);
      if (!action || action.author === client.name || viewAt === null) continue;
      pairs++;
      if (viewAt < action.startedAt) beforeTheAction++;
      samples.total.push(viewAt - action.startedAt);
      samples.write.push(action.writtenAt - action.startedAt);
      samples.transport.push(arrivedAt - action.writtenAt);
      samples.apply.push(viewAt - arrivedAt);
      const span = spans.get(id)!;
      span.firstArrivalAt = Math.min(span.firstArrivalAt, arrivedAt);
      span.firstViewAt = Math.min(span.firstViewAt, viewAt);
      span.lastViewAt = Math.max(span.lastViewAt, viewAt);
    }
  }
  const timed = actions.filter((a) => Number.isFinite(spans.get(a.id)!.firstViewAt));
  const over = (measure: (a: SentAction, span: { firstArrivalAt: number; firstViewAt: number; lastViewAt: number }) => number) =>
    percentiles(timed.map((a) => measure(a, spans.get(a.id)!)));
  return {
    pairs,
    beforeTheAction,
    projector: summarise(byRole.get('projector')!),
    viewer: summarise(byRole.get('viewer')!),
    otherScribes: summarise(byRole.get('scribe')!),
    perAction: {
      sentToFirstArrival: over((a, s) => s.firstArrivalAt - a.writtenAt),
      firstClientToShowIt: over((a, s) => s.firstViewAt - a.startedAt),
      lastClientToShowIt: over((a, s) => s.lastViewAt - a.startedAt),
      firstToLastClient: over((_, s) => s.lastViewAt - s.firstViewAt),
    },
  };
}
