import type { Hlc } from './hlc.ts';
import type { WorkshopRecord } from './records.ts';
import { countUpTo } from './order.ts';
import { WorkshopReducer } from './reducer.ts';
import { authorityOf, type Authority, type TrustContext } from './trust.ts';
import type { WorkshopView } from './view.ts';

/**
 * The document as it stood at any moment, derived from the records (never stored separately).
 * Moving forward applies only the records in between; moving back replays from the start.
 */
export class TimelinePlayer {
  private reducer: WorkshopReducer;
  private applied = 0;
  private readonly authority: Authority;

  /** `records` must be valid and in the total order (see sortRecords); `trust` is the session's own. */
  constructor(
    private readonly records: readonly WorkshopRecord[],
    private readonly trust: TrustContext,
  ) {
    this.authority = authorityOf(records, trust);
    this.reducer = new WorkshopReducer(trust, this.authority);
  }

  /** Wall-clock milliseconds of the first and last record, or null for an empty session. */
  get span(): { start: number; end: number } | null {
    const first = this.records[0];
    const last = this.records[this.records.length - 1];
    return first && last ? { start: first.hlc[0], end: last.hlc[0] } : null;
  }

  /** Every distinct millisecond at which something happened, oldest first: the slider's stops. */
  moments(): number[] {
    const moments: number[] = [];
    for (const record of this.records) if (moments[moments.length - 1] !== record.hlc[0]) moments.push(record.hlc[0]);
    return moments;
  }

  /** The view with every record written up to and including wall-clock time `time`. */
  viewAt(time: number): WorkshopView {
    const limit: Hlc = [time, Number.MAX_SAFE_INTEGER];
    const wanted = countUpTo(this.records, limit);
    if (wanted < this.applied) {
      this.reducer = new WorkshopReducer(this.trust, this.authority);
      this.applied = 0;
    }
    for (; this.applied < wanted; this.applied++) this.reducer.apply(this.records[this.applied]!);
    return this.reducer.view();
  }
}
