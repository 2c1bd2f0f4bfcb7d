import type * as Y from 'yjs';
import { AwaitingKeys } from '../domain/awaiting-keys.ts';
import { sortRecords, type KeptParses } from '../domain/derive.ts';
import { NO_REJECTIONS, mergeRejections, type Rejections } from '../domain/diagnostics.ts';
import { RecordLedger } from '../domain/ledger.ts';
import { carriesKey, type ActorId, type WorkshopRecord } from '../domain/records.ts';
import type { TrustContext } from '../domain/trust.ts';
import type { WorkshopView } from '../domain/view.ts';
import type { VerdictMemory } from './crypto/verdict-memory.ts';
import { SignatureVerifier } from './crypto/verifier.ts';
import { deletedAnything, insertedValues } from './inserted-values.ts';
import { recordsOf } from './schema.ts';

export type ViewListener = (view: WorkshopView) => void;

export interface StoreOptions {
  /** The room records are signed for. */
  roomId: string;
  /** The facilitator the session's links name; null for links made before records were signed. */
  anchor: ActorId | null;
  /** Checks signatures with the pure-JS code, as a page without WebCrypto does (tests); the default follows the page. */
  pureJs?: boolean;
  /** Verdicts kept across reloads (IndexedDB); a reopened session checks only records it has not seen. */
  verdicts?: VerdictMemory | null;
}

type Batch = { rebuild: true } | { rebuild: false; values: readonly unknown[] };

/**
 * Keeps the derived view of a document current. Records are checked first (shape, then signature,
 * asynchronously, each verified once), then applied by the ledger: incrementally when they sort after every
 * record that took effect (a live session), by a replay of the sorted records otherwise (a venue coming back
 * online), or when the session's authority changes. Batches are applied in arrival order.
 */
export class WorkshopStore {
  readonly roomId: string;
  readonly verifier: SignatureVerifier;
  readonly trust: TrustContext;
  private readonly ledger: RecordLedger;
  private rejected: Rejections = NO_REJECTIONS;
  private currentView!: WorkshopView;
  private readonly awaitingKey: AwaitingKeys;
  private readonly listeners = new Set<ViewListener>();
  private readonly array: Y.Array<unknown>;
  /** A Yjs item's value never changes: validated once, however many rebuilds read it again. */
  private readonly parsed: KeptParses = new WeakMap();
  private work: Promise<void> = Promise.resolve();
  private queued = 0;
  private destroyed = false;
  /** Replays after verdicts changed (a late join, a continued session's rooms). */
  private rechecks = 0;

  constructor(doc: Y.Doc, options: StoreOptions) {
    this.roomId = options.roomId;
    this.array = recordsOf(doc);
    this.verifier = new SignatureVerifier(() => [this.roomId, ...this.ledger.checkingAuthority.continues.map((c) => c.room)], {
      pureJs: options.pureJs,
      memory: options.verdicts,
    });
    const verifier = this.verifier;
    this.trust = { anchor: options.anchor, authenticity: (record) => verifier.verdict(record) ?? 'unknown-signer' };
    this.ledger = new RecordLedger(this.trust);
    this.awaitingKey = new AwaitingKeys(this.trust);
    this.reset([], NO_REJECTIONS);
    this.enqueue({ rebuild: true });
    this.array.observe(this.onRecordsChanged);
  }

  get view(): WorkshopView {
    return this.currentView;
  }

  /** The valid records in the total order: what exports and the timeline replay. */
  get records(): readonly WorkshopRecord[] {
    return this.ledger.records;
  }

  /** How many times the view was rebuilt by a full replay (a late record, changed verdicts); tests and benchmarks read it. */
  get replays(): number {
    return this.ledger.replays + this.rechecks;
  }

  /** Resolves once every record received so far is verified and applied, including follow-up replays. */
  async settled(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.work;
      await seen;
    } while (seen !== this.work);
  }

  /** Calls `listener` on every change of the view (not immediately); returns the unsubscribe function. */
  subscribe(listener: ViewListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.destroyed = true;
    this.array.unobserve(this.onRecordsChanged);
    this.listeners.clear();
  }

  private readonly onRecordsChanged = (event: Y.YArrayEvent<unknown>): void => {
    // Honest clients never delete; a hostile delete is replayed from the array as it now stands.
    if (deletedAnything(event.transaction)) this.enqueue({ rebuild: true });
    else this.enqueue({ rebuild: false, values: insertedValues(event.transaction, this.array) });
  };

  /** Applies at once when nothing needs verifying (this tab's own records), else after verification. */
  private enqueue(batch: Batch): void {
    const values = batch.rebuild ? this.array.toArray() : batch.values;
    const { records, rejected } = sortRecords(values, this.parsed);
    const ready = this.queued === 0 && records.every((r) => this.verifier.verdict(r) !== undefined);
    if (ready) return this.apply(batch.rebuild, records, rejected);
    this.queued++;
    this.work = this.work.then(async () => {
      await this.verify(records);
      this.queued--;
      if (!this.destroyed) this.apply(batch.rebuild, records, rejected);
    });
  }

  /** Key-carrying records first: the session names the rooms the others may be signed for. */
  private async verify(records: readonly WorkshopRecord[]): Promise<void> {
    const keyed = records.filter(carriesKey);
    await this.verifier.verify(keyed);
    this.ledger.anticipate(keyed);
    await this.verifier.verify(records);
  }

  private apply(rebuild: boolean, records: WorkshopRecord[], rejected: Rejections): void {
    const authorityMoved = rebuild ? this.reset(records, rejected) : this.ingest(records, rejected);
    this.currentView = this.ledger.view(this.rejected);
    this.awaitingKey.note(records);
    this.recheckAwaitingKeys(records);
    if (authorityMoved) this.recheckAfterAuthorityChange();
    for (const listener of this.listeners) listener(this.currentView);
  }

  /** New rooms to sign for (a continued session) can make earlier records authentic: check those again. */
  private recheckAfterAuthorityChange(): void {
    const unsettled = this.ledger.records.filter((r) => this.verifier.verdict(r) === undefined);
    if (!unsettled.length) return;
    this.queued++;
    this.work = this.work.then(async () => {
      await this.verifier.verify(unsettled);
      this.queued--;
      if (this.destroyed) return;
      this.replayAll();
      this.rechecks++;
      for (const listener of this.listeners) listener(this.currentView);
    });
  }

  /** Returns whether the authority moved, as the ledger's `reset` does. */
  private reset(records: WorkshopRecord[], rejected: Rejections): boolean {
    this.rejected = rejected;
    this.awaitingKey.clear();
    const authorityMoved = this.ledger.reset(records);
    this.currentView = this.ledger.view(this.rejected);
    return authorityMoved;
  }

  private replayAll(): void {
    this.ledger.replayAll();
    this.currentView = this.ledger.view(this.rejected);
  }

  private ingest(fresh: WorkshopRecord[], rejected: Rejections): boolean {
    this.rejected = mergeRejections(this.rejected, rejected);
    return this.ledger.ingest(fresh);
  }

  /** A join that arrives after its group's records (a reordered sync) makes them verifiable: replay. */
  private recheckAwaitingKeys(records: readonly WorkshopRecord[]): void {
    const waiting = this.awaitingKey.releasedBy(records);
    if (!waiting.length) return;
    this.queued++;
    this.work = this.work.then(async () => {
      await this.verifier.verify(waiting);
      this.queued--;
      if (this.destroyed) return;
      this.awaitingKey.note(waiting);
      this.replayAll();
      this.rechecks++;
      for (const listener of this.listeners) listener(this.currentView);
    });
  }
}
