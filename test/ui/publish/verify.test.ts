import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/publish/verify-screen.ts';
import type { VerifyScreen } from '../../../src/ui/publish/verify-screen.ts';
import { verifyPageWords } from '../../../src/i18n/en/verify-page.ts';
import { es } from '../../../src/i18n/es.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { ar } from '../../../src/i18n/ar.ts';
import { pt } from '../../../src/i18n/pt.ts';
import { seriousViolations } from '../axe.ts';
import { deep, deepAll, mount, nextEvent, settle, textOf, useLanguage } from '../helpers.ts';
import { TEST_ROOM } from '../../support/replica.ts';
import { signedExport, tampered, type SignedExport } from '../../support/signed-export.ts';
import { convergenceExport } from '../../support/convergence-export.ts';

async function mountScreen(roomId: string | null = null, anchor: string | null = null): Promise<VerifyScreen> {
  const screen = await mount<VerifyScreen>(html`<cdw-verify-screen .roomId=${roomId} .anchor=${anchor}></cdw-verify-screen>`);
  await settle(screen);
  return screen;
}

const [verifyEn, verifyEs, verifyFr, verifyPt, verifyAr] = [verifyPageWords.verifyPage, es.verifyPage, fr.verifyPage, pt.verifyPage, ar.verifyPage];

const field = (screen: VerifyScreen, id: string) => deep<HTMLInputElement>(screen, `#${id}`)!;

/** Chooses `text` as the file, types `link` (null: leaves the field as it is), submits and waits for the check. */
async function verify(screen: VerifyScreen, text: string | null, link: string | null = null): Promise<string> {
  const input = field(screen, 'export-file');
  const files = new DataTransfer();
  if (text !== null) files.items.add(new File([text], 'export.json', { type: 'application/json' }));
  input.files = files.files;
  if (link !== null) field(screen, 'view-link').value = link;
  // The screen starts its check on hearing the file, before the event reaches the screen's host.
  const started = text === null ? Promise.resolve() : nextEvent(screen, 'verify-export');
  deep<HTMLFormElement>(screen, 'cdw-verify-form')!.shadowRoot!.querySelector('form')!.requestSubmit();
  await started;
  await screen.checked;
  await settle(screen);
  return textOf(screen.shadowRoot!);
}

const report = (screen: VerifyScreen): string => textOf(deep(screen, 'cdw-verify-report')?.shadowRoot ?? document.createElement('p'));

