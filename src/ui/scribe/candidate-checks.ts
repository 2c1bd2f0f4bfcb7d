import type { ReactiveControllerHost } from 'lit';
import type { CandidateRecord, RecordId, WorkshopRecord } from '../../domain/records.ts';
import type { CandidateView } from '../../domain/view.ts';
import type { CandidateCore, CandidateVerdict, Verdicts } from './candidate-core.ts';

/** Checks each candidate's proof once, in the background, and re-renders its host as verdicts arrive. */
export class CandidateChecks {
  /** Replaced, never changed in place, so the elements it is handed see each new verdict. */
  private verdicts: ReadonlyMap<RecordId, CandidateVerdict | null> = new Map();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly records: () => readonly WorkshopRecord[],
  ) {}

  /** The verdicts so far; starts checking the candidates not seen yet (none without a core). */
  of(candidates: readonly CandidateView[], core: CandidateCore | null): Verdicts {
    if (!core) return this.verdicts;
    const unseen = candidates.filter((candidate) => !this.verdicts.has(candidate.id));
    if (!unseen.length) return this.verdicts;
    const byId = new Map(this.records().map((record) => [record.id, record]));
    const checking = unseen.map(({ id }) => byId.get(id)).filter((record) => record?.kind === 'candidate');
    this.verdicts = new Map([...this.verdicts, ...checking.map((record) => [record.id, null] as const)]);
    for (const record of checking) void this.check(core, record);
    return this.verdicts;
  }

  /** The candidates whose source does not verify, for the history's mark. */
  unverified(): RecordId[] {
    return [...this.verdicts].filter(([, verdict]) => verdict?.holds === false).map(([id]) => id);
  }

  private async check(core: CandidateCore, record: CandidateRecord): Promise<void> {
    const verdict = await core.check(record).catch(
      (error: unknown): CandidateVerdict => ({ holds: false, countProven: false, problem: String(error) }),
    );
    this.verdicts = new Map([...this.verdicts, [record.id, verdict]]);
    this.host.requestUpdate();
  }
}
