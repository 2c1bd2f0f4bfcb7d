import type { WorkshopRecord } from '../../domain/records.ts';
import { unsignedText } from '../../domain/signing.ts';
import type { VerifyingKey } from './keys.ts';
import { matchingRoom } from './signature-check.ts';
import { COULD_NOT_CHECK, type VerifyRequest, type VerifyResponse } from './verify-messages.ts';

/** One record's signature to check: the key both ready here and as text for a worker to import. */
export interface SignatureJob {
  key: VerifyingKey;
  keyText: string;
  sig: string;
  record: WorkshopRecord;
  rooms: readonly string[];
}

/** Checks a signature; resolves to the index of the room it holds for, or -1. */
export type SignatureChecker = (job: SignatureJob) => Promise<number>;

/** In the page itself: small batches, and where there are no workers. */
export const checkHere: SignatureChecker = async (job) => matchingRoom(job.key, job.sig, unsignedText(job.record), job.rooms);

interface Pending {
  job: SignatureJob;
  resolve: (index: number) => void;
  reject: (error: unknown) => void;
}

const checkInPage = ({ job, resolve, reject }: Pending): void => void checkHere(job).then(resolve, reject);

/** Fewer signatures than this, asked for in one turn, are checked in the page: a live record must not wait for a round trip. */
const MIN_BATCH = 64;
/** Signatures per message: small enough that the workers share a batch evenly, large enough to cost little. */
const CHUNK = 250;
/** A worker silent this long with work outstanding is taken for broken. */
const SILENCE_MS = 10_000;

/**
 * Checks a page's large batches of signatures (a session's records, on opening it) in workers, one per
 * core: the check is the same function, so are the verdicts, but it no longer holds the page's one thread.
 * Jobs asked for in one turn form a batch; each full chunk is sent at once, so the workers start while the
 * page still asks for the rest. The workers also serialise the records for their signed bytes. If a worker fails, what it held is checked in the page, and so is
 * everything after.
 */
export class VerifyPool {
  /** How many signatures workers have checked; lets tests see a batch really left the page. */
  checkedInWorkers = 0;
  private workers: Worker[] | null = null;
  private broken = false;
  private waiting: Pending[] = [];
  /** Whether this turn already sent jobs to the workers: the rest of its batch follows them there. */
  private dispatched = false;
  private readonly sent = new Map<number, { worker: Worker; jobs: Pending[] }>();
  private readonly outstanding = new Map<Worker, number>();
  private nextId = 0;
  private watchdog: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly createWorker: () => Worker,
    private readonly size: number,
  ) {}

  readonly check: SignatureChecker = (job) =>
    new Promise((resolve, reject) => {
      if (this.waiting.length === 0) queueMicrotask(this.flush);
      this.waiting.push({ job, resolve, reject });
      if (this.waiting.length >= CHUNK) this.dispatch();
    });

  /** Starts the workers ahead of the first batch, so their start-up is not on its path. */
  warm(): void {
    if (this.workers || this.broken) return;
    try {
      this.workers = Array.from({ length: this.size }, () => {
        const worker = this.createWorker();
        worker.addEventListener('message', (event: MessageEvent<VerifyResponse>) => this.onResults(worker, event.data));
        worker.addEventListener('error', (event) => {
          // Handled here (checked in the page instead): not an uncaught error of the page.
          event.preventDefault();
          this.fail();
        });
        worker.addEventListener('messageerror', () => this.fail());
        this.outstanding.set(worker, 0);
        return worker;
      });
    } catch {
      this.fail();
    }
  }

  /** The end of a turn: a small batch is checked in the page, the rest of a large one in the workers. */
  private readonly flush = (): void => {
    if (this.dispatched || this.waiting.length >= MIN_BATCH) this.dispatch();
    else this.waiting.splice(0).forEach(checkInPage);
    this.dispatched = false;
  };

  private dispatch(): void {
    const jobs = this.waiting.splice(0);
    this.warm();
    if (!this.workers) return jobs.forEach(checkInPage);
    this.dispatched = true;
    // Checks asked for under different rooms (the rooms changed meanwhile) go in different messages.
    const byRooms = new Map<readonly string[], Pending[]>();
    for (const pending of jobs) {
      const group = byRooms.get(pending.job.rooms);
      if (group) group.push(pending);
      else byRooms.set(pending.job.rooms, [pending]);
    }
    for (const group of byRooms.values()) for (let i = 0; i < group.length; i += CHUNK) this.send(group.slice(i, i + CHUNK));
  }

  /** To the worker with the least outstanding. */
  private send(jobs: Pending[]): void {
    let worker = this.workers![0]!;
    for (const other of this.workers!) if (this.outstanding.get(other)! < this.outstanding.get(worker)!) worker = other;
    const id = this.nextId++;
    const keys: string[] = [];
    const keyIndex = new Map<string, number>();
    const request: VerifyRequest = {
      id,
      rooms: jobs[0]!.job.rooms,
      keys,
      jobs: jobs.map(({ job }) => {
        let index = keyIndex.get(job.keyText);
        if (index === undefined) keyIndex.set(job.keyText, (index = keys.push(job.keyText) - 1));
        return [index, job.record] as const;
      }),
    };
    this.sent.set(id, { worker, jobs });
    this.outstanding.set(worker, this.outstanding.get(worker)! + jobs.length);
    worker.postMessage(request);
    this.watch();
  }

  private onResults(worker: Worker, { id, results }: VerifyResponse): void {
    const sent = this.sent.get(id);
    if (!sent) return;
    this.sent.delete(id);
    this.outstanding.set(worker, this.outstanding.get(worker)! - sent.jobs.length);
    sent.jobs.forEach((pending, i) => {
      const result = results[i]!;
      // A key the worker could not import is checked here instead: never a verdict the page would not reach.
      if (result === COULD_NOT_CHECK) return checkInPage(pending);
      this.checkedInWorkers++;
      pending.resolve(result);
    });
    this.watch();
  }

  private watch(): void {
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = this.sent.size ? setTimeout(() => this.fail(), SILENCE_MS) : null;
  }

  private fail(): void {
    this.broken = true;
    for (const worker of this.workers ?? []) worker.terminate();
    this.workers = null;
    const unanswered = [...this.sent.values()].flatMap((sent) => sent.jobs);
    this.sent.clear();
    this.watch();
    unanswered.forEach(checkInPage);
  }
}

/** The page's pool, or null where there are no workers (Node, old browsers): then everything is checked in place. */
export const verifyPool: VerifyPool | null =
  typeof Worker === 'function'
    ? new VerifyPool(
        () => new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' }),
        Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 2)),
      )
    : null;
