import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { cachedUrls, waitUntilAppShellCached } from './app-shell.ts';
import { PHONE, PROJECTOR, newParticipant } from './browser.ts';
import { PATIENCE_MS, eventually } from './eventually.ts';
import { ExpectedRanking, type ExpectedProposal } from './expected-ranking.ts';
import { notAdmittedNotice, useAsEditOf } from './group-notices.ts';
import { capabilityOf } from './links.ts';
import { expectProjection } from './projection.ts';
import { RawSyncClient } from './raw-sync-client.ts';
import { addProposal, anyConnectionStatus, editProposal, endorse, joinAsGroup, proposalsList } from './scribe-page.ts';
import { screenshotBothSizes } from './screenshots.ts';
import { createSession } from './start-page.ts';
import { scenarioRig, stepRunner } from './scenario.ts';

// Issue 5: venue A works offline, reloads offline, and merges; venue B fills the document meanwhile.
// Texts hold no digits and none is part of another, so an item is found by its text alone.
const TEXT = {
  library: 'Open the public library on Sundays',
  trees: 'Plant shade trees along every school route',
  budget: 'Publish the city budget in plain language',
  buses: 'Make buses free for people under eighteen',
  assembly: 'Hold a neighbourhood assembly each season',
  sidewalks: 'Repair sidewalks before building new roads',
  translate: 'Translate council meetings into four languages',
  fund: 'Give each district a small participatory fund',
  lights: 'Light the riverside path at night',
  tools: 'Create a tool library in every market hall',
  rooftop: 'Build a rooftop garden on the town hall',
  fruitTrees: 'Shade every school route with fruit trees',
} as const;
const KNOWN_TEXTS = Object.values(TEXT);
const FILLED_BY_B = [TEXT.assembly, TEXT.sidewalks, TEXT.translate, TEXT.fund, TEXT.lights, TEXT.tools];

const rig = scenarioRig();
const { rawClients, pageErrors } = rig;

const statusText = (page: Page): Promise<string> => anyConnectionStatus(page).innerText();

async function setVenueOffline(pages: Page[], offline: boolean): Promise<void> {
  for (const page of pages) await page.context().setOffline(offline);
}

