import { after, before, type TestContext } from 'node:test';
import { enginesInstallHint, missingEngines } from '../../scripts/engines.mjs';
import { startRelayUnderTest, type RelayUnderTest } from '../e2e/relay-under-test.ts';
import type { Engine } from './engine.ts';

export interface EngineRig {
  relay: RelayUnderTest;
  engine: Engine;
  /** True (and the test skipped, with the install hint) when the engine is missing on a developer's machine. */
  skip(t: TestContext): boolean;
  steps(t: TestContext): (name: string, body: () => Promise<void>) => Promise<void>;
}

/** The real relay serving the build, and one engine; a missing engine fails under CI=true, never skips there. */
export function engineRig(name: string, launch: () => Promise<Engine>): EngineRig {
  const missing = missingEngines();
  const available = missing.length === 0;
  if (!available && process.env.CI === 'true') throw new Error(enginesInstallHint(missing));
  const rig = {} as EngineRig;
  before(async () => {
    if (!available) return;
    rig.relay = await startRelayUnderTest();
    rig.engine = await launch();
  });
  after(async () => {
    await rig.engine?.close();
    await rig.relay?.close();
  });
  rig.skip = (t) => {
    if (available) return false;
    t.skip(enginesInstallHint(missing));
    return true;
  };
  rig.steps = (t) => async (step, body) => {
    t.diagnostic(`${name}: ${step}`);
    try {
      await body();
    } catch (error) {
      for (const line of rig.relay.logLines.slice(-20)) t.diagnostic(`relay: ${JSON.stringify(line)}`);
      throw new Error(`${name}: step "${step}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };
  return rig;
}
