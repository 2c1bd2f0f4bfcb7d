/// <reference lib="dom" />
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { PHONE, PROJECTOR, newParticipant } from './browser.ts';
import { PATIENCE_MS, eventually, eventuallyEqual } from './eventually.ts';
import type { ExpectedRanking } from './expected-ranking.ts';
import { listItemTexts } from './list-items.ts';
import { capabilityOf, roomIdFor } from './links.ts';
import { pdfPageCount } from './pdf-pages.ts';
import { expectProjection } from './projection.ts';
import { joinAsGroup, proposalsList } from './scribe-page.ts';
import { SCREENSHOT_DIR, screenshotBothSizes } from './screenshots.ts';
import { seedSession, type SessionScript } from './seeded-session.ts';
import { scenarioRig, stepRunner } from './scenario.ts';

// Issue 7: a ten-proposal session published as Markdown, printed on one A4 page, replayed, compared, continued.

/** A4 at 96 CSS pixels per inch, and the part of it inside the page's 12 mm margins. */
const A4 = { width: 794, height: 1123 } as const;
const A4_INSIDE_MARGINS = { width: 703, height: 1032 } as const;

const GROUPS = [
  { name: 'Table 1', venue: 'Paris' },
  { name: 'Mesa 1', venue: 'Ciudad de México' },
  { name: 'Eastside', venue: 'Detroit' },
  { name: 'Médina', venue: 'Dakar' },
  { name: 'Table 2', venue: 'Paris' },
  { name: 'Mesa 2', venue: 'Ciudad de México' },
  { name: 'Midtown', venue: 'Detroit' },
  { name: 'Plateau', venue: 'Dakar' },
];

// Realistic proposals (120 to 160 characters), no digits, none part of another.
const FORUM: SessionScript = {
  title: 'World Forum on Cities — Convergence',
  groups: GROUPS,
  proposals: [
    { author: 0, text: 'Make public transport free for everyone under twenty-five and over sixty-five, paid for by a tax on private parking in city centres.', endorsers: [1, 2] },
    { author: 1, text: 'Water is a common good: no city may sell or lease its water network, and every household receives a minimum daily amount free of charge.', endorsers: [0, 2, 3, 4, 5, 6, 7] },
    { author: 2, text: 'Each neighbourhood decides how a tenth of the city budget is spent, through open assemblies held at least twice a year in several languages.', endorsers: [4, 5, 6, 7] },
    { author: 3, text: 'Plant shade trees along every school route and every bus stop, choosing local species that need little water, with neighbours caring for them.', endorsers: [] },
    { author: 4, text: 'Publish every public contract online within a week of signing, in plain language, with the name of each company and the full amount paid.', endorsers: [0, 1, 2, 3, 6] },
    { author: 5, text: 'Turn empty office buildings into social housing within three years, with rents capped at a quarter of the income of the household.', endorsers: [0, 3, 7] },
    { author: 6, text: 'Guarantee sign language and spoken interpretation at every council meeting, and stream every meeting live with captions in all city languages.', endorsers: [5] },
    { author: 7, text: 'Give street vendors legal places to work, with water, shade and toilets, instead of moving them away from the markets where their customers are.', endorsers: [0, 1, 2, 4, 5, 6] },
    { author: 0, text: 'Light every riverside and park path at night with low-energy lamps, designed together with the women and older people who walk there.', endorsers: [] },
    { author: 1, text: 'Create a tool library and repair café in every market hall, open evenings and weekends, run by volunteers with a small city grant.', endorsers: [3, 7] },
  ],
  withdrawn: [{ group: 6, proposal: 3 }, { group: 2, proposal: 8 }],
};

// The most a page can ever hold: ten proposals of 1,000 characters, and many groups.
const LONGEST: SessionScript = {
  title: `${'A very long session title that goes on '.repeat(4)}and on`,
  groups: Array.from({ length: 40 }, (_, i) => ({ name: `Group ${String.fromCharCode(65 + (i % 26))}${i}`, venue: GROUPS[i % 8]!.venue })),
  proposals: Array.from({ length: 10 }, (_, i) => ({
    author: i,
    text: `Proposal ${String.fromCharCode(65 + i)}: ${'every word of this proposal matters to the people who wrote it '.repeat(20)}`.slice(0, 1000).trim(),
    endorsers: [],
  })),
};

const rig = scenarioRig();
const { rawClients, pageErrors } = rig;
before(() => mkdir(SCREENSHOT_DIR, { recursive: true }));

