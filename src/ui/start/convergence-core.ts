import type { SourceOutcome } from '../../doc/convergence-setup.ts';
import type { SessionSetup } from '../../doc/session-setup.ts';
import { during } from '../../doc/setup-failure.ts';
import type { ConvergencePort } from './convergence-port.ts';

const setupCode = () => import('../../doc/convergence-setup.ts');
const newSessionCode = () => import('./new-session.ts');

/** The real convergence core behind the start page; its code is fetched once a source is read. */
export function convergenceCore(setup: () => Promise<SessionSetup>): ConvergencePort {
  // Each export is verified once: the list shows its verdict, Start writes the candidates of that same reading.
  const readings = new Map<string, Promise<SourceOutcome>>();
  const reading = (text: string): Promise<SourceOutcome> => {
    let outcome = readings.get(text);
    if (!outcome) readings.set(text, (outcome = setupCode().then((code) => code.readSource(text))));
    return outcome;
  };
  return {
    async readSource(text) {
      const read = await reading(text);
      if (!read.ok) return { ok: false, problem: read.problem };
      const { title, candidates, verified } = read.source;
      return { ok: true, title, proposals: candidates, verified, problem: null };
    },
    async start(texts, title, languages, where) {
      const { startConvergence } = await setupCode();
      const sources = (await Promise.all(texts.map(reading))).flatMap((read) => (read.ok ? [read.source] : []));
      const { openNewSession } = await newSessionCode();
      const { session, writeKey, facilitator } = await openNewSession(await setup(), where);
      try {
        const written = await during('keys', () => startConvergence(session.writer!, facilitator.signer.actor, title, sources, languages));
        if (written.ok) return { ok: true, session, writeKey, facilitator };
        await session.destroy();
        return { ok: false, problem: written.problem };
      } catch (error) {
        await session.destroy().catch(() => undefined);
        throw error;
      }
    },
  };
}
