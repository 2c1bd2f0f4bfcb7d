import type { WorkshopSession } from '../../doc/session.ts';
import type { Facilitator } from '../../doc/signers.ts';
import type { ActionProblem } from '../../doc/writer.ts';
import type { LanguageTag } from '../../domain/records.ts';

/** One source session as read from its export: its title, how many final proposals, whether its result verifies. */
export type SourceReading =
  | { ok: true; title: string; proposals: number; verified: boolean; problem: string | null }
  | { ok: false; problem: string };

export type ConvergenceStart =
  | { ok: true; session: WorkshopSession; writeKey: string; facilitator: Facilitator }
  | { ok: false; problem: ActionProblem };

/**
 * What the start page needs from the convergence core (convergence-setup.ts's readSource and startConvergence):
 * the start screen is handed one; without one it does not offer "Start from several sessions".
 */
export interface ConvergencePort {
  readSource(text: string): Promise<SourceReading>;
  start(
    sources: readonly string[],
    title: string,
    languages: readonly LanguageTag[],
    where: { syncUrl: string | null; persist: boolean },
  ): Promise<ConvergenceStart>;
}