/** The proposals as the printed page lists them, each "rank text count". */
const printedItems = (page: Page) => listItemTexts(page.locator('cdw-print-document').getByRole('list', { name: /^Proposals/ }));

/** What the printed list should read, from the test's own model of the ranking. */
const expectedItems = (model: ExpectedRanking): string[] =>
  model.projected().map((p, i) => `${i + 1} ${p.text} ${p.count} endorsement${p.count === 1 ? '' : 's'}`);

/** Prints the page to a PDF through Chromium's own print path, with the page's @page size and margins. */
async function printToPdf(page: Page, name: string): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await writeFile(join(SCREENSHOT_DIR, `${name}.pdf`), pdf);
  return pdfPageCount(pdf);
}

/** The print layout at A4 size, screenshotted; returns how tall the printed content is inside the page margins. */
async function printPreview(page: Page, name: string): Promise<{ insideMargins: number; visibleControls: string[] }> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(A4);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled' });
  const visibleControls = [
    ...(await page.getByRole('button').filter({ visible: true }).allInnerTexts()),
    ...(await page.getByRole('status').filter({ visible: true }).allInnerTexts()),
    ...(await page.getByRole('img', { name: /QR/ }).filter({ visible: true }).allInnerTexts()),
    ...(await page.getByRole('combobox').filter({ visible: true }).allInnerTexts()),
  ];
  await page.setViewportSize(A4_INSIDE_MARGINS);
  const insideMargins = await page.evaluate(() => document.documentElement.scrollHeight);
  // Back to no emulation at all: an emulated "screen" would also hold for page.pdf().
  await page.emulateMedia({ media: null });
  return { insideMargins, visibleControls };
}

test('the PDF page counter counts pages (the check below can fail)', async () => {
  const page = await rig.browser.newPage();
  await page.setContent('<p style="break-after: page">one</p><p style="break-after: page">two</p><p>three</p>');
  assert.equal(pdfPageCount(await page.pdf({ format: 'A4' })), 3);
  await page.close();
});

