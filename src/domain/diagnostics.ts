import type { Diagnostic, DiagnosticCount, DiagnosticReason } from './view.ts';

/** Examples kept per reason: a hostile document may hold millions of bad records, the view stays small. */
export const DIAGNOSTIC_EXAMPLES = 20;

const compareStrings = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

/** Canonical order for diagnostics of invalid records, so it never depends on arrival order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareStrings(a.reason, b.reason) || compareStrings(a.id, b.id) || compareStrings(a.detail, b.detail);
}

/** Records that failed validation: an exact count per reason, and the first few of each in canonical order. */
export interface Rejections {
  readonly total: number;
  /** In canonical order of reasons. */
  readonly counts: readonly DiagnosticCount[];
  /** At most DIAGNOSTIC_EXAMPLES per reason, in canonical order. */
  readonly examples: readonly Diagnostic[];
}

export const NO_REJECTIONS: Rejections = Object.freeze({ total: 0, counts: Object.freeze([]), examples: Object.freeze([]) });

interface ReasonTally {
  count: number;
  /** Sorted, at most DIAGNOSTIC_EXAMPLES. */
  examples: Diagnostic[];
}

/**
 * Counts diagnostics and keeps, per reason, the smallest ones in canonical order: the same ones on every
 * replica whatever order the records arrived in, in memory that does not grow with their number.
 */
export class RejectionTally {
  private readonly byReason = new Map<DiagnosticReason, ReasonTally>();
  private total = 0;

  add(diagnostic: Diagnostic): void {
    const tally = this.tallyOf(diagnostic.reason);
    tally.count++;
    this.total++;
    keepSmallest(tally.examples, diagnostic);
  }

  addAll(rejections: Rejections): void {
    for (const { reason, count } of rejections.counts) this.tallyOf(reason).count += count;
    for (const example of rejections.examples) keepSmallest(this.tallyOf(example.reason).examples, example);
    this.total += rejections.total;
  }

  result(): Rejections {
    if (this.total === 0) return NO_REJECTIONS;
    const reasons = [...this.byReason.keys()].sort(compareStrings);
    return Object.freeze({
      total: this.total,
      counts: Object.freeze(reasons.map((reason) => Object.freeze({ reason, count: this.byReason.get(reason)!.count }))),
      examples: Object.freeze(reasons.flatMap((reason) => this.byReason.get(reason)!.examples)),
    });
  }

  private tallyOf(reason: DiagnosticReason): ReasonTally {
    let tally = this.byReason.get(reason);
    if (tally === undefined) this.byReason.set(reason, (tally = { count: 0, examples: [] }));
    return tally;
  }
}

/** Both sets of rejections as one, as if every record had been validated in a single batch. */
export function mergeRejections(a: Rejections, b: Rejections): Rejections {
  if (b.total === 0) return a;
  if (a.total === 0) return b;
  const tally = new RejectionTally();
  tally.addAll(a);
  tally.addAll(b);
  return tally.result();
}

/** Inserts in order; a full list keeps only the smallest, equal ones being indistinguishable. */
function keepSmallest(examples: Diagnostic[], diagnostic: Diagnostic): void {
  const full = examples.length >= DIAGNOSTIC_EXAMPLES;
  if (full && compareDiagnostics(diagnostic, examples[examples.length - 1]!) >= 0) return;
  let at = examples.length;
  while (at > 0 && compareDiagnostics(examples[at - 1]!, diagnostic) > 0) at--;
  examples.splice(at, 0, diagnostic);
  if (full) examples.pop();
}

/**
 * Diagnostics met while replaying, in the total order: exact counts, and the first DIAGNOSTIC_EXAMPLES of
 * each reason. Replays and live updates both apply records in that order, so every replica keeps the same ones.
 */
export class ReplayDiagnostics {
  private readonly counts = new Map<DiagnosticReason, number>();
  private readonly examples: Diagnostic[] = [];
  private examplesCache: readonly Diagnostic[] | null = null;
  private countsCache: readonly DiagnosticCount[] | null = null;

  add(diagnostic: Diagnostic): void {
    const count = (this.counts.get(diagnostic.reason) ?? 0) + 1;
    this.counts.set(diagnostic.reason, count);
    this.countsCache = null;
    if (count > DIAGNOSTIC_EXAMPLES) return;
    this.examples.push(diagnostic);
    this.examplesCache = null;
  }

  /** With the rejections first, at most DIAGNOSTIC_EXAMPLES examples per reason in all. */
  listWith(rejections: Rejections): readonly Diagnostic[] {
    this.examplesCache ??= Object.freeze([...this.examples]);
    if (rejections.total === 0) return this.examplesCache;
    const room = new Map<DiagnosticReason, number>();
    for (const { reason } of rejections.examples) room.set(reason, (room.get(reason) ?? DIAGNOSTIC_EXAMPLES) - 1);
    const replayed = this.examplesCache.filter((d) => {
      const left = room.get(d.reason);
      if (left === undefined) return true;
      room.set(d.reason, left - 1);
      return left > 0;
    });
    return Object.freeze([...rejections.examples, ...replayed]);
  }

  /** With the rejections' counts first, a reason found in both counted once. */
  countsWith(rejections: Rejections): readonly DiagnosticCount[] {
    this.countsCache ??= Object.freeze([...this.counts].map(([reason, count]) => Object.freeze({ reason, count })));
    if (rejections.total === 0) return this.countsCache;
    const merged = new Map<DiagnosticReason, number>();
    for (const { reason, count } of [...rejections.counts, ...this.countsCache]) merged.set(reason, (merged.get(reason) ?? 0) + count);
    return Object.freeze([...merged].map(([reason, count]) => Object.freeze({ reason, count })));
  }
}

/** Why the reducer ignored a record, and which of its fields named something unknown. */
export interface Ignored {
  readonly reason: DiagnosticReason;
  readonly detail: string | null;
}

export const ignoredFor = (reason: DiagnosticReason, detail: string | null = null): Ignored => ({ reason, detail });
