import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PHONE, PROJECTOR, newParticipant } from './browser.ts';
import { PATIENCE_MS } from './eventually.ts';
import { proposalsList, addProposal, joinAsGroup } from './scribe-page.ts';
import { scenarioRig, stepRunner } from './scenario.ts';
import { createSession } from './start-page.ts';

// The relay's Content-Security-Policy allows only the app's own scripts, styles and origin: the app must
// do everything it does without being refused anything.

const rig = scenarioRig();
const { pageErrors } = rig;

/** Every `securitypolicyviolation` in the page (they cross shadow roots) and every refusal Chromium logs. */
async function watchPolicy(page: Page, participant: string, violations: string[]): Promise<Page> {
  await page.exposeFunction('reportPolicyViolation', (text: string) => violations.push(`${participant}: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
        report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${participant} console: ${message.text()}`);
  });
  return pageErrors.watch(page, participant);
}

test('the app works under its Content-Security-Policy: create, share, join, add, project, export, print', { timeout: 120_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const violations: string[] = [];
  const facilitator = await watchPolicy(await newParticipant(rig.browser, rig.relay.url, PROJECTOR), 'facilitator', violations);
  const scribe = await watchPolicy(await newParticipant(rig.browser, rig.relay.url, PHONE), 'scribe', violations);
  const text = 'Every school opens its playground to the neighbourhood on weekends.';
  let links = { scribeLink: '', viewLink: '' };

  await step('the start page is served with the policy, and a session is created with its QR codes', async () => {
    const response = await facilitator.goto('/');
    assert.match(String(response?.headers()['content-security-policy']), /default-src 'self'/);
    links = await createSession(facilitator, 'Policy check');
    await facilitator.getByRole('img', { name: /^QR code of/ }).first().waitFor({ state: 'visible', timeout: PATIENCE_MS });
  });

  await step('a scribe joins and adds a proposal over the sync connection', async () => {
    await joinAsGroup(scribe, links.scribeLink, 'Table 1', 'Paris');
    await addProposal(scribe, text);
  });

  await step('the projector shows it', async () => {
    await facilitator.goto(links.viewLink);
    await proposalsList(facilitator).getByRole('listitem').filter({ hasText: text }).waitFor({ timeout: PATIENCE_MS });
  });

  await step('the exports download and the page prints', async () => {
    await facilitator.getByRole('link', { name: /^Publish/ }).click();
    for (const format of ['Markdown', 'HTML', 'JSON']) {
      const [download] = await Promise.all([
        facilitator.waitForEvent('download'),
        facilitator.getByRole('button', { name: new RegExp(`^Download ${format}`) }).click(),
      ]);
      assert.ok(await download.path(), `the ${format} file was saved`);
    }
    await facilitator.emulateMedia({ media: 'print' });
    assert.ok((await facilitator.pdf({ format: 'A4', preferCSSPageSize: true })).length > 0, 'printed');
    await facilitator.emulateMedia({ media: 'screen' });
  });

  assert.deepEqual(violations, [], 'nothing was refused by the policy');
  assert.deepEqual(pageErrors.seen, [], 'no page threw an uncaught error');
});