test('publish a ten-proposal session: Markdown download, one printed A4 page, replay, comparison, continuation', { timeout: 240_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const forum = await seedSession(rig.relay.syncUrl, FORUM, rawClients);
  const longest = await seedSession(rig.relay.syncUrl, LONGEST, rawClients);
  const viewLink = `${rig.relay.url}/${forum.viewHash}`;
  const publisher = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, { width: 1280, height: 900 }), 'publisher');

  await step('printed from the projector itself: the proposals alone, black on white, on one page', async () => {
    await publisher.goto(viewLink);
    await expectProjection(publisher, forum.model.projected(), FORUM.proposals.map((p) => p.text), 'the seeded session');
    // The print styles come with the side panel, just after the first paint: as its QR code does.
    await publisher.getByRole('img', { name: /^QR code of/ }).waitFor({ state: 'visible' });
    const preview = await printPreview(publisher, 'print-a4-projector');
    assert.deepEqual(preview.visibleControls, [], 'no control, status or QR code is printed');
    assert.equal(await printToPdf(publisher, 'print-a4-projector'), 1, 'the PDF has exactly one page');
    await publisher.setViewportSize({ width: 1280, height: 900 });
  });

  await step('the projector links discreetly to the publishing page', async () => {
    await publisher.getByRole('link', { name: /^Publish/ }).click();
    await publisher.getByRole('heading', { name: /^Publish the result/ }).waitFor({ timeout: PATIENCE_MS });
    assert.equal(new URL(publisher.url()).hash, `${forum.viewHash}/publish`);
  });

  await step('the print preview lists the ten proposals in projected order with their counts', async () => {
    await eventuallyEqual('the printed list', () => printedItems(publisher), expectedItems(forum.model));
    await screenshotBothSizes(publisher, 'publish');
  });

  let json = '';
  let continuedScribeLink = '';
  await step('the Markdown download names the session, date, venues and groups, and lists the ten proposals in order', async () => {
    const [download] = await Promise.all([
      publisher.waitForEvent('download'),
      publisher.getByRole('button', { name: /^Download Markdown/ }).click(),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(download.suggestedFilename(), `world-forum-on-cities-convergence-${today}.md`);
    const markdown = await readFile((await download.path())!, 'utf8');
    await writeFile(join(SCREENSHOT_DIR, 'publish-download.md'), markdown);
    const lines = markdown.split('\n');
    assert.equal(lines[0], `# ${FORUM.title}`);
    assert.match(lines[2]!, new RegExp(`^Exported: ${today} \\d\\d:\\d\\d UTC  $`));
    assert.equal(lines[3], 'Venues: Paris, Ciudad de México, Detroit, Dakar');
    const items = lines.filter((line) => /^\d+\. /.test(line)).map((line) => line.replace(/  $/, ''));
    const counts = lines.filter((line) => /^ {3}\*\d+ endorsements?\*/.test(line)).map((line) => line.match(/\*(\d+) endorsements?\*/)![1]);
    const expected = forum.model.projected();
    assert.deepEqual(items, expected.map((p, i) => `${i + 1}. ${p.text}`));
    assert.deepEqual(counts, expected.map((p) => String(p.count)));
    for (const group of GROUPS) assert.ok(markdown.includes(`| ${group.name} | ${group.venue} |`), `the groups table names ${group.name}`);

    const [jsonDownload] = await Promise.all([
      publisher.waitForEvent('download'),
      publisher.getByRole('button', { name: /^Download JSON/ }).click(),
    ]);
    json = await readFile((await jsonDownload.path())!, 'utf8');
    assert.equal(JSON.parse(json).records.length, forum.records.length);
  });

  await step('print: one A4 page, black on white, without controls, status or QR code', async () => {
    const preview = await printPreview(publisher, 'print-a4');
    assert.deepEqual(preview.visibleControls, [], 'nothing but the document is printed');
    assert.ok(preview.insideMargins <= A4_INSIDE_MARGINS.height, `printed content ${preview.insideMargins}px fits inside the margins`);
    assert.equal(await printToPdf(publisher, 'print-a4'), 1, 'the PDF has exactly one page');
    const colours = await publisher.evaluate(() => {
      const page = document.querySelector('cdw-app')!.shadowRoot!.querySelector('cdw-publish-screen')!.shadowRoot!
        .querySelector('cdw-publish-page')!.shadowRoot!.querySelector('cdw-print-document')!.shadowRoot!.querySelector('.paper')!;
      const style = getComputedStyle(page);
      return [style.color, style.backgroundColor];
    });
    assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });

  await step('ten proposals of 1,000 characters and forty groups still print on one page, the text scaled down', async () => {
    await publisher.setViewportSize({ width: 1280, height: 900 });
    await publisher.goto(`${rig.relay.url}/${longest.viewHash}/publish`);
    await eventuallyEqual('the printed list of the longest session', () => printedItems(publisher), expectedItems(longest.model));
    const preview = await printPreview(publisher, 'print-a4-longest');
    assert.ok(preview.insideMargins <= A4_INSIDE_MARGINS.height, `printed content ${preview.insideMargins}px fits inside the margins`);
    assert.equal(await printToPdf(publisher, 'print-a4-longest'), 1, 'the PDF has exactly one page');
  });

  await step('the replay shows the document at any moment, by keyboard, clearly marked, with a way back to live', async () => {
    const projector = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, PROJECTOR), 'replay projector');
    await projector.goto(viewLink);
    await projector.getByRole('link', { name: /^Replay/ }).click();
    await projector.getByRole('heading', { name: /^Replay/ }).waitFor({ timeout: PATIENCE_MS });
    const slider = projector.getByRole('slider', { name: /^Moment of the session/ });
    await eventually('the slider to hold every moment', () => slider.getAttribute('max'), (max) => max === String(forum.records.length - 1));
    await slider.focus();
    await projector.keyboard.press('End');
    const texts = FORUM.proposals.map((p) => p.text);
    await expectProjection(projector, forum.model.projected(), texts, 'the replay at its last moment');
    await projector.keyboard.press('Home');
    await eventuallyEqual('the replay at its first moment (the title only)', async () => (await listItemTexts(proposalsList(projector))).length, 0);
    const firstAdd = 1 + GROUPS.length + 1; // session, joins, then the first add
    for (let i = 0; i < firstAdd - 1; i++) await projector.keyboard.press('ArrowRight');
    await expectProjection(projector, [{ text: FORUM.proposals[0]!.text, count: 1 }], texts, 'the replay just after the first add');
    await projector.keyboard.press('End');
    await projector.screenshot({ path: join(SCREENSHOT_DIR, 'replay-projector.png'), animations: 'disabled' });
    await projector.getByRole('link', { name: /^Back to live/ }).click();
    await eventually('the live projector again', async () => new URL(projector.url()).hash, (hash) => hash === forum.viewHash);
    await projector.context().close();
  });

  await step('two sessions side by side, read-only, from their pasted view links', async () => {
    await publisher.setViewportSize({ width: 1600, height: 1000 });
    await publisher.goto(`${rig.relay.url}/#/compare`);
    await publisher.getByRole('textbox', { name: /^View links/ }).fill(`${viewLink}\n${rig.relay.url}/${longest.viewHash}`);
    await publisher.getByRole('button', { name: /^Compare/ }).click();
    const forumColumn = publisher.getByRole('list', { name: `Proposals: ${FORUM.title}` });
    await eventuallyEqual('the forum’s column', async () => (await listItemTexts(forumColumn)).map((item) => item.split(' ').slice(1, -2).join(' ')), forum.model.projected().map((p) => p.text));
    await publisher.getByRole('list', { name: `Proposals: ${LONGEST.title}` }).waitFor({ timeout: PATIENCE_MS });
    await publisher.screenshot({ path: join(SCREENSHOT_DIR, 'compare.png'), animations: 'disabled' });
  });

  await step('the JSON export continues in a new session with new links and the same document', async () => {
    const facilitator = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, { width: 1280, height: 900 }), 'facilitator');
    await facilitator.goto('/#/');
    await facilitator.getByLabel(/^JSON export file/).setInputFiles({ name: 'forum.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await facilitator.getByRole('button', { name: /^Continue from this export/ }).click();
    const { scribeLink, viewLink: newViewLink } = await shownLinks(facilitator);
    assert.notEqual(capabilityOf(newViewLink, 'v'), forum.roomId, 'a new room');
    assert.equal(capabilityOf(newViewLink, 'v'), roomIdFor(capabilityOf(scribeLink, 's')));
    await facilitator.screenshot({ path: join(SCREENSHOT_DIR, 'continued-from-export.png'), animations: 'disabled' });
    await eventually('the facilitator page to say "Online"', () => facilitator.getByRole('status').first().innerText(), (text) => /^\s*Online/.test(text));
    const viewer = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, PROJECTOR), 'viewer of the continued session');
    await viewer.goto(newViewLink);
    await expectProjection(viewer, forum.model.projected(), FORUM.proposals.map((p) => p.text), 'the continued session');
    await viewer.context().close();
    await facilitator.context().close();
    continuedScribeLink = scribeLink;
  });

  await step('a scribe of the continued session downloads the Markdown from the scribe view', async () => {
    const scribe = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, PHONE), 'scribe of the continued session');
    await joinAsGroup(scribe, continuedScribeLink, 'Table 3', 'Paris');
    await scribe.getByText(/^Publish and export/).click();
    const [download] = await Promise.all([
      scribe.waitForEvent('download'),
      scribe.getByRole('button', { name: /^Download Markdown/ }).click(),
    ]);
    const markdown = await readFile((await download.path())!, 'utf8');
    const items = markdown.split('\n').filter((line) => /^\d+\. /.test(line)).map((line) => line.replace(/  $/, ''));
    assert.deepEqual(items, forum.model.projected().map((p, i) => `${i + 1}. ${p.text}`));
    assert.ok(markdown.includes('| Table 3 | Paris |'), 'the new group is among the groups');
    await scribe.getByRole('link', { name: /^Print page, replay and comparison/ }).scrollIntoViewIfNeeded();
    await scribe.screenshot({ path: join(SCREENSHOT_DIR, 'scribe-export-phone.png'), animations: 'disabled' });
    await scribe.context().close();
  });

  assert.deepEqual(pageErrors.seen, [], 'no page threw an uncaught error');
});

/** After "Continue from this export" the page shows the new links exactly as after "Create session". */
async function shownLinks(page: Page): Promise<{ scribeLink: string; viewLink: string }> {
  const fields = page.getByRole('textbox').filter({ visible: true });
  const values = await eventually(
    'the new scribe link and view link in full',
    async () => Promise.all((await fields.all()).map((field) => field.inputValue())),
    (shown) => shown.some((v) => /#\/s\//.test(v)) && shown.some((v) => /#\/v\//.test(v)),
  );
  return { scribeLink: values.find((v) => /#\/s\//.test(v))!, viewLink: values.find((v) => /#\/v\//.test(v))! };
}
