import { compareRecords, insertionPoint } from './order.ts';
import type { WorkshopRecord } from './records.ts';
import { WorkshopReducer } from './reducer.ts';
import { NO_AUTHORITY, authorityOf, sameAuthority, type Authority, type TrustContext } from './trust.ts';
import type { Rejections } from './diagnostics.ts';
import type { DiagnosticReason, WorkshopView } from './view.ts';

/**
 * Reasons to ignore a record that no record sorting before it can undo: a forged signature, a copy of an id,
 * a removed group, a session or facilitator record without the session's authority (an authority change
 * replays anyway). "No such group" is undone only by that group's join, which `ingest` watches for. Ignoring a
 * record for one of these reasons changes nothing but the diagnostics, so a later record may pass it.
 */
const PASSABLE: ReadonlySet<DiagnosticReason> = new Set<DiagnosticReason>([
  'bad-signature',
  'unknown-author',
  'duplicate-id',
  'duplicate-join',
  'group-removed',
  'duplicate-session',
  'other-session',
  'not-facilitator',
]);

/**
 * The valid records in the total order and a reducer that has applied them, kept equal to a replay from
 * scratch as records arrive in any order. A record counts as late only when it sorts before a record that took
 * effect: records ignored for good at the end of the order (a far-future record with no group, one not yet
 * verified, a forgery) are passed, so one junk record dated in the year 275760 cannot make every later record
 * replay the session. The decision reads only the records and their verdicts, never a clock.
 */
export class RecordLedger {
  private sorted: WorkshopRecord[] = [];
  private reducer: WorkshopReducer;
  /** Records in `sorted` up to and including the last one that took effect; every one after it was passed. */
  private settledCount = 0;
  /** Authors of the passed records ignored because their group was unknown: their join would bring them in. */
  private readonly passedWithoutGroup = new Set<string>();
  /** The authority signatures are checked under: the one applied, moved ahead by `anticipate` while records are verified. */
  private checking: Authority = NO_AUTHORITY;
  /** Full replays forced by a late record or an authority change; tests and benchmarks read it. */
  replays = 0;

  constructor(private readonly trust: TrustContext) {
    this.reducer = new WorkshopReducer(trust);
  }

  get records(): readonly WorkshopRecord[] {
    return this.sorted;
  }

  get authority(): Authority {
    return this.reducer.authority;
  }

  /** Whose rooms a signature may be made for: the applied authority, or the one records being verified will bring. */
  get checkingAuthority(): Authority {
    return this.checking;
  }

  /** Records about to be verified: a session record among them may rule, and its rooms are then checked too. */
  anticipate(fresh: readonly WorkshopRecord[]): void {
    this.checking = this.authorityWith(fresh);
  }

  view(rejected: Rejections): WorkshopView {
    return this.reducer.view(rejected);
  }

  /**
   * Replaces every record (already in the total order) and replays them; true when the authority is not the one
   * signatures were checked under, so records without a verdict may now be authentic.
   */
  reset(sorted: WorkshopRecord[]): boolean {
    this.sorted = sorted;
    this.replay();
    return this.settleAuthority();
  }

  /** Replays the records held: after verdicts changed, or a late record arrived. */
  replayAll(): void {
    this.replay();
    this.settleAuthority();
  }

  /** Adds records sorted among themselves; true, as for `reset`, when the authority is not the one checked under. */
  ingest(fresh: readonly WorkshopRecord[]): boolean {
    this.add(fresh);
    return this.settleAuthority();
  }

  /** The authority once `fresh` is added: a session record among them may change who rules; other records cannot. */
  private authorityWith(fresh: readonly WorkshopRecord[]): Authority {
    if (!fresh.some((r) => r.kind === 'session')) return this.reducer.authority;
    return authorityOf([...this.sorted, ...fresh].sort(compareRecords), this.trust);
  }

  /** From now on signatures are checked under the applied authority; true when that moved it. */
  private settleAuthority(): boolean {
    const moved = !sameAuthority(this.checking, this.reducer.authority);
    this.checking = this.reducer.authority;
    return moved;
  }

  private replay(): void {
    this.reducer = new WorkshopReducer(this.trust, authorityOf(this.sorted, this.trust));
    this.settledCount = 0;
    this.passedWithoutGroup.clear();
    for (let i = 0; i < this.sorted.length; i++) this.note(i, this.reducer.apply(this.sorted[i]!));
  }

  private add(fresh: readonly WorkshopRecord[]): void {
    if (!sameAuthority(this.authorityWith(fresh), this.reducer.authority)) return this.insertAndReplay(fresh, 0);
    for (let i = 0; i < fresh.length; i++) {
      if (!this.pass(fresh[i]!)) return this.insertAndReplay(fresh, i);
    }
  }

  /** Applies one record without a replay when it sorts after every record that took effect; false otherwise. */
  private pass(record: WorkshopRecord): boolean {
    const last = this.sorted[this.sorted.length - 1];
    if (!last || compareRecords(record, last) >= 0) {
      this.sorted.push(record);
      this.note(this.sorted.length - 1, this.reducer.apply(record));
      return true;
    }
    const settled = this.sorted[this.settledCount - 1];
    if (settled && compareRecords(record, settled) < 0) return false;
    // Among passed records: a join must not bring in a group whose records were passed as having none.
    if (record.kind === 'join' && this.passedWithoutGroup.has(record.author)) return false;
    const at = insertionPoint(this.sorted, record);
    this.sorted.splice(at, 0, record);
    if (this.reducer.apply(record) === null) {
      this.settledCount = at + 1;
      return true;
    }
    // Ignored too: its diagnostic would now follow those of records after it, so the order is rebuilt.
    this.replay();
    this.replays++;
    return true;
  }

  private note(index: number, reason: DiagnosticReason | null): void {
    if (reason === null || !PASSABLE.has(reason)) {
      this.settledCount = index + 1;
      this.passedWithoutGroup.clear();
      return;
    }
    if (reason === 'unknown-author') this.passedWithoutGroup.add(this.sorted[index]!.author);
  }

  private insertAndReplay(fresh: readonly WorkshopRecord[], from: number): void {
    for (let i = from; i < fresh.length; i++) this.sorted.splice(insertionPoint(this.sorted, fresh[i]!), 0, fresh[i]!);
    this.replay();
    this.replays++;
  }
}
