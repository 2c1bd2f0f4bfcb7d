import type * as Y from 'yjs';
import { compareDiagnostics, replay, sortRecords } from '../domain/derive.ts';
import { compareRecords } from '../domain/order.ts';
import type { WorkshopRecord } from '../domain/records.ts';
import type { WorkshopReducer } from '../domain/reducer.ts';
import { parseRecord } from '../domain/validate.ts';
import type { Diagnostic, WorkshopView } from '../domain/view.ts';
import { deletedAnything, insertedValues } from './inserted-values.ts';
import { recordsOf } from './schema.ts';

export type ViewListener = (view: WorkshopView) => void;

/**
 * Keeps the derived view of a document current. A record that sorts after everything applied so far
 * (the common case: a live session) is applied incrementally; one that sorts earlier (a venue coming
 * back online) triggers a replay of the already-sorted records.
 */
export class WorkshopStore {
  private sorted: WorkshopRecord[] = [];
  private rejected: Diagnostic[] = [];
  private reducer!: WorkshopReducer;
  private currentView!: WorkshopView;
  private readonly listeners = new Set<ViewListener>();
  private readonly array: Y.Array<unknown>;
  /** How many times a late record forced a full replay; diagnostics and benchmarks read it. */
  replays = 0;

  constructor(doc: Y.Doc) {
    this.array = recordsOf(doc);
    this.rebuild();
    this.array.observe(this.onRecordsChanged);
  }

  get view(): WorkshopView {
    return this.currentView;
  }

  /** The valid records in the total order: what exports and the timeline replay. */
  get records(): readonly WorkshopRecord[] {
    return this.sorted;
  }

  /** Calls `listener` on every change of the view (not immediately); returns the unsubscribe function. */
  subscribe(listener: ViewListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.array.unobserve(this.onRecordsChanged);
    this.listeners.clear();
  }

  private readonly onRecordsChanged = (event: Y.YArrayEvent<unknown>): void => {
    // Honest clients never delete; a hostile delete is replayed from the array as it now stands.
    if (deletedAnything(event.transaction)) this.rebuild();
    else this.ingest(insertedValues(event.transaction, this.array));
    this.notify();
  };

  private rebuild(): void {
    const { records, rejected } = sortRecords(this.array.toArray());
    this.sorted = records;
    this.rejected = rejected;
    this.reducer = replay(records);
    this.currentView = this.reducer.view(this.rejected);
  }

  private ingest(values: readonly unknown[]): void {
    const fresh: WorkshopRecord[] = [];
    const newlyRejected: Diagnostic[] = [];
    for (const value of values) {
      const parsed = parseRecord(value);
      if (parsed.ok) fresh.push(parsed.record);
      else newlyRejected.push(parsed.diagnostic);
    }
    if (newlyRejected.length) this.rejected = [...this.rejected, ...newlyRejected].sort(compareDiagnostics);
    fresh.sort(compareRecords);
    const last = this.sorted[this.sorted.length - 1];
    const first = fresh[0];
    if (first && last && compareRecords(first, last) < 0) {
      for (const record of fresh) insertSorted(this.sorted, record);
      this.reducer = replay(this.sorted);
      this.replays++;
    } else {
      for (const record of fresh) {
        this.sorted.push(record);
        this.reducer.apply(record);
      }
    }
    this.currentView = this.reducer.view(this.rejected);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.currentView);
  }
}

function insertSorted(sorted: WorkshopRecord[], record: WorkshopRecord): void {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareRecords(sorted[middle]!, record) <= 0) low = middle + 1;
    else high = middle;
  }
  sorted.splice(low, 0, record);
}
