import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { PHONE, PROJECTOR, newParticipant } from './browser.ts';
import { PATIENCE_MS, eventually } from './eventually.ts';
import { scenarioRig, stepRunner } from './scenario.ts';
import { addProposal, joinAsGroup, newProposalField, proposalItem } from './scribe-page.ts';
import { SCREENSHOT_DIR } from './screenshots.ts';
import { createSession } from './start-page.ts';

const TEXT = {
  library: 'Open the public library on Sundays and holidays',
  buses: 'Free buses for everyone on Sundays',
  trees: 'Plant shade trees along every school route',
  nearCopy: 'Open the library on Sunday',
  edited: 'Open the public library on Sundays, holidays and summer evenings',
} as const;

const rig = scenarioRig();
const { pageErrors } = rig;

test('a scribe typing a near-copy is shown the proposal it resembles, and edits that one instead', { timeout: 180_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const other = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, PROJECTOR), 'other group');
  const phone = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, PHONE), 'phone scribe');

  let scribeLink = '';
  await step('another group adds three proposals', async () => {
    await other.goto('/#/');
    ({ scribeLink } = await createSession(other, 'Our city, without doubles'));
    await joinAsGroup(other, scribeLink, 'Lighthouse', 'Dakar');
    for (const text of [TEXT.library, TEXT.buses, TEXT.trees]) await addProposal(other, text);
  });

  await step('a scribe joins and types a near-copy of one of them', async () => {
    await joinAsGroup(phone, scribeLink, 'Riverside', 'Paris');
    await proposalItem(phone, TEXT.trees).waitFor({ state: 'visible', timeout: PATIENCE_MS });
    await newProposalField(phone).pressSequentially(TEXT.nearCopy);
    await phone.getByText('A similar proposal is already in the document:').waitFor({ timeout: PATIENCE_MS });
    const similar = phone.getByRole('list', { name: /^A similar proposal/ });
    assert.equal(await similar.getByRole('listitem').count(), 1);
    assert.match(await similar.innerText(), /Open the public library on Sundays and holidays\s+Rank 1 · 1 endorsement/);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    // The form and the list under it, below the sticky status bar.
    await phone.getByText('New proposal', { exact: true }).evaluate((label) => label.scrollIntoView({ block: 'start' }));
    await phone.evaluate(() => window.scrollBy(0, -96));
    await phone.screenshot({ path: join(SCREENSHOT_DIR, 'similar-phone.png'), animations: 'disabled' });
  });

  await step('"Edit this instead" opens that proposal’s edit, focus in its field', async () => {
    await phone.getByRole('button', { name: /^Edit this instead: Open the public library/ }).click();
    const field = phone.getByRole('textbox', { name: /^Edit proposal/ });
    await eventually('the "Edit proposal" field pre-filled', () => field.inputValue(), (value) => value === TEXT.library);
    const focused = await field.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el);
    assert.ok(focused, 'focus is in the edit field');
    await phone.keyboard.press('Control+A');
    await phone.keyboard.type(TEXT.edited);
    await phone.getByRole('button', { name: /^Save/ }).click();
    await proposalItem(phone, TEXT.edited).waitFor({ state: 'visible', timeout: PATIENCE_MS });
  });

  await step('the other group sees the edit, and no near-copy was added', async () => {
    await proposalItem(other, TEXT.edited).waitFor({ state: 'visible', timeout: PATIENCE_MS });
    assert.equal(await proposalItem(other, TEXT.nearCopy).count(), 0);
  });

  assert.deepEqual(pageErrors.seen, [], 'no page threw an uncaught error');
});
