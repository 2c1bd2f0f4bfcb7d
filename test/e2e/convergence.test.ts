import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { PHONE, PROJECTOR, newParticipant } from './browser.ts';
import { PATIENCE_MS, eventually } from './eventually.ts';
import { ExpectedRanking, type ExpectedProposal } from './expected-ranking.ts';
import { capabilityOf, facilitatorLinkParts } from './links.ts';
import { listItemTexts } from './list-items.ts';
import { RawSyncClient } from './raw-sync-client.ts';
import { expectProjection, itemsOutsideViewport } from './projection.ts';
import { anyConnectionStatus, endorse, joinAsGroup, proposalItem, proposalsList } from './scribe-page.ts';
import { expectShown, translateFromProposal } from './translation-page.ts';
import { newRecordId, recordSignerFrom } from './signed-records.ts';
import { SCREENSHOT_DIR } from './screenshots.ts';
import { seedSession, type SeededSession, type SessionScript } from './seeded-session.ts';
import { startFromSeveralSessions } from './start-page.ts';
import { scenarioRig, stepRunner } from './scenario.ts';

// The end to end: three sessions in three languages, exported; one convergence session brings their
// proposals in and merges two while a venue is offline; its export and every candidate's provenance verify.
const MEXICO: SessionScript = {
  title: 'Ciudad de México: la ciudad que queremos',
  lang: 'es',
  groups: [
    { name: 'Mesa Norte', venue: 'Mexico City' },
    { name: 'Mesa Sur', venue: 'Mexico City' },
    { name: 'Mesa Centro', venue: 'Mexico City' },
  ],
  proposals: [
    { author: 0, text: 'Transporte público gratuito para estudiantes', endorsers: [1, 2] },
    { author: 1, text: 'Huertos comunitarios en cada colonia', endorsers: [0] },
    { author: 2, text: 'Presupuesto participativo en cada alcaldía', endorsers: [] },
  ],
  translations: [
    { group: 1, proposal: 0, lang: 'en', text: 'Free public transport for students' },
    { group: 2, proposal: 0, lang: 'fr', text: 'Transports publics gratuits pour les étudiants' },
  ],
};
const PARIS: SessionScript = {
  title: 'Paris : la ville que nous voulons',
  lang: 'fr',
  groups: [
    { name: 'Table Seine', venue: 'Paris' },
    { name: 'Table Marais', venue: 'Paris' },
    { name: 'Table Belleville', venue: 'Paris' },
  ],
  proposals: [
    { author: 0, text: 'Des pistes cyclables protégées sur chaque grand boulevard', endorsers: [1, 2] },
    { author: 1, text: 'Une assemblée citoyenne tirée au sort chaque année', endorsers: [0] },
  ],
  translations: [
    { group: 1, proposal: 0, lang: 'en', text: 'Protected cycle lanes on every major boulevard' },
    { group: 2, proposal: 0, lang: 'es', text: 'Carriles bici protegidos en cada gran bulevar' },
  ],
};
const RAMALLAH: SessionScript = {
  title: 'رام الله: المدينة التي نريدها',
  lang: 'ar',
  groups: [
    { name: 'طاولة الزيتون', venue: 'Ramallah' },
    { name: 'طاولة الياسمين', venue: 'Ramallah' },
  ],
  proposals: [
    { author: 0, text: 'مواصلات عامة مجانية لطلاب الجامعات', endorsers: [1] },
    { author: 1, text: 'حدائق عامة في كل حي', endorsers: [] },
  ],
  translations: [{ group: 1, proposal: 0, lang: 'en', text: 'Free public transport for university students' }],
};
const CYCLE_LANES = PARIS.proposals[0]!.text;
const TRANSPORT = MEXICO.proposals[0]!.text;
const TAMPERED = 'Des pistes cyclables sur quelques boulevards';
const MERGED = 'Transporte público gratuito para estudiantes y universitarios';
const CYCLE_LANES_EN = PARIS.translations![0]!.text;
const MERGED_EN = 'Free public transport for school and university students';
const FORGED = 'حدائق عامة ومسابح مجانية في كل حي';
const KNOWN_TEXTS = [CYCLE_LANES, TRANSPORT, MERGED, FORGED];
const CANDIDATES = [MEXICO, PARIS, RAMALLAH].reduce((n, s) => n + s.proposals.length, 0);

