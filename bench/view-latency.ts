// Times each scribe action at every watching client: when its record arrives in the client's document,
// and when the client's derived view (its store subscription) first includes it.
import { compareHlc } from '../src/domain/hlc.ts';
import type { WorkshopRecord } from '../src/domain/records.ts';
import { insertedValues } from '../src/doc/inserted-values.ts';
import { recordsOf } from '../src/doc/schema.ts';
import type { SimulatedScribe } from '../test/integration/simulated-scribe.ts';

export interface SentAction {
  record: WorkshopRecord;
  /** Just before the writer call. */
  startedAt: number;
  /** When the writer call resolved: the record was in the scribe's document and on its socket. */
  writtenAt: number;
}

/** One action over all its watchers: the first arrival is the relay's part; first to last view is the watchers taking turns. */
export interface ActionSpan {
  writtenAt: number;
  startedAt: number;
  firstArrivalAt: number;
  firstViewAt: number;
  lastViewAt: number;
}

/** Per (action, watcher) pair, in milliseconds. */
export interface Samples {
  /** Writer call → view updated: the budget's figure. */
  total: number[];
  /** Writer call → record written and sent (signing, waiting for the scribe's own store). */
  write: number[];
  /** Sent → arrived in the watcher's document (relay, loopback, and this process's event loop). */
  transport: number[];
  /** Arrived → in the derived view (signature check, apply, and waiting behind other batches). */
  apply: number[];
}

const emptySamples = (): Samples => ({ total: [], write: [], transport: [], apply: [] });

/** Total order key without the content fallback: ids are unique, so (clock, author, id) decides. */
function compareKey(a: WorkshopRecord, b: WorkshopRecord): number {
  return compareHlc(a.hlc, b.hlc) || (a.author < b.author ? -1 : a.author > b.author ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Whether the store's sorted records hold `record`: a binary search, cheap enough to run on every view change. */
function holds(sorted: readonly WorkshopRecord[], record: WorkshopRecord): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareKey(sorted[middle]!, record) < 0) low = middle + 1;
    else high = middle;
  }
  return sorted[low]?.id === record.id;
}

interface Waiting {
  action: SentAction;
  arrivedAt: number | null;
}

class Watch {
  readonly waiting = new Map<string, Waiting>();
  private readonly stops: (() => void)[] = [];

  constructor(
    readonly client: SimulatedScribe,
    private readonly samples: Samples,
    private readonly spans: Map<string, ActionSpan>,
  ) {
    const array = recordsOf(client.doc);
    const onArrival = (event: { transaction: Parameters<typeof insertedValues>[0] }): void => {
      if (this.waiting.size === 0) return;
      const now = performance.now();
      for (const value of insertedValues(event.transaction, array)) {
        const id = (value as { id?: string } | null)?.id ?? '';
        const entry = this.waiting.get(id);
        if (!entry || entry.arrivedAt !== null) continue;
        entry.arrivedAt = now;
        const span = this.spans.get(id);
        if (span) span.firstArrivalAt = Math.min(span.firstArrivalAt, now);
      }
    };
    array.observe(onArrival);
    this.stops.push(() => array.unobserve(onArrival));
    this.stops.push(client.store.subscribe(() => this.onView()));
  }

  /** False when the view already holds the record: it could not be timed (the bench would be wrong). */
  expect(action: SentAction): boolean {
    if (holds(this.client.store.records, action.record)) return false;
    this.waiting.set(action.record.id, { action, arrivedAt: null });
    return true;
  }

  stop(): void {
    this.stops.forEach((stop) => stop());
  }

  private onView(): void {
    if (this.waiting.size === 0) return;
    const now = performance.now();
    const sorted = this.client.store.records;
    for (const [id, { action, arrivedAt }] of this.waiting) {
      if (!holds(sorted, action.record)) continue;
      this.waiting.delete(id);
      const arrived = arrivedAt ?? now;
      const span = this.spans.get(id);
      if (span) {
        span.firstViewAt = Math.min(span.firstViewAt, now);
        span.lastViewAt = Math.max(span.lastViewAt, now);
      }
      this.samples.total.push(now - action.startedAt);
      this.samples.write.push(action.writtenAt - action.startedAt);
      this.samples.transport.push(arrived - action.writtenAt);
      this.samples.apply.push(now - arrived);
    }
  }
}

/** Watches clients by role; `sent` registers an action with all of them (before any can receive it). */
export class ViewLatency {
  readonly samples = new Map<string, Samples>();
  /** Per action, over every watcher whatever its role. */
  readonly spans = new Map<string, ActionSpan>();
  /** Pairs whose view held the record before it was registered; must stay 0. */
  untimed = 0;
  private readonly watches: Watch[] = [];

  watch(role: string, clients: readonly SimulatedScribe[]): void {
    let samples = this.samples.get(role);
    if (!samples) this.samples.set(role, (samples = emptySamples()));
    for (const client of clients) this.watches.push(new Watch(client, samples, this.spans));
  }

  /** Every watcher but the author, whose own view already shows it. */
  sent(action: SentAction, author: SimulatedScribe): void {
    const { startedAt, writtenAt } = action;
    this.spans.set(action.record.id, { startedAt, writtenAt, firstArrivalAt: Infinity, firstViewAt: Infinity, lastViewAt: -Infinity });
    for (const watch of this.watches) if (watch.client !== author && !watch.expect(action)) this.untimed++;
  }

  /** (action, watcher) pairs not reflected yet. */
  get outstanding(): number {
    return this.watches.reduce((sum, watch) => sum + watch.waiting.size, 0);
  }

  stop(): void {
    this.watches.forEach((watch) => watch.stop());
  }
}