test('an offline venue keeps working, reloads offline and merges without losing a word', { timeout: 300_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const participant = async (name: string, viewport: { width: number; height: number }): Promise<Page> =>
    pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, viewport), name);

  /** What the relay and venue B hold; venue A's own view differs while it is offline. */
  const shared = new ExpectedRanking();
  const venueAOffline = new ExpectedRanking();
  const facilitator = await participant('facilitator', { width: 1280, height: 800 });
  const a = { scribe: await participant('venue A scribe', PHONE), projector: await participant('venue A projector', PROJECTOR) };
  const b = { scribe: await participant('venue B scribe', { width: 1280, height: 800 }), projector: await participant('venue B projector', PROJECTOR) };
  const projected = (page: Page, model: ExpectedProposal[], name: string) => expectProjection(page, model, KNOWN_TEXTS, name);

  let scribeLink = '';
  let viewLink = '';
  await step('the facilitator creates a session; each venue joins its scribe and opens its projector', async () => {
    await facilitator.goto('/#/');
    ({ scribeLink, viewLink } = await createSession(facilitator, 'Offline venues'));
    await joinAsGroup(a.scribe, scribeLink, 'Riverside', 'Paris');
    await joinAsGroup(b.scribe, scribeLink, 'Lighthouse', 'Dakar');
    for (const page of [a.projector, b.projector]) {
      await page.goto(viewLink);
      await proposalsList(page).waitFor({ timeout: PATIENCE_MS });
    }
  });

  await step('four proposals while both venues are online', async () => {
    const adds: Array<[typeof a, string, string]> = [[a, 'A', TEXT.library], [b, 'B', TEXT.trees], [a, 'A', TEXT.budget], [b, 'B', TEXT.buses]];
    for (const [venue, group, text] of adds) {
      await addProposal(venue.scribe, text);
      shared.add(group, text);
      venueAOffline.add(group, text);
      for (const page of [a.projector, b.projector]) await projected(page, shared.projected(), `after adding "${text}"`);
    }
  });

  await step('venue A has the whole app shell cached, lazily loaded screens and languages included', async () => {
    await waitUntilAppShellCached(a.scribe, 'venue A scribe');
    await waitUntilAppShellCached(a.projector, 'venue A projector');
    const cached = new Set((await cachedUrls(a.scribe)).map((url) => new URL(url).pathname));
    const built = (await readdir('dist/assets')).map((file) => `/assets/${file}`);
    assert.deepEqual(built.filter((path) => !cached.has(path)), [], 'every built asset is in Cache Storage');
    assert.ok(cached.has('/index.html'), 'index.html is cached');
  });

  await step("the service worker leaves the relay's own endpoints alone", async () => {
    const visitor = await participant('visitor', PHONE);
    await visitor.goto('/#/');
    await waitUntilAppShellCached(visitor, 'visitor');
    for (const [path, type] of [['/healthz', /^application\/json/], ['/metrics', /^text\/plain/]] as const) {
      const response = await visitor.goto(path);
      assert.ok(response, `a response for ${path}`);
      assert.equal(response.fromServiceWorker(), false, `${path} is answered by the relay, not the service worker`);
      assert.match(response.headers()['content-type'] ?? '', type, `${path} is not the app shell`);
    }
    const relayPaths = (await cachedUrls(visitor)).filter((url) => /^\/(sync|healthz|metrics)(\/|$)/.test(new URL(url).pathname));
    assert.deepEqual(relayPaths, [], 'nothing of /sync, /healthz or /metrics is cached');
    await visitor.context().close();
  });

  const beforeOffline = shared.projected();
  await step('venue A loses its connection and both its pages say so', async () => {
    await setVenueOffline([a.scribe, a.projector], true);
    for (const page of [a.scribe, a.projector]) {
      await eventually('venue A status to start with "Offline"', () => statusText(page), (text) => /^\s*Offline/.test(text));
    }
    // Offline, a page cannot know who else is there: it lists no one rather than a stale memory (its own group included).
    await eventually(
      'venue A scribe to list no group online',
      () => a.scribe.getByRole('list', { name: 'Groups online' }).count(),
      (count) => count === 0,
    );
  });

  await step('meanwhile venue B fills the document to ten', async () => {
    for (const text of FILLED_BY_B) {
      await addProposal(b.scribe, text);
      shared.add('B', text);
      await projected(b.projector, shared.projected(), `venue B after adding "${text}"`);
    }
    assert.equal(shared.size, 10);
  });

  await step('the relay stops, so nothing venue A does can slip through a socket the browser held open', async () => {
    await rig.relay.stop();
  });

  await step('venue A adds, edits and endorses offline, and its status counts three changes waiting', async () => {
    await addProposal(a.scribe, TEXT.rooftop);
    venueAOffline.add('A', TEXT.rooftop);
    await editProposal(a.scribe, TEXT.trees, TEXT.fruitTrees);
    venueAOffline.edit('A', TEXT.trees, TEXT.fruitTrees);
    await endorse(a.scribe, TEXT.buses);
    venueAOffline.endorse('A', TEXT.buses);
    await projected(a.scribe, venueAOffline.projected(), 'venue A offline');
    await eventually('venue A status "Offline" with 3 changes waiting', () => statusText(a.scribe), (text) => /^\s*Offline\b/.test(text) && /\b3\b/.test(text));
  });

  await step('venue A reloads offline and finds everything: the page from its service worker, the document from IndexedDB', async () => {
    const response = await a.scribe.reload();
    assert.equal(response?.fromServiceWorker(), true, 'the reloaded page came from the service worker (the relay is down)');
    await projected(a.scribe, venueAOffline.projected(), 'venue A after an offline reload');
    await eventually('venue A status still "Offline" with 3 changes waiting', () => statusText(a.scribe), (text) => /^\s*Offline\b/.test(text) && /\b3\b/.test(text));
    await screenshotBothSizes(a.scribe, 'offline-venue-waiting');

    // Separate contexts share no storage: the venue's projector shows what it last received.
    const projectorResponse = await a.projector.reload();
    assert.equal(projectorResponse?.fromServiceWorker(), true, "the projector's page came from the service worker");
    await projected(a.projector, beforeOffline, 'venue A projector after an offline reload');
    await eventually('venue A projector status "Offline"', () => statusText(a.projector), (text) => /^\s*Offline/.test(text));
  });

  await step("the relay restarts on its data dir, holding venue B's ten and none of venue A's offline work", async () => {
    await rig.relay.start();
    const reader = new RawSyncClient(rig.relay.syncUrl, capabilityOf(viewLink, 'v'));
    rawClients.push(reader);
    await reader.synced();
    const texts = reader.doc.getArray<{ text?: unknown }>('records').toArray().map((record) => record.text);
    for (const text of FILLED_BY_B) assert.ok(texts.includes(text), `the relay kept "${text}" across its restart`);
    for (const text of [TEXT.rooftop, TEXT.fruitTrees]) assert.equal(texts.includes(text), false, `"${text}" has not reached the relay`);
    await eventually('venue B status to start with "Online" again', () => statusText(b.scribe), (text) => /^\s*Online/.test(text));
  });

  await step('venue A comes back: both projectors converge on the same order and counts', async () => {
    assert.throws(() => shared.add('A', TEXT.rooftop), /11th/, 'the model refuses the add that came after ten');
    shared.edit('A', TEXT.trees, TEXT.fruitTrees);
    shared.endorse('A', TEXT.buses);
    await setVenueOffline([a.scribe, a.projector], false);
    for (const [page, name] of [[a.projector, 'venue A projector'], [b.projector, 'venue B projector'], [a.scribe, 'venue A scribe'], [b.scribe, 'venue B scribe']] as const) {
      await projected(page, shared.projected(), `${name} after the merge`);
    }
    for (const page of [a.projector, b.projector]) {
      await page.getByText(/\b1 add arrived after the document was full/).waitFor({ timeout: PATIENCE_MS });
    }
  });

  await step('venue A is told its add was not admitted, with its text intact', async () => {
    const notice = notAdmittedNotice(a.scribe, TEXT.rooftop);
    await notice.waitFor({ timeout: PATIENCE_MS });
    assert.ok((await notice.innerText()).includes(TEXT.rooftop), 'the notice quotes the whole text');
    await eventually('venue A status to start with "Online"', () => statusText(a.scribe), (text) => /^\s*Online/.test(text));
    await screenshotBothSizes(a.scribe, 'offline-venue-not-admitted');
  });

  await step('one action turns the add into an edit, and both projectors show it', async () => {
    await useAsEditOf(notAdmittedNotice(a.scribe, TEXT.rooftop), TEXT.tools);
    shared.edit('A', TEXT.tools, TEXT.rooftop);
    for (const page of [a.projector, b.projector]) await projected(page, shared.projected(), 'after "Use as an edit"');
    await eventually('the notice to be gone once answered', () => notAdmittedNotice(a.scribe, TEXT.rooftop).count(), (n) => n === 0);
  });

  assert.deepEqual(pageErrors.seen, [], 'no participant page threw an uncaught error');

  await step('once everything is on the relay, both scribes see "Online"', async () => {
    await eventually(
      'each scribe\'s status to start with "Online"',
      () => Promise.all([a.scribe, b.scribe].map(statusText)),
      (texts) => texts.every((text) => /^\s*Online/.test(text)),
    );
  });
});