/** The parts of a JSON export this test reads. */
interface JsonExport {
  records: Array<Record<string, unknown>>;
  proposals: Array<{
    text: string;
    endorsements: number;
    translations: Array<{ lang: string; text: string; outdated: boolean }>;
    from: Array<{ candidate: string; title: string; places: string[]; rank: number; count: number; digest: string }>;
  }>;
}

const rig = scenarioRig();
const { rawClients, pageErrors } = rig;
const run = promisify(execFile);

/** The publishing page's "Download JSON", once the export holds what `complete` expects. */
async function downloadJson(page: Page, viewHash: string, complete: (data: JsonExport) => boolean): Promise<string> {
  await page.goto(`/${viewHash}/publish`);
  const download = page.getByRole('button', { name: /^Download JSON/ });
  await eventually('the document to arrive', () => download.isEnabled(), (enabled) => enabled);
  let json = '';
  await eventually('every record to arrive', async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    json = await readFile((await file.path())!, 'utf8');
    return JSON.parse(json) as JsonExport;
  }, complete);
  return json;
}

/** `npm run verify -- …` as a person runs it: exit code and what it printed. */
async function verifyCli(args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', ...args]);
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** The scribe's candidate whose text is `text`, in the candidates panel. */
const candidateItem = (page: Page, text: string): Locator => page.locator('cdw-candidate-list li').filter({ hasText: text });
/** The texts of the scribe's candidates as read, shadow roots included. */
const scribeCandidates = (page: Page): Promise<string[]> => listItemTexts(page.getByRole('list', { name: /^Candidates/ }));
const candidateText = async (page: Page, text: string): Promise<string> => (await scribeCandidates(page)).find((item) => item.includes(text)) ?? '';

/** "Bring in" a candidate with its text unchanged, so its translations come along. */
async function bringInUnchanged(page: Page, text: string): Promise<void> {
  const item = candidateItem(page, text);
  await item.getByRole('button', { name: /^Bring in/ }).click();
  const field = item.getByRole('textbox', { name: /^Text to bring in/ });
  await eventually(`"Text to bring in" pre-filled with "${text}"`, () => field.inputValue(), (value) => value === text);
  await item.getByRole('button', { name: /^Bring in/ }).click();
  await proposalItem(page, text).waitFor({ timeout: PATIENCE_MS });
}

/** "Merge into…" on the candidate `text`: the proposal `into`, rewritten as `merged`, cites it. */
async function mergeInto(page: Page, text: string, into: string, merged: string): Promise<void> {
  await candidateItem(page, text).getByRole('button', { name: /^Merge into/ }).click();
  const form = page.locator('cdw-candidate-merge');
  const target = form.getByRole('combobox', { name: /^Proposal to merge into/ });
  const options = await target.locator('option').allInnerTexts();
  const index = options.findIndex((option) => into.startsWith(option.replace(/^\d+\.\s*/, '').replace(/…$/, '')));
  assert.ok(index >= 0, `"${into}" is offered to merge into: ${options.join(' | ')}`);
  await target.selectOption({ index });
  const field = form.getByRole('textbox', { name: /^New text of the proposal/ });
  await eventually(`the new text pre-filled with "${into}"`, () => field.inputValue(), (value) => value === into);
  await field.fill(merged);
  await form.getByRole('button', { name: /^Save the merge/ }).click();
  await proposalItem(page, merged).waitFor({ timeout: PATIENCE_MS });
}

/** The provenance lines of the history a scribe has open, oldest version first. */
const historyCites = async (page: Page): Promise<string[]> =>
  (await page.locator('cdw-history-view .cites').allInnerTexts()).map((line) => line.replace(/\s+/g, ' ').trim());

/** The projector's provenance lines, one per proposal in projected order ('' where none). */
async function provenanceLines(page: Page): Promise<string[]> {
  const items = await proposalsList(page).getByRole('listitem').all();
  return Promise.all(items.map(async (item) => ((await item.locator('.provenance').count()) ? item.locator('.provenance').innerText() : '')));
}

/** The projector's candidates panel: each candidate's meta line, "✓ brought in" on those in the document. */
const projectedCandidates = (page: Page): Promise<string[]> => page.locator('section.candidates li .candidate-meta').allInnerTexts();

test('three sessions in three languages converge into one document, offline in one venue; every provenance verifies', { timeout: 300_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const participant = async (name: string, viewport: { width: number; height: number }): Promise<Page> =>
    pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, viewport), name);
  const dir = await mkdtemp(join(tmpdir(), 'cdw-convergence-'));
  t.after(() => rm(dir, { recursive: true, force: true }));

  const sources: Array<{ name: string; session: SeededSession; json: string; file: string }> = [];
  await step('three sessions in separate rooms, in Spanish, French and Arabic, each exported from its publishing page', async () => {
    const exporter = await participant('exporter', { width: 1280, height: 900 });
    for (const [name, script] of [['mexico-city.json', MEXICO], ['paris.json', PARIS], ['ramallah.json', RAMALLAH]] as const) {
      const session = await seedSession(rig.relay.syncUrl, script, rawClients);
      const json = await downloadJson(exporter, session.viewHash, (data) => data.records.length === session.records.length);
      const file = join(dir, name);
      await writeFile(file, json);
      sources.push({ name, session, json, file });
    }
    await exporter.context().close();
  });

  const facilitator = await participant('facilitator', { width: 1280, height: 900 });
  let scribeLink = '';
  let viewLink = '';
  let facilitatorLink = '';
  await step('the facilitator starts from the three exports, each read as verified', async () => {
    await facilitator.goto('/#/');
    ({ scribeLink, viewLink, facilitatorLink } = await startFromSeveralSessions(facilitator, 'Three cities, one document', sources));
  });

  const a = { scribe: await participant('venue A scribe', PHONE), projector: await participant('venue A projector', PROJECTOR) };
  const b = { scribe: await participant('venue B scribe', { width: 1280, height: 800 }), projector: await participant('venue B projector', PROJECTOR) };
  const shared = new ExpectedRanking();
  const projected = (page: Page, model: ExpectedProposal[], name: string) => expectProjection(page, model, KNOWN_TEXTS, name);

  await step('two venues join; every candidate is offered to their scribes and shown on their projectors, its source verified', async () => {
    await joinAsGroup(a.scribe, scribeLink, 'Atelier Lyon', 'Lyon');
    await joinAsGroup(b.scribe, scribeLink, 'Table Dakar', 'Dakar');
    // On a phone the candidates follow the document, closed until asked for.
    await a.scribe.getByText(/^Candidates \(\d+\)/).click();
    for (const scribe of [a.scribe, b.scribe]) {
      await eventually(
        `all ${CANDIDATES} candidates with their source verified`,
        () => scribeCandidates(scribe),
        (items) => items.length === CANDIDATES && items.every((item) => /✓ Source verified/.test(item)),
      );
    }
    for (const page of [a.projector, b.projector]) {
      await page.goto(viewLink);
      await eventually(`the projector's ${CANDIDATES} candidates`, () => projectedCandidates(page), (lines) => lines.length === CANDIDATES);
    }
  });

  await step('venue A brings one candidate in unchanged while online', async () => {
    await bringInUnchanged(a.scribe, CYCLE_LANES);
    shared.add('A', CYCLE_LANES);
    for (const page of [a.projector, b.projector]) {
      await projected(page, shared.projected(), 'after bringing in the cycle lanes');
      await eventually('"from Paris" under it', () => provenanceLines(page), (lines) => lines[0] === 'from Paris');
      // Projected in English, the page's language: the translation that came along with the candidate.
      await expectShown(page, CYCLE_LANES_EN, [CYCLE_LANES_EN], 'the cycle lanes projected in English');
    }
  });

  await step('venue B goes offline and the relay stops', async () => {
    for (const page of [b.scribe, b.projector]) await page.context().setOffline(true);
    await rig.relay.stop();
    await eventually('venue B status to start with "Offline"', () => anyConnectionStatus(b.scribe).innerText(), (text) => /^\s*Offline/.test(text));
  });

  await step('offline, venue B brings in a candidate and merges a second one into it', async () => {
    await bringInUnchanged(b.scribe, TRANSPORT);
    shared.add('B', TRANSPORT);
    await mergeInto(b.scribe, RAMALLAH.proposals[0]!.text, TRANSPORT, MERGED);
    shared.edit('B', TRANSPORT, MERGED);
    await projected(b.scribe, shared.projected(), 'venue B offline');
  });

  await step('the relay restarts, venue B reconnects: both projectors show the same document with its provenance', async () => {
    await rig.relay.start();
    const reader = new RawSyncClient(rig.relay.syncUrl, capabilityOf(viewLink, 'v'));
    rawClients.push(reader);
    await reader.synced();
    const written = reader.doc.getArray<{ kind?: unknown; text?: unknown }>('records').toArray();
    // Candidates carry the same texts: only the groups' adds and edits say what was brought in.
    const texts = written.filter((record) => record.kind === 'add' || record.kind === 'revise').map((record) => record.text);
    assert.ok(texts.includes(CYCLE_LANES), 'the relay kept venue A’s bring-in across its restart');
    assert.equal(texts.includes(TRANSPORT) || texts.includes(MERGED), false, 'venue B’s offline work has not reached the relay');
    for (const page of [b.scribe, b.projector]) await page.context().setOffline(false);
    for (const [page, name] of [[a.projector, 'venue A projector'], [b.projector, 'venue B projector'], [a.scribe, 'venue A scribe']] as const) {
      await projected(page, shared.projected(), `${name} after venue B is back`);
    }
  });

  await step('an endorsement reorders the document as the rules say, provenance and marks everywhere', async () => {
    await endorse(a.scribe, MERGED);
    shared.endorse('A', MERGED);
    for (const page of [a.projector, b.projector]) {
      await projected(page, shared.projected(), 'after venue A endorses the merge');
      await eventually('the provenance lines', () => provenanceLines(page), (lines) => lines.join('|') === 'from Mexico City + Ramallah|from Paris');
      const lines = await eventually('three candidates marked brought in', () => projectedCandidates(page), (ls) => ls.filter((l) => l.startsWith('✓ brought in')).length === 3);
      assert.deepEqual(
        lines.filter((l) => l.startsWith('✓ brought in')).map((l) => l.split(' · ')[1]),
        ['Mexico City', 'Paris', 'Ramallah'],
      );
    }
    for (const scribe of [a.scribe, b.scribe]) {
      await eventually('the scribe\'s panel says where each brought-in candidate is', () => candidateText(scribe, CYCLE_LANES), (text) => /In the document: proposal 2/.test(text));
      await eventually('…and the merged ones', () => candidateText(scribe, RAMALLAH.proposals[0]!.text), (text) => /In the document: proposal 1/.test(text));
    }
  });

  await step('the merge’s history says where each of its versions comes from', async () => {
    await proposalItem(b.scribe, MERGED).getByRole('button', { name: /^History/ }).click();
    await eventually('a provenance line per version', () => historyCites(b.scribe), (lines) => lines.join('|') === 'Brought in from Mexico City|Brought in from Ramallah');
    await b.scribe.goBack();
    await proposalItem(b.scribe, MERGED).waitFor({ timeout: PATIENCE_MS });
  });

  await step('a volunteer translates the merged text as usual: the projector shows it in English, no longer outdated', async () => {
    await translateFromProposal(a.scribe, proposalItem(a.scribe, MERGED), 'English', MERGED_EN);
    for (const page of [a.projector, b.projector]) await expectShown(page, MERGED_EN, [MERGED_EN], 'the merge projected in English');
  });

  await step('screenshots: the projector with its candidates and provenance, the scribe’s candidates on a phone', async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    assert.deepEqual(await itemsOutsideViewport(a.projector), [], 'every proposal fits the projector');
    await a.projector.screenshot({ path: join(SCREENSHOT_DIR, 'convergence-projector-1920.png'), animations: 'disabled' });
    // The panel's heading just under the scribe's sticky bar, as a scribe scrolling down to it sees it.
    await a.scribe.getByText(/^Candidates \(\d+\)/).evaluate((summary) => window.scrollBy(0, summary.getBoundingClientRect().top - 90));
    await a.scribe.screenshot({ path: join(SCREENSHOT_DIR, 'convergence-scribe-phone.png'), animations: 'disabled' });
  });

  await step('the final JSON export carries the provenance and the translations that came along', async () => {
    const json = await downloadJson(facilitator, new URL(viewLink).hash, (data) =>
      data.proposals.map((p) => `${p.text}:${p.endorsements}`).join('|') === `${MERGED}:2|${CYCLE_LANES}:1`,
    );
    await writeFile(join(dir, 'converged.json'), json);
    const [merged, lanes] = (JSON.parse(json) as JsonExport).proposals;
    assert.deepEqual(merged!.from.map((f) => [f.places, f.title, f.rank, f.count]), [
      [['Mexico City'], MEXICO.title, 1, 3],
      [['Ramallah'], RAMALLAH.title, 1, 2],
    ]);
    assert.deepEqual(lanes!.from.map((f) => [f.places, f.title, f.rank, f.count]), [[['Paris'], PARIS.title, 1, 3]]);
    assert.deepEqual(
      lanes!.translations.map(({ lang, text, outdated }) => ({ lang, text, outdated })).sort((x, y) => x.lang.localeCompare(y.lang)),
      PARIS.translations!.map(({ lang, text }) => ({ lang, text, outdated: false })).sort((x, y) => x.lang.localeCompare(y.lang)),
      'bringing in unchanged brought its translations along',
    );
    // Brought in offline too, then merged: the merge's new text left them outdated, until a volunteer translated it.
    assert.deepEqual(merged!.translations.map((tr) => [tr.lang, tr.text, tr.outdated]).sort(), [
      ['en', MERGED_EN, false],
      ['fr', MEXICO.translations![1]!.text, true],
    ]);
  });

  const sourceArgs = () => sources.flatMap((s) => ['--source', s.file]);
  await step('`npm run verify` with the three source exports: verified, every candidate’s provenance and digest', async () => {
    const { code, out } = await verifyCli([join(dir, 'converged.json'), viewLink, ...sourceArgs()]);
    assert.equal(code, 0, out);
    assert.match(out, /^VERIFIED: the result is what the authentic records give\./m);
    assert.match(out, new RegExp(`Provenance: ${CANDIDATES} of ${CANDIDATES} candidates verified`));
    for (const source of sources) {
      assert.match(out, new RegExp(`${source.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: named by ${source.session.model.size} candidates \\(same SHA-256\\); ranks and texts as the file says\\.`));
    }
  });

  await step('one candidate’s text tampered in the export: its signature no longer holds, and its source file says so', async () => {
    const data = JSON.parse(await readFile(join(dir, 'converged.json'), 'utf8')) as JsonExport;
    const candidate = data.records.find((r) => r.kind === 'candidate' && r.text === CYCLE_LANES)!;
    candidate.text = TAMPERED;
    await writeFile(join(dir, 'tampered.json'), JSON.stringify(data, null, 2));
    const { code, out } = await verifyCli([join(dir, 'tampered.json'), viewLink, ...sourceArgs()]);
    assert.equal(code, 1, out);
    assert.match(out, new RegExp(`\\(id ${candidate.id}, candidate by [^)]+\\): its signature does not hold`));
    assert.match(out, new RegExp(`paris\\.json: named by 2 candidates \\(same SHA-256\\); 1 claim another rank or text than the file: ${candidate.id}\\.`));
    assert.match(out, /^NOT VERIFIED/m);
  });

  await step('the same text re-signed with the facilitator’s own key: authentic, so the result holds, but that candidate’s provenance is reported', async () => {
    const data = JSON.parse(await readFile(join(dir, 'converged.json'), 'utf8')) as JsonExport;
    const index = data.records.findIndex((r) => r.kind === 'candidate' && r.text === CYCLE_LANES);
    const signer = recordSignerFrom(facilitatorLinkParts(facilitatorLink).secret);
    data.records[index] = signer.sign(capabilityOf(viewLink, 'v'), { ...data.records[index], text: TAMPERED });
    await writeFile(join(dir, 're-signed.json'), JSON.stringify(data, null, 2));
    const { code, out } = await verifyCli([join(dir, 're-signed.json'), viewLink]);
    // The result is still what its authentic records give; its provenance is reported apart, and fails the command.
    assert.equal(code, 1, out);
    assert.match(out, /^VERIFIED/m);
    assert.match(out, /^PROVENANCE NOT VERIFIED: 1 candidate of this session does not verify/m);
    assert.match(out, new RegExp(`Records: (\\d+) in the file, \\1 authentic\\.`), 'the re-signed record is authentic');
    assert.match(out, new RegExp(`Provenance: ${CANDIDATES - 1} of ${CANDIDATES} candidates verified`));
    assert.match(out, new RegExp(`candidate ${data.records[index]!.id} does not verify: its text is not the source proposal’s final text\\.`));
  });

  await step('a candidate whose source does not verify, written into the room: marked, and brought in only once confirmed', async () => {
    const writer = new RawSyncClient(rig.relay.syncUrl, capabilityOf(viewLink, 'v'), { key: capabilityOf(scribeLink, 's') });
    rawClients.push(writer);
    await writer.synced();
    const records = writer.doc.getArray<Record<string, unknown>>('records');
    const gardens = records.toArray().find((r) => r.kind === 'candidate' && r.text === RAMALLAH.proposals[1]!.text)!;
    const latest = Math.max(...records.toArray().map((r) => (r.hlc as number[])[0]!));
    const signer = recordSignerFrom(facilitatorLinkParts(facilitatorLink).secret);
    records.push([signer.sign(capabilityOf(viewLink, 'v'), { ...gardens, id: newRecordId(), hlc: [latest + 1, 0], text: FORGED })]);
    await writer.roundTrip();

    const item = candidateItem(b.scribe, FORGED);
    await eventually('the forged candidate marked', () => candidateText(b.scribe, FORGED), (text) => /⚠ Source does not verify/.test(text));
    await item.getByRole('button', { name: /^Bring in/ }).click();
    await item.getByRole('button', { name: /^Bring in/ }).click();
    await item.getByText('This candidate’s source does not verify: tick the box to go on.').waitFor({ timeout: PATIENCE_MS });
    assert.equal(await proposalItem(b.scribe, FORGED).count(), 0, 'nothing brought in without the confirmation');
    await item.getByRole('checkbox', { name: /^I know its source does not verify/ }).check();
    await item.getByRole('button', { name: /^Bring in/ }).click();
    await proposalItem(b.scribe, FORGED).waitFor({ timeout: PATIENCE_MS });
    shared.add('B', FORGED);
    for (const page of [a.projector, b.projector]) await projected(page, shared.projected(), 'after the forged candidate is brought in');
    await proposalItem(b.scribe, FORGED).getByRole('button', { name: /^History/ }).click();
    await eventually('its history to carry the same mark', () => historyCites(b.scribe), (lines) => lines.join('|') === 'Brought in from Ramallah ⚠ Source does not verify');
  });

  assert.deepEqual(pageErrors.seen, [], 'no page threw an uncaught error');
});
