import { carriesKey, type ActorId, type WorkshopRecord } from './records.ts';
import type { TrustContext } from './trust.ts';

/**
 * Records applied while their author's key was unknown, by author. A reordered sync can bring a group's
 * records before its join: the join's key then makes them verifiable, and they are checked again.
 */
export class AwaitingKeys {
  private readonly waiting = new Map<ActorId, WorkshopRecord[]>();

  constructor(private readonly trust: TrustContext) {}

  /** Keeps the records whose signer is unknown, to check again once a key of their author arrives. */
  note(records: readonly WorkshopRecord[]): void {
    for (const record of records) {
      if (this.trust.authenticity(record) !== 'unknown-signer') continue;
      const waiting = this.waiting.get(record.author);
      if (waiting) waiting.push(record);
      else this.waiting.set(record.author, [record]);
    }
  }

  /** The records waiting for a key one of `records` carries; they stop waiting. */
  releasedBy(records: readonly WorkshopRecord[]): WorkshopRecord[] {
    const released = records.filter(carriesKey).flatMap((r) => this.waiting.get(r.author) ?? []);
    for (const record of released) this.waiting.delete(record.author);
    return released;
  }

  clear(): void {
    this.waiting.clear();
  }
}
