import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { PHONE, PROJECTOR, launchSystemChromium, newParticipant } from './browser.ts';
import { PATIENCE_MS } from './eventually.ts';
import { ExpectedRanking } from './expected-ranking.ts';
import { PageErrors } from './page-errors.ts';
import { expectProjection } from './projection.ts';
import { startRelayUnderTest, type RelayUnderTest } from './relay-under-test.ts';
import { addProposal, editProposal, endorse, joinAsGroup, newProposalField, proposalsList } from './scribe-page.ts';
import { screenshotBothSizes } from './screenshots.ts';
import { createSession } from './start-page.ts';

// A venue relay is opened as the room's network reaches it: plain HTTP on a LAN name, which is not a secure
// context (no crypto.subtle, no service worker). 127.0.0.1 and localhost are secure, so the LAN name is
// mapped to loopback inside Chromium: the traffic stays on loopback, the page is as insecure as at a venue.
const VENUE_HOST = 'venue.test';

const TEXT = {
  library: 'Open the public library on Sundays',
  trees: 'Plant shade trees along every school route',
  budget: 'Publish the city budget in plain language',
  fruitTrees: 'Shade every school route with fruit trees',
  buses: 'Make buses free for people under eighteen',
} as const;
const KNOWN_TEXTS = Object.values(TEXT);

let central: RelayUnderTest;
let venue: RelayUnderTest;
let browser: Browser;
const pageErrors = new PageErrors();

before(async () => {
  central = await startRelayUnderTest();
  venue = await startRelayUnderTest({ upstream: central.url });
  browser = await launchSystemChromium([`--host-resolver-rules=MAP ${VENUE_HOST} 127.0.0.1`]);
});
after(async () => {
  await browser?.close();
  await venue?.close();
  await central?.close();
});

/** What the page itself says about its context, read in the page. */
const pageContext = (page: Page) =>
  page.evaluate(() => ({ secure: window.isSecureContext, subtle: typeof crypto.subtle, serviceWorker: 'serviceWorker' in navigator }));

