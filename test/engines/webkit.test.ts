import { test } from 'node:test';
import { coreScenario } from './core-scenario.ts';
import { engineRig } from './rig.ts';
import { launchWebKit } from './webkit.ts';

const rig = engineRig('webkit', launchWebKit);

test('the core session in WebKitGTK', { timeout: 120_000 }, async (t) => {
  if (rig.skip(t)) return;
  await coreScenario(rig.engine, rig.relay, rig.steps(t));
});
