import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { PHONE, PROJECTOR, newParticipant } from './browser.ts';
import { PATIENCE_MS, eventually } from './eventually.ts';
import { capabilityOf } from './links.ts';
import { RawSyncClient } from './raw-sync-client.ts';
import { addProposal, anyConnectionStatus, joinAsGroup, proposalItem, proposalsList } from './scribe-page.ts';
import { SCREENSHOT_DIR, screenshotBothSizes } from './screenshots.ts';
import { createSession } from './start-page.ts';
import { scenarioRig, stepRunner } from './scenario.ts';
import { newRecordSigner } from './signed-records.ts';

// Issue 5 and R9, as the facilitator sees them: when each group and venue was last in sync, the records
// every client ignored, the scribe's waiting changes, and the projector marked while offline.
const TEXT = {
  library: 'Open the public library on Sundays',
  trees: 'Plant shade trees along every school route',
  offline: 'Written while the connection was down',
} as const;

const rig = scenarioRig();
const { rawClients, pageErrors } = rig;

/** What a reader sees, spaces collapsed: the status spreads its words over several elements. */
const shownText = async (locator: Locator): Promise<string> => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const groupLine = (page: Page, name: string): Locator =>
  page.getByRole('list', { name: /^Groups$/ }).getByRole('listitem').filter({ hasText: name });
const venueLine = (page: Page, name: string): Locator =>
  page.getByRole('list', { name: /^Venues$/ }).getByRole('listitem').filter({ hasText: name });

