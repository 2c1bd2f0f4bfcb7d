import { after, before, type TestContext } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchSystemChromium } from './browser.ts';
import { PageErrors } from './page-errors.ts';
import type { RawSyncClient } from './raw-sync-client.ts';
import { startRelayUnderTest, type RelayUnderTest } from './relay-under-test.ts';

/** What every end-to-end scenario stands on; `relay` and `browser` are there once the suite has started. */
export interface ScenarioRig {
  relay: RelayUnderTest;
  browser: Browser;
  rawClients: RawSyncClient[];
  pageErrors: PageErrors;
}

/** Starts the real relay and the system Chromium before the file's tests and stops everything after, also on failure. */
export function scenarioRig(): ScenarioRig {
  const rig = { rawClients: [], pageErrors: new PageErrors() } as unknown as Partial<ScenarioRig> &
    Pick<ScenarioRig, 'rawClients' | 'pageErrors'>;
  before(async () => {
    rig.relay = await startRelayUnderTest();
    rig.browser = await launchSystemChromium();
  });
  after(async () => {
    for (const client of rig.rawClients) client.destroy();
    await rig.browser?.close();
    await rig.relay?.close();
  });
  return rig as ScenarioRig;
}

/** Named steps: each is reported as it starts, and a failure says which step and shows the relay's last log lines. */
export function stepRunner(t: TestContext, rig: ScenarioRig): (name: string, body: () => Promise<void>) => Promise<void> {
  return async (name, body) => {
    t.diagnostic(name);
    try {
      await body();
    } catch (error) {
      for (const line of rig.relay.logLines.slice(-20)) t.diagnostic(`relay: ${JSON.stringify(line)}`);
      throw new Error(`step "${name}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };
}