describe('cdw-verify-screen: verify a result', () => {
  let session: SignedExport;
  before(async () => {
    session = await signedExport();
  });
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('an honest export with its view link: verified, the session’s origin, and who wrote how many records, by group and venue', async () => {
    const screen = await mountScreen();
    await verify(screen, session.text, session.link);
    const text = report(screen);
    expect(text).to.contain('Result for export.json');
    expect(text).to.contain('Verified: the result in this file is what its authentic records give.');
    expect(text).to.contain(`Checked against the view link of room ${TEST_ROOM}.`);
    expect(text).to.contain('The session record is signed by the facilitator the link names.');
    expect(text).to.contain('9 records in the file, 9 authentic.');
    const rows = deepAll(screen, 'tbody tr').map((row) => textOf(row));
    // Each group by its symbol, number, name and venue; then each venue.
    expect(rows.slice(0, 2).map((r) => r.split(' ').slice(1).join(' '))).to.deep.equal(['1 Table 1 Paris 4', '2 Table 2 Dakar 3']);
    expect(rows.slice(2)).to.deep.equal(['Paris 1 4', 'Dakar 1 3']);
    expect(text).to.match(/The facilitator ?: 2/);
    expect(text).to.contain('No record was ignored.');
    expect(text).to.contain('matches the records');
    expect(text).to.contain('What this check cannot detect');
    expect(text).to.contain('When the file was exported: that date is not signed.');
    expect(text).to.not.contain('self-consistency');
    const verdict = deep(screen, '.verdict')!;
    // The focused element of its shadow root: `:focus` also needs the window focused, which a background test tab is not.
    expect((verdict.getRootNode() as ShadowRoot).activeElement === verdict, 'the verdict has the focus, so it is heard first').to.equal(true);
  });

  it('a convergence session’s export: one line of provenance, a candidate whose source does not verify named; none for other sessions', async () => {
    const screen = await mountScreen();
    const converged = await convergenceExport({ bad: true });
    const text = report(await verify(screen, converged.text).then(() => screen));
    expect(text).to.contain('Provenance: 2 of 3 candidates verified against their source sessions’ signed records.');
    const bad = converged.records.find((r) => r.kind === 'candidate' && r.text === 'Closed assemblies')!;
    expect(text).to.contain(`source does not verify: ${bad.id}.`);
    expect(await seriousViolations(screen)).to.deep.equal([]);
    await verify(screen, session.text);
    expect(report(screen)).to.not.contain('Provenance');
  });

  it('a count altered in the summary: not verified, saying which proposal, which field, what the file says and what the records give', async () => {
    const screen = await mountScreen();
    await verify(screen, tampered(session.text, (data) => void (data.proposals[1]!.endorsements = 40)), session.link);
    const text = report(screen);
    expect(text).to.contain('Not verified');
    expect(text).to.contain('The summary differs from what the records give in 1 place:');
    const finding = textOf(deepAll(screen, 'ol.findings li')[0]!);
    expect(finding).to.match(/^The proposal ranked 2 \S+ , field endorsements In the file 40 From the records 1$/);
  });

  it('a record altered inside the records: not authentic, at its position in the file, and the text it gave is reported', async () => {
    const screen = await mountScreen();
    const altered = tampered(session.text, (data) => void (data.records.find((r) => r.id === session.transit.edit)!.text = 'Free transit for cars'));
    await verify(screen, altered, session.link);
    const text = report(screen);
    expect(text).to.contain('Not verified');
    expect(text).to.match(/Record \d+ of the file \S+ \( revise \) — \S+ 2 Table 2 Not authentic ?: Signature does not hold ?\./);
    expect(text).to.contain(`The proposal ranked 1 ${session.transit.add} , field text`);
  });

  it('without a view link: says the file was checked against itself only, and what that leaves open', async () => {
    const screen = await mountScreen();
    await verify(screen, session.text);
    const text = report(screen);
    expect(text).to.contain('Verified');
    expect(text).to.contain('No view link given: the file was checked against itself only (self-consistency).');
    expect(text).to.contain(`The file names room ${TEST_ROOM}.`);
    expect(text).to.contain('Without the view link, a whole session made up under a new facilitator key would pass');
  });

  it('the view link of another session: not verified, naming the other room', async () => {
    const screen = await mountScreen('otherroomaaaaaaaaaaaaa', session.facilitator.actor);
    expect(field(screen, 'view-link').value, 'opened from a session, its view link is filled in').to.match(/#\/v\/otherroomaaaaaaaaaaaaa\./);
    await verify(screen, session.text);
    const text = report(screen);
    expect(text).to.contain('Not verified');
    expect(text).to.contain(`The file names another room: ${TEST_ROOM}.`);
  });

  it('says clearly when there is no file, a file that is not an export, or a link that is not a view link', async () => {
    const screen = await mountScreen();
    const problem = (id: string) => textOf(deep(screen, `#${id}`)!);
    await verify(screen, null);
    expect(problem('file-problem')).to.equal('Choose a file first.');
    expect(field(screen, 'export-file').getAttribute('aria-invalid')).to.equal('true');
    await verify(screen, '{ not json');
    expect(problem('file-problem')).to.equal('This file is not JSON: choose the file saved with “Download JSON”.');
    await verify(screen, '{"hello": "world"}');
    expect(problem('file-problem')).to.equal('This JSON file is not an export of a workshop session.');
    expect(deep(screen, 'cdw-verify-report'), 'no report for a file that is not an export').to.equal(null);
    await verify(screen, session.text, 'https://forum.example/#/s/abcdefghijklmnopqrstuv');
    expect(problem('link-problem')).to.match(/^This is not a view link\./);
    expect(field(screen, 'view-link').getAttribute('aria-invalid')).to.equal('true');
    expect(problem('file-problem')).to.equal('');
  });

  it('reports in the page’s language', async () => {
    for (const [language, words] of [['fr', verifyFr], ['es', verifyEs], ['pt', verifyPt], ['ar', verifyAr]] as const) {
      await useLanguage(language);
      const screen = await mountScreen();
      await verify(screen, tampered(session.text, (data) => void (data.proposals[1]!.endorsements = 40)));
      const text = report(screen);
      expect(text, language).to.contain(words.notVerified);
      expect(text, language).to.contain(words.selfConsistency);
      expect(text, language).to.contain(words.proposalRanked('2'));
      expect(text, language).to.contain(words.undetectable['no-link']);
    }
  });

  it('its words exist in every language, with the same keys and none empty', () => {
    const shape = (words: object, prefix = ''): string[] =>
      Object.entries(words).flatMap(([key, value]) =>
        typeof value === 'object' ? shape(value, `${prefix}${key}.`) : [`${prefix}${key}:${typeof value}${typeof value === 'function' ? value.length : ''}`],
      );
    const leaves = (words: object): unknown[] =>
      Object.values(words).flatMap((value) => (typeof value === 'object' ? leaves(value) : [typeof value === 'function' ? value(3, 10) : value]));
    for (const words of [verifyEs, verifyFr, verifyPt, verifyAr]) {
      expect(shape(words).sort()).to.deep.equal(shape(verifyEn).sort());
      for (const text of leaves(words)) expect(text).to.be.a('string').and.not.equal('');
      expect(words.heading).to.not.equal(verifyEn.heading);
    }
  });

  it('has no serious accessibility violation, on a phone and at 1920 wide, verified or not', async () => {
    const screen = await mountScreen();
    await verify(screen, tampered(session.text, (data) => void (data.proposals[0]!.text = 'Free transit for cars')), session.link);
    for (const size of [{ width: 360, height: 800 }, { width: 1920, height: 1080 }]) {
      await setViewport(size);
      await settle(screen);
      expect(await seriousViolations(screen), `${size.width} wide`).to.deep.equal([]);
    }
  });
});
