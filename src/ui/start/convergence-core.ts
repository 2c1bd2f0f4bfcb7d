import type { SessionSetup } from '../../doc/session-setup.ts';
import { during } from '../../doc/setup-failure.ts';
import type { ConvergencePort } from './convergence-port.ts';
import { openNewSession } from './new-session.ts';

const setupCode = () => import('../../doc/convergence-setup.ts');

/** The real convergence core behind the start page; its code is fetched once a source is read. */
export function convergenceCore(setup: () => SessionSetup): ConvergencePort {
  return {
    async readSource(text) {
      const read = await (await setupCode()).readSource(text);
      if (!read.ok) return { ok: false, problem: read.problem };
      const { title, candidates, verified } = read.source;
      return { ok: true, title, proposals: candidates, verified, problem: null };
    },
    async start(texts, title, languages, where) {
      const { readSource, startConvergence } = await setupCode();
      const sources = (await Promise.all(texts.map((text) => readSource(text)))).flatMap((read) => (read.ok ? [read.source] : []));
      const { session, writeKey, facilitator } = await openNewSession(setup(), where);
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
