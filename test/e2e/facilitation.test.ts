import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { PROJECTOR, newParticipant } from './browser.ts';
import { PATIENCE_MS, eventually } from './eventually.ts';
import { groupNotices } from './group-notices.ts';
import { anchorOf, capabilityOf, facilitatorLinkParts, roomIdFor } from './links.ts';
import { expectProjection } from './projection.ts';
import { RawSyncClient } from './raw-sync-client.ts';
import { addProposal, addProposalButton, anyConnectionStatus, editProposal, endorse, joinAsGroup, newProposalField, proposalItem, proposalsList } from './scribe-page.ts';
import { SCREENSHOT_DIR } from './screenshots.ts';
import { scenarioRig, stepRunner } from './scenario.ts';
import { newRecordId, newRecordSigner } from './signed-records.ts';
import { createSession } from './start-page.ts';

// Issue 6, end to end: a scribe cannot lock the session or hide a revision, neither through the app nor by
// writing signed records straight into the document; the facilitator can, from a second device using the
// facilitator link; the projector shows the agenda clock.

// No digits, none part of another, so an item is found by its text alone.
const TEXT = {
  library: 'Open the public library on Sundays',
  trees: 'Plant shade trees along every school route',
  buses: 'Make buses free for people under eighteen',
  abusive: 'Throw the liars of Riverside out of this city',
  offline: 'Written offline while the session was being locked',
  afterUnlock: 'Repair sidewalks before building new roads',
  hijackedTitle: 'Hijacked by a scribe',
} as const;
const KNOWN_TEXTS = Object.values(TEXT);
const TITLE = 'Our city in ten proposals';

/** A scribe on a phone, as in the README's screenshot. */
const PHONE_390 = { width: 390, height: 844 } as const;
const LAPTOP = { width: 1280, height: 800 } as const;

// The words of the facilitator's controls (src/i18n/en/facilitator.ts): none may appear on a scribe's page.
const FACILITATOR_CONTROLS = /^(Lock session|Unlock session|Start clock|Next phase|Stop clock|Hide this revision|Yes, hide it|Rename|Remove group|Yes, remove it)/;

const rig = scenarioRig();
const { rawClients, pageErrors } = rig;

const lockBanner = (page: Page): Locator => page.getByText(/^The facilitator has locked the session\./);
const removedBanner = (page: Page): Locator => page.getByText(/^The facilitator removed your group from this session\./);
const agendaClock = (page: Page): Locator => page.getByRole('timer', { name: /^Agenda clock/ });
/** The projector's discreet mark beside the title (a drawn padlock and the word). */
const lockedMark = (page: Page): Locator => page.getByText('Locked', { exact: true });
const shownText = async (locator: Locator): Promise<string> => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

