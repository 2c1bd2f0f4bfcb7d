// When each record reached a client: arrived in its document, then shown in its derived view (its store
// subscription fired with the record applied). Read on the shared clock, so another process can compare.
import { compareHlc, type Hlc } from '../src/domain/hlc.ts';
import { insertedValues } from '../src/doc/inserted-values.ts';
import { recordsOf } from '../src/doc/schema.ts';
import type { SimulatedScribe } from '../test/integration/simulated-scribe.ts';
import { sharedNow } from './shared-clock.ts';

/** What the binary search needs of a record: its place in the total order. */
interface OrderKey {
  id: string;
  author: string;
  hlc: Hlc;
}

export interface RecordTimes {
  arrivedAt: number;
  viewAt: number | null;
}

/** Total order key without the content fallback: ids are unique, so (clock, author, id) decides. */
function compareKey(a: OrderKey, b: OrderKey): number {
  return compareHlc(a.hlc, b.hlc) || (a.author < b.author ? -1 : a.author > b.author ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Whether the store's sorted records hold `record`: a binary search, cheap enough to run on every view change. */
function holds(sorted: readonly OrderKey[], record: OrderKey): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareKey(sorted[middle]!, record) < 0) low = middle + 1;
    else high = middle;
  }
  return sorted[low]?.id === record.id;
}

const isOrderKey = (value: unknown): value is OrderKey => {
  const v = value as Partial<OrderKey> | null;
  return typeof v?.id === 'string' && typeof v.author === 'string' && Array.isArray(v.hlc);
};

export class RecordWatch {
  /** Every record that arrived since the last `reset`, by id. */
  readonly times = new Map<string, RecordTimes>();
  private readonly notShown = new Map<string, OrderKey>();
  private readonly stops: (() => void)[] = [];

  constructor(
    readonly client: SimulatedScribe,
    /** Called whenever a record enters the view. */
    private readonly onShown: () => void = () => {},
  ) {
    const array = recordsOf(client.doc);
    const onArrival = (event: { transaction: Parameters<typeof insertedValues>[0] }): void => {
      const now = sharedNow();
      for (const value of insertedValues(event.transaction, array)) {
        if (!isOrderKey(value) || this.times.has(value.id)) continue;
        this.times.set(value.id, { arrivedAt: now, viewAt: null });
        this.notShown.set(value.id, value);
      }
      // The store may have applied it already (a verdict it knew): then arrival and view are the same moment.
      this.checkView(now);
    };
    array.observe(onArrival);
    this.stops.push(() => array.unobserve(onArrival));
    this.stops.push(client.store.subscribe(() => this.checkView(sharedNow())));
  }

  /** Forgets what was timed: the next phase starts empty. */
  reset(): void {
    this.times.clear();
    this.notShown.clear();
  }

  stop(): void {
    this.stops.forEach((stop) => stop());
  }

  private checkView(now: number): void {
    if (this.notShown.size === 0) return;
    const sorted = this.client.store.records;
    let shown = false;
    for (const [id, key] of this.notShown) {
      if (!holds(sorted, key)) continue;
      this.notShown.delete(id);
      this.times.get(id)!.viewAt = now;
      shown = true;
    }
    if (shown) this.onShown();
  }
}
