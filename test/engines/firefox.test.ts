import { test } from 'node:test';
import { coreScenario } from './core-scenario.ts';
import { launchFirefox } from './firefox.ts';
import { engineRig } from './rig.ts';

const rig = engineRig('firefox', launchFirefox);

test('the core session in Firefox ESR', { timeout: 120_000 }, async (t) => {
  if (rig.skip(t)) return;
  await coreScenario(rig.engine, rig.relay, rig.steps(t));
});