test('facilitation: a scribe cannot lock or hide; the facilitator can, from a second device; the projector shows the agenda clock', { timeout: 120_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const participant = async (name: string, viewport: { width: number; height: number }): Promise<Page> =>
    pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, viewport), name);

  // Each actor in a browser context of its own: no BroadcastChannel or storage shared, everything goes through the relay.
  const creator = await participant('facilitator, first device', LAPTOP);
  const riverside = await participant('scribe Riverside', PHONE_390);
  const lighthouse = await participant('scribe Lighthouse', LAPTOP);
  const projector = await participant('projector', PROJECTOR);
  const viewer = await participant('viewer', LAPTOP);

  let scribeLink = '';
  let viewLink = '';
  let facilitatorLink = '';
  await step('the facilitator creates a session on the start page and reads its three links', async () => {
    await creator.goto('/#/');
    ({ scribeLink, viewLink, facilitatorLink } = await createSession(creator, TITLE));
    const writeKey = capabilityOf(scribeLink, 's');
    assert.equal(capabilityOf(viewLink, 'v'), roomIdFor(writeKey), 'the view link names the scribe link’s room');
    assert.equal(anchorOf(viewLink, 'v'), anchorOf(scribeLink, 's'), 'both links name the same facilitator');
    assert.equal(facilitatorLinkParts(facilitatorLink).writeKey, writeKey, 'the facilitator link holds the write key');
    for (const link of [scribeLink, viewLink, facilitatorLink]) assert.ok(link.startsWith(rig.relay.url), `${link} is served by the relay`);
  });

  await step('two scribes join through the scribe link and add proposals; the projector shows them', async () => {
    await joinAsGroup(riverside, scribeLink, 'Riverside', 'Paris');
    await joinAsGroup(lighthouse, scribeLink, 'Lighthouse', 'Dakar');
    await addProposal(riverside, TEXT.library);
    await addProposal(lighthouse, TEXT.trees);
    await addProposal(riverside, TEXT.buses);
    await projector.goto(viewLink);
    await expectProjection(projector, [
      { text: TEXT.library, count: 1 }, { text: TEXT.trees, count: 1 }, { text: TEXT.buses, count: 1 },
    ], KNOWN_TEXTS, 'three proposals');
  });

  await step('a scribe turns a proposal into abuse with a second revision, and the projector shows it', async () => {
    await editProposal(lighthouse, TEXT.library, TEXT.abusive);
    await expectProjection(projector, [
      { text: TEXT.abusive, count: 1 }, { text: TEXT.trees, count: 1 }, { text: TEXT.buses, count: 1 },
    ], KNOWN_TEXTS, 'the abusive revision is current');
    // The probe the hide is checked with below finds the text while it is there.
    for (const page of [projector, riverside, lighthouse]) assert.ok((await page.getByText(TEXT.abusive).count()) > 0, 'the abusive text is found');
  });

  await step('a scribe’s page offers no facilitator control, not even in a proposal’s history', async () => {
    for (const page of [riverside, lighthouse]) {
      assert.deepEqual(await page.getByRole('button', { name: FACILITATOR_CONTROLS }).allInnerTexts(), [], 'no facilitator button on the proposals');
    }
    await proposalItem(riverside, TEXT.abusive).getByRole('button', { name: /^History/ }).click();
    await riverside.getByText(TEXT.library, { exact: true }).filter({ visible: true }).first().waitFor({ timeout: PATIENCE_MS });
    assert.deepEqual(await riverside.getByRole('button', { name: FACILITATOR_CONTROLS }).allInnerTexts(), [], 'no facilitator button in the history');
    await riverside.getByRole('link', { name: /Back to proposals$/ }).click();
    await newProposalField(riverside).waitFor({ timeout: PATIENCE_MS });
  });

  // The scribe's own key for the attempts below: a real Ed25519 key pair, its records well formed and signed.
  const impostor = newRecordSigner();
  const roomId = () => capabilityOf(viewLink, 'v');

  await step('a scribe that makes a facilitator link of its own key is told it is not this session’s facilitator, and its lock is refused', async () => {
    // The same scribe (Lighthouse), in its own browser, with the write key it holds and a key it made itself.
    const attempt = pageErrors.watch(await lighthouse.context().newPage(), 'scribe Lighthouse, posing as facilitator');
    await attempt.goto(`/#/f/${capabilityOf(scribeLink, 's')}/${impostor.secret}`);
    await attempt.getByText(/^This session does not name this link’s key as its facilitator/).waitFor({ timeout: PATIENCE_MS });
    await attempt.getByRole('button', { name: /^Lock session/ }).click();
    await attempt.getByRole('alert').filter({ hasText: /^Only the facilitator can do that\./ }).waitFor({ timeout: PATIENCE_MS });
    await attempt.close();
  });

  await step('a scribe that writes facilitator records straight into the document changes nothing; the diagnostics list them', async () => {
    const writer = new RawSyncClient(rig.relay.syncUrl, roomId(), { key: capabilityOf(scribeLink, 's') });
    rawClients.push(writer);
    await writer.synced();
    const records = writer.doc.getArray<Record<string, unknown>>('records');
    const treesAdd = records.toArray().find((r) => r.kind === 'add' && r.text === TEXT.trees);
    assert.ok(treesAdd, 'the writer holds the document');
    const now = Date.now();
    const sign = (id: string, hlc: [number, number], fields: Record<string, unknown>) =>
      impostor.sign(roomId(), { v: 1, id, hlc, ...fields });
    records.push([
      // Joining is open to whoever holds the scribe link; this one is applied.
      sign(newRecordId(), [now, 0], { kind: 'join', name: 'Intruders', venue: 'Nowhere' }),
      // A session record of its own, ordered before the real one, to take the facilitator's place.
      sign('hostileSession01', [now - 3_600_000, 0], { kind: 'session', title: TEXT.hijackedTitle }),
      sign('hostileLock00001', [now, 1], { kind: 'lock' }),
      sign('hostileHide00001', [now, 2], { kind: 'hide', revision: treesAdd.id }),
      sign('hostileAgenda001', [now, 3], { kind: 'agenda', phases: [{ phase: 'introduction', minutes: 15 }], start: now }),
    ]);
    await writer.roundTrip();

    await viewer.goto(`${viewLink}/sync`);
    await viewer.getByText('4 records ignored', { exact: true }).waitFor({ timeout: PATIENCE_MS });
    const table = viewer.getByRole('table', { name: /^Each ignored record/ });
    assert.deepEqual(
      (await table.getByRole('row').allInnerTexts()).slice(1).map((row) => row.replace(/\s+/g, ' ').trim()),
      [
        'Another session’s title hostileSession01',
        'Not signed by the facilitator hostileLock00001',
        'Not signed by the facilitator hostileHide00001',
        'Not signed by the facilitator hostileAgenda001',
      ],
      'the signatures hold (else "Signature does not hold"): the records are refused for who signed them',
    );

    // Sent after the hostile records went out to every socket, and applied after them (a store applies in arrival
    // order): a page that shows both endorsements holds the hostile records too.
    await endorse(riverside, TEXT.trees);
    await endorse(lighthouse, TEXT.buses);
    for (const [page, name] of [[projector, 'projector'], [riverside, 'Riverside'], [lighthouse, 'Lighthouse']] as const) {
      await expectProjection(page, [
        { text: TEXT.trees, count: 2 }, { text: TEXT.buses, count: 2 }, { text: TEXT.abusive, count: 1 },
      ], KNOWN_TEXTS, `${name}: the endorsements counted, the hostile records changed nothing`);
    }
    await projector.getByText(TITLE).first().waitFor({ timeout: PATIENCE_MS });
    assert.equal(await projector.getByText(TEXT.hijackedTitle).count(), 0, 'the projector keeps the session’s own title');
    assert.equal(await lockedMark(projector).count(), 0, 'the projector has no Locked mark');
    assert.equal(await agendaClock(projector).count(), 0, 'the projector shows no agenda clock');
    for (const page of [riverside, lighthouse]) {
      await proposalItem(page, TEXT.trees).waitFor({ timeout: PATIENCE_MS });
      assert.equal(await lockBanner(page).count(), 0, 'no lock banner on a scribe’s page');
      assert.equal(await newProposalField(page).isEnabled(), true, 'the scribe can still write');
    }
  });

  const panel = await participant('facilitator, second device', LAPTOP);
  await step('the facilitator opens the facilitator link on a second device', async () => {
    await panel.goto(facilitatorLink);
    await panel.getByRole('heading', { name: /^Facilitator panel/ }).waitFor({ timeout: PATIENCE_MS });
    await panel.getByText(TITLE).first().waitFor({ timeout: PATIENCE_MS });
    await panel.getByRole('button', { name: /^Lock session/ }).waitFor({ timeout: PATIENCE_MS });
    assert.equal(await panel.getByText(/^This session does not name this link’s key/).count(), 0, 'the panel is this session’s facilitator');
  });

  await step('the facilitator locks: a scribe sees the banner and cannot add, the projector shows Locked', async () => {
    // Lighthouse is offline while the lock is written, so it keeps writing unaware of it.
    await lighthouse.context().setOffline(true);
    await eventually('Lighthouse offline', () => shownText(anyConnectionStatus(lighthouse)), (text) => text.startsWith('Offline'));
    await panel.getByRole('button', { name: /^Lock session/ }).click();
    await panel.getByRole('button', { name: /^Unlock session/ }).waitFor({ timeout: PATIENCE_MS });
    await lockBanner(riverside).first().waitFor({ timeout: PATIENCE_MS });
    await eventually('Riverside’s add form disabled', async () => (await newProposalField(riverside).isDisabled()) && (await addProposalButton(riverside).isDisabled()), (off) => off);
    await lockedMark(projector).first().waitFor({ timeout: PATIENCE_MS });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await riverside.evaluate(() => window.scrollTo(0, 0));
    await riverside.screenshot({ path: join(SCREENSHOT_DIR, 'facilitation-scribe-locked-390.png'), animations: 'disabled' });
  });

  await step('an add written offline after the lock is not applied, and its scribe is told with its text', async () => {
    assert.equal(await lockBanner(lighthouse).count(), 0, 'Lighthouse, offline, has not seen the lock');
    await addProposal(lighthouse, TEXT.offline);
    await lighthouse.context().setOffline(false);
    await lockBanner(lighthouse).first().waitFor({ timeout: PATIENCE_MS });
    const notice = groupNotices(lighthouse).getByRole('listitem').filter({ hasText: /^Your new proposal was not applied: the session was locked/ });
    await notice.waitFor({ timeout: PATIENCE_MS });
    assert.ok((await notice.innerText()).includes(TEXT.offline), 'the notice quotes the text');
    await eventually('the add gone from Lighthouse’s list', () => proposalItem(lighthouse, TEXT.offline).count(), (n) => n === 0);
    await panel.getByText(/^1 action of a group arrived while the session was locked and was not applied\./).waitFor({ timeout: PATIENCE_MS });
    await expectProjection(projector, [
      { text: TEXT.trees, count: 2 }, { text: TEXT.buses, count: 2 }, { text: TEXT.abusive, count: 1 },
    ], KNOWN_TEXTS, 'without the add written after the lock');
  });

  await step('the facilitator unlocks: the banners and the Locked mark go, and scribes write again', async () => {
    await panel.getByRole('button', { name: /^Unlock session/ }).click();
    for (const page of [riverside, lighthouse]) {
      await eventually('the lock banner gone', () => lockBanner(page).count(), (n) => n === 0);
    }
    await eventually('the Locked mark gone from the projector', () => lockedMark(projector).count(), (n) => n === 0);
    await addProposal(riverside, TEXT.afterUnlock);
    await expectProjection(projector, [
      { text: TEXT.trees, count: 2 }, { text: TEXT.buses, count: 2 }, { text: TEXT.abusive, count: 1 }, { text: TEXT.afterUnlock, count: 1 },
    ], KNOWN_TEXTS, 'after the unlock, still without the locked-out add');
  });

  await step('the facilitator hides the abusive revision: the proposal falls back to its previous text and the abusive text shows nowhere', async () => {
    await panel.getByRole('button', { name: /^Hide this revision: .*Throw the liars/ }).click();
    await panel.getByRole('button', { name: /^Yes, hide it/ }).click();
    // The first revision comes back with its own endorsement (Riverside's), in the proposal's place.
    const expected = [
      { text: TEXT.trees, count: 2 }, { text: TEXT.buses, count: 2 }, { text: TEXT.library, count: 1 }, { text: TEXT.afterUnlock, count: 1 },
    ];
    for (const [page, name] of [[projector, 'projector'], [riverside, 'Riverside'], [lighthouse, 'Lighthouse']] as const) {
      await expectProjection(page, expected, KNOWN_TEXTS, `${name} after the hide`);
      assert.equal(await page.getByText(TEXT.abusive).count(), 0, `the abusive text nowhere on ${name}'s page`);
    }
    // The proposal's history, from a scribe's page and from the view link.
    await proposalItem(riverside, TEXT.library).getByRole('button', { name: /^History/ }).click();
    await riverside.getByText('Hidden by the facilitator', { exact: true }).first().waitFor({ timeout: PATIENCE_MS });
    await riverside.getByText(TEXT.library, { exact: true }).first().waitFor({ timeout: PATIENCE_MS });
    assert.equal(await riverside.getByText(TEXT.abusive).count(), 0, 'the abusive text nowhere in the scribe’s history');
    await riverside.getByRole('link', { name: /Back to proposals$/ }).click();
    await viewer.goto(viewLink);
    await proposalsList(viewer).getByRole('listitem').filter({ hasText: TEXT.library }).getByRole('link', { name: /^History/ }).click();
    await viewer.getByText('Hidden by the facilitator', { exact: true }).first().waitFor({ timeout: PATIENCE_MS });
    assert.equal(await viewer.getByText(TEXT.abusive).count(), 0, 'the abusive text nowhere in the history on the view link');
    assert.equal(await panel.getByText(TEXT.abusive).count(), 0, 'nor on the facilitator panel');
  });

  await step('the facilitator starts the agenda clock: the projector shows the phase and the time left', async () => {
    await panel.getByRole('button', { name: /^Start clock/ }).click();
    const clock = agendaClock(projector);
    const text = await eventually('the projector’s agenda clock', () => shownText(clock), (shown) => /^Introduction\b/.test(shown));
    assert.match(text, /^Introduction (15:00|14:[0-5]\d) left Phase 1 of 4$/);
    await agendaClock(riverside).waitFor({ timeout: PATIENCE_MS });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await projector.screenshot({ path: join(SCREENSHOT_DIR, 'facilitation-projector-clock-1920.png'), animations: 'disabled' });
  });

  await step('the facilitator removes a group: its scribe is told and cannot write, its endorsements stop counting', async () => {
    await panel.getByRole('button', { name: /^Remove group: .*Lighthouse/ }).click();
    await panel.getByRole('button', { name: /^Yes, remove it/ }).click();
    await removedBanner(lighthouse).first().waitFor({ timeout: PATIENCE_MS });
    await eventually('Lighthouse’s add form disabled', () => newProposalField(lighthouse).isDisabled(), (off) => off);
    assert.equal(await removedBanner(riverside).count(), 0, 'the other scribe is not told it was removed');
    // Each proposal keeps Riverside's endorsement only; ties keep admission order (R6).
    await expectProjection(projector, [
      { text: TEXT.library, count: 1 }, { text: TEXT.trees, count: 1 }, { text: TEXT.buses, count: 1 }, { text: TEXT.afterUnlock, count: 1 },
    ], KNOWN_TEXTS, 'without the removed group’s endorsements');
  });

  assert.deepEqual(pageErrors.seen, [], 'no participant page threw an uncaught error');
});