test('groups and venues: last in sync, ignored records, waiting changes and an offline projector', { timeout: 180_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const participant = async (name: string, viewport: { width: number; height: number }): Promise<Page> =>
    pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, viewport), name);

  const facilitator = await participant('facilitator', { width: 1280, height: 800 });
  const riverside = await participant('scribe Riverside', PHONE);
  const lighthouse = await participant('scribe Lighthouse', PHONE);
  const projector = await participant('projector', PROJECTOR);

  let scribeLink = '';
  let viewLink = '';
  await step('a session with two scribes in two venues and a projector', async () => {
    await facilitator.goto('/#/');
    ({ scribeLink, viewLink } = await createSession(facilitator, 'Our city in ten proposals'));
    await joinAsGroup(riverside, scribeLink, 'Riverside', 'Paris');
    await joinAsGroup(lighthouse, scribeLink, 'Lighthouse', 'Dakar');
    await addProposal(riverside, TEXT.library);
    await addProposal(lighthouse, TEXT.trees);
    await projector.goto(viewLink);
    await proposalItem(projector, TEXT.trees).waitFor({ timeout: PATIENCE_MS });
  });

  await step('the facilitator follows "Groups and venues" from the projector and sees both groups online', async () => {
    await facilitator.goto(viewLink);
    await facilitator.getByRole('link', { name: /^Groups and venues/ }).click();
    await facilitator.getByRole('heading', { name: /^Groups and venues/ }).waitFor({ timeout: PATIENCE_MS });
    assert.equal(new URL(facilitator.url()).hash, `${new URL(viewLink).hash}/sync`, 'the view link, its anchor kept, then /sync');
    for (const name of ['Riverside', 'Lighthouse']) {
      await eventually(`${name} "Online now"`, () => shownText(groupLine(facilitator, name)), (text) => text.endsWith('Online now'));
    }
    assert.equal(await shownText(venueLine(facilitator, 'Paris')), 'Paris 1 group Online now: 1 of 1');
  });

  await step('a scribe offline reads "Offline — 1 change waiting", then plain "Online" once the relay has it', async () => {
    await riverside.context().setOffline(true);
    await eventually('Riverside offline', () => shownText(anyConnectionStatus(riverside)), (text) => text === 'Offline');
    await addProposal(riverside, TEXT.offline);
    await eventually('the waiting change counted', () => shownText(anyConnectionStatus(riverside)), (text) => text === 'Offline — 1 change waiting');
    await screenshotBothSizes(riverside, 'sync-scribe-waiting');
    await riverside.context().setOffline(false);
    await eventually('Riverside back online, nothing waiting', () => shownText(anyConnectionStatus(riverside)), (text) => text === 'Online');
    await proposalItem(projector, TEXT.offline).waitFor({ timeout: PATIENCE_MS });
    await eventually('Riverside "Online now" again', () => shownText(groupLine(facilitator, 'Riverside')), (text) => text.endsWith('Online now'));
  });

  await step('a group that leaves shows when it was last in sync, and so does its venue', async () => {
    await lighthouse.close();
    // The row's own text; the group's badge (symbol, number, name, venue) draws in its shadow root.
    const inSyncAt = /^In sync at \d{1,2}:\d{2}\s?(AM|PM) \((this minute|1 minute ago)\)$/;
    await eventually('Lighthouse "In sync at …"', () => shownText(groupLine(facilitator, 'Lighthouse')), (text) => inSyncAt.test(text));
    await eventually('Dakar "In sync at …"', () => shownText(venueLine(facilitator, 'Dakar')), (text) => /^Dakar 1 group In sync at /.test(text));
  });

  await step('hostile records written into the document are counted among the ignored records', async () => {
    const roomId = capabilityOf(viewLink, 'v');
    const writer = new RawSyncClient(rig.relay.syncUrl, roomId, { key: capabilityOf(scribeLink, 's') });
    rawClients.push(writer);
    await writer.synced();
    // Signed with a key of its own (issue 6), so only the missing join stands between it and the projector.
    const neverJoined = newRecordSigner();
    writer.doc.getArray('records').push([
      42,
      { v: 1, id: 'hostileRecord001', author: 'hostileAuthor001', hlc: [Date.now(), 0], kind: 'add', text: 'x'.repeat(1001) },
      neverJoined.sign(roomId, { v: 1, id: 'hostileRecord002', hlc: [Date.now(), 0], kind: 'add', text: '<img src=x onerror=alert(1)>' }),
    ]);
    await writer.roundTrip();
    await facilitator.getByRole('heading', { name: /^Ignored records/ }).waitFor({ timeout: PATIENCE_MS });
    // The third is well formed, but in the name of a group that never joined.
    await facilitator.getByText('3 records ignored', { exact: true }).waitFor({ timeout: PATIENCE_MS });
    const table = facilitator.getByRole('table', { name: /^Each ignored record/ });
    assert.deepEqual(
      (await table.getByRole('row').allInnerTexts()).slice(1).map((row) => row.replace(/\s+/g, ' ').trim()),
      ['Not a record no readable id', 'Text empty or too long hostileRecord001 text', 'Unknown group hostileRecord002'],
    );
    await proposalsList(projector).waitFor({ timeout: PATIENCE_MS });
    assert.equal(await proposalItem(projector, '<img').count(), 0, 'the projector shows no ignored record');
    await screenshotBothSizes(facilitator, 'sync-overview');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await facilitator.setViewportSize(PHONE);
    await facilitator.screenshot({ path: join(SCREENSHOT_DIR, 'sync-overview-phone-full.png'), fullPage: true });
  });

  await step('the projector offline keeps its proposals and says it shows the room’s copy', async () => {
    await projector.context().setOffline(true);
    const notice = projector.getByText(/showing this room’s copy/);
    await notice.waitFor({ state: 'visible', timeout: PATIENCE_MS });
    assert.equal(await proposalsList(projector).getByRole('listitem').count(), 3, 'all three proposals still projected');
    await screenshotBothSizes(projector, 'projector-offline');
    await projector.context().setOffline(false);
    await notice.waitFor({ state: 'detached', timeout: PATIENCE_MS });
  });

  assert.deepEqual(pageErrors.seen, [], 'no participant page threw an uncaught error');
});