test('scribes on a venue relay over plain HTTP join, write and sign; the central projector shows it in order', { timeout: 120_000 }, async (t) => {
  const venueOrigin = `http://${VENUE_HOST}:${new URL(venue.url).port}`;
  const participant = async (name: string, baseUrl: string, viewport: { width: number; height: number }): Promise<Page> =>
    pageErrors.watch(await newParticipant(browser, baseUrl, viewport), name);
  const step = async (name: string, body: () => Promise<void>): Promise<void> => {
    t.diagnostic(name);
    try {
      await body();
    } catch (error) {
      for (const [relay, lines] of [['central', central.logLines], ['venue', venue.logLines]] as const) {
        for (const line of lines.slice(-10)) t.diagnostic(`${relay}: ${JSON.stringify(line)}`);
      }
      throw new Error(`step "${name}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };

  const facilitator = await participant('facilitator', central.url, { width: 1280, height: 800 });
  const venuePage = await participant('venue links page', venueOrigin, PROJECTOR);
  const a = await participant('scribe A (venue)', venueOrigin, PHONE);
  const b = await participant('scribe B (venue)', venueOrigin, { width: 1280, height: 800 });
  const projector = await participant('central projector', central.url, PROJECTOR);
  const expected = new ExpectedRanking();

  let centralView = '';
  let venueScribe = '';
  await step('the facilitator creates the session on the central relay', async () => {
    await facilitator.goto('/#/');
    const links = await createSession(facilitator, 'Venue on the LAN');
    centralView = links.viewLink;
    // On the venue page, paste the facilitator link: the page must give the scribe link, and never show the secret.
    await venuePage.goto('/#/venue');
    await venuePage.getByRole('textbox', { name: /^Session link/ }).fill(links.facilitatorLink);
    await venuePage.getByRole('button', { name: /^Show links for this network/ }).click();
    const scribeCard = venuePage.getByRole('region', { name: 'Scribe link' });
    venueScribe = (await scribeCard.getByRole('link').innerText()).trim();
    const writeKey = new URL(links.scribeLink).hash;
    assert.equal(venueScribe, `${venueOrigin}/${writeKey}`, 'the scribe link on the venue address');
    await scribeCard.getByRole('img', { name: /^QR code of the scribe link/ }).waitFor();
    const secret = links.facilitatorLink.split('/').pop()!;
    assert.equal((await venuePage.content()).includes(secret), false, 'the facilitator secret is not on the projected page');
    await screenshotBothSizes(venuePage, 'venue-links');
  });

  await step('the venue pages are not a secure context: no crypto.subtle, no service worker', async () => {
    await a.goto(venueScribe);
    assert.deepEqual(await pageContext(a), { secure: false, subtle: 'undefined', serviceWorker: false });
    // The projector is the central one, as the world sees it: a secure page checking with WebCrypto.
    await projector.goto(centralView);
    assert.deepEqual(await pageContext(projector), { secure: true, subtle: 'object', serviceWorker: true });
  });

  await step('two groups join from the venue, in separate browsers, and are told the page needs the laptop', async () => {
    await joinAsGroup(a, venueScribe, 'Riverside', 'Paris');
    await joinAsGroup(b, venueScribe, 'Harbour', 'Paris');
    await a.getByRole('note').filter({ hasText: 'only while that laptop runs' }).waitFor({ timeout: PATIENCE_MS });
    await proposalsList(projector).waitFor({ timeout: PATIENCE_MS });
  });

  await step('they add, endorse and edit; every change reaches the central projector in order', async () => {
    await addProposal(a, TEXT.library);
    expected.add('A', TEXT.library);
    await addProposal(b, TEXT.trees);
    expected.add('B', TEXT.trees);
    await addProposal(a, TEXT.budget);
    expected.add('A', TEXT.budget);
    await endorse(b, TEXT.library);
    expected.endorse('B', TEXT.library);
    await editProposal(a, TEXT.trees, TEXT.fruitTrees);
    expected.edit('A', TEXT.trees, TEXT.fruitTrees);
    await addProposal(b, TEXT.buses);
    expected.add('B', TEXT.buses);
    await expectProjection(projector, expected.projected(), KNOWN_TEXTS, 'central projector');
    await expectProjection(b, expected.projected(), KNOWN_TEXTS, 'scribe B');
  });

  await step("a scribe reloads: its group's key, kept as bytes in IndexedDB, still signs", async () => {
    await a.reload();
    await newProposalField(a).waitFor({ state: 'visible', timeout: PATIENCE_MS });
    await endorse(a, TEXT.buses);
    expected.endorse('A', TEXT.buses);
    await endorse(b, TEXT.budget);
    expected.endorse('B', TEXT.budget);
    await expectProjection(projector, expected.projected(), KNOWN_TEXTS, 'central projector after the reload');
    await screenshotBothSizes(a, 'venue-scribe-plain-http');
  });

  await step('with no internet at all, a session is created on the venue page itself, its facilitator key in pure JS', async () => {
    await venuePage.goto('/#/');
    const links = await createSession(venuePage, 'Only the room');
    assert.ok(links.scribeLink.startsWith(`${venueOrigin}/#/s/`), links.scribeLink);
    assert.match(links.facilitatorLink, /#\/f\/[A-Za-z0-9_-]{22}\/e\./, 'an Ed25519 facilitator key, made without WebCrypto');
    await venuePage.getByRole('status').filter({ hasText: /^\s*Online/ }).waitFor({ timeout: PATIENCE_MS });
  });

  await step('no record was ignored, on the venue (pure-JS checks) nor centrally (WebCrypto checks)', async () => {
    const viewHash = new URL(centralView).hash;
    for (const [page, origin] of [[b, venueOrigin], [projector, central.url]] as const) {
      await page.goto(`${origin}/${viewHash}/sync`);
      for (const group of ['Riverside', 'Harbour']) await page.getByText(group).first().waitFor({ timeout: PATIENCE_MS });
      await page.getByText('No record was ignored.').waitFor({ timeout: PATIENCE_MS });
    }
    assert.deepEqual(pageErrors.seen, [], 'no page threw an uncaught error');
  });
});
