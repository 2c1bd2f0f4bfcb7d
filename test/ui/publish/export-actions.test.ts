import { expect } from 'chai';
import { html } from 'lit';
import { ENGLISH_EXPORT_LABELS } from '../../../src/domain/export/labels.ts';
import { parseJsonExport } from '../../../src/domain/export/json.ts';
import { toMarkdown } from '../../../src/domain/export/markdown.ts';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { ar } from '../../../src/i18n/ar.ts';
import { pt } from '../../../src/i18n/pt.ts';
import '../../../src/ui/publish/export-actions.ts';
import type { ExportActions } from '../../../src/ui/publish/export-actions.ts';
import type { ExportFile } from '../../../src/domain/export/export-file.ts';
import { saveFile } from '../../../src/ui/shared/save-file.ts';
import { deriveView, sortRecords } from '../../../src/domain/derive.ts';
import { sampleRecords, sampleView } from '../fixtures.ts';
import { button, mount, nextEvent, settle, textOf, useLanguage } from '../helpers.ts';
import { TRUST_ALL } from '../../support/trust.ts';

const EXPORTED_AT = Date.UTC(2026, 10, 27, 16, 30);

const records = sampleRecords();

async function mountActions(): Promise<ExportActions> {
  return mount<ExportActions>(
    html`<cdw-export-actions .view=${deriveView(records, TRUST_ALL)} .records=${records} room="room-of-the-records-aa" .now=${() => EXPORTED_AT}></cdw-export-actions>`,
  );
}

/** Clicks `name` and returns the file it announced, keeping it from being saved. */
async function exported(actions: ExportActions, name: string): Promise<ExportFile> {
  const heard = nextEvent<{ file: ExportFile }>(actions, 'export-file');
  actions.addEventListener('export-file', (e) => e.preventDefault(), { once: true });
  button(actions, name)!.click();
  return (await heard).detail.file;
}

describe('cdw-export-actions', () => {
  it('announces a Markdown file named after the session and date, with the proposals in projected order', async () => {
    const actions = await mountActions();
    const file = await exported(actions, 'Download Markdown');
    expect(file.name).to.equal('our-city-2026-11-27.md');
    expect(file.type).to.match(/^text\/markdown/);
    expect(file.text).to.equal(toMarkdown(sampleView(), EXPORTED_AT, ENGLISH_EXPORT_LABELS));
    const ranked = sampleView().proposals.map((p) => p.current.text);
    const positions = ranked.map((text) => file.text.indexOf(text));
    expect(positions.every((p, i) => p > 0 && (i === 0 || p > positions[i - 1]!))).to.equal(true);
    await settle(actions);
    expect(textOf(actions.shadowRoot!)).to.contain('Downloaded our-city-2026-11-27.md');
  });

  it('announces an HTML page in the reader’s language and a JSON export that reads back to the same records', async () => {
    await useLanguage('pt');
    const actions = await mountActions();
    const page = await exported(actions, 'Baixar HTML');
    expect(page.name).to.equal('our-city-2026-11-27.html');
    expect(page.text).to.contain('<html lang="pt">').and.contain('Propostas').and.contain('Open the public library');
    const json = await exported(actions, 'Baixar JSON');
    expect(json.type).to.match(/^application\/json/);
    const parsed = parseJsonExport(json.text);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.records).to.deep.equal(sortRecords(records).records);
    expect(parsed.room, 'the room the records were signed for, so the export can be continued').to.equal('room-of-the-records-aa');
  });

  it('words the Markdown in each language', async () => {
    for (const [language, messages] of Object.entries({ es, fr, pt, ar, en }) as Array<['es' | 'fr' | 'pt' | 'ar' | 'en', typeof en]>) {
      await useLanguage(language);
      const actions = await mountActions();
      const file = await exported(actions, messages.publish.downloadMarkdown);
      expect(file.text, language).to.contain(`## ${messages.exportLabels.proposals}`);
      expect(file.text, language).to.contain(`${messages.exportLabels.venues}: Paris, Dakar, Detroit`);
      expect(file.text, language).to.contain(`*${messages.exportLabels.venueRule}*`);
      expect(file.text, language).to.contain(`## ${messages.exportLabels.acrossVenues}\n\n${messages.exportLabels.acrossVenuesIntro}`);
      expect(file.text, language).to.contain(`${messages.exportLabels.backedIn(1, 3)}: `);
    }
  });

  it('gives English exports exactly the wording of the checked-in fixture', () => {
    for (const n of [0, 1, 2, 7]) {
      expect(en.exportLabels.endorsements(n)).to.equal(ENGLISH_EXPORT_LABELS.endorsements(n));
      expect(en.exportLabels.notAdmitted(n)).to.equal(ENGLISH_EXPORT_LABELS.notAdmitted(n));
      expect(en.exportLabels.hiddenVersions(n)).to.equal(ENGLISH_EXPORT_LABELS.hiddenVersions(n));
      expect(en.exportLabels.backedIn(n, 7)).to.equal(ENGLISH_EXPORT_LABELS.backedIn(n, 7));
      expect(en.exportLabels.workshopRank(n)).to.equal(ENGLISH_EXPORT_LABELS.workshopRank(n));
    }
    expect(en.exportLabels.from('Paris · Dakar')).to.equal(ENGLISH_EXPORT_LABELS.from('Paris · Dakar'));
    const { endorsements: _e, notAdmitted: _n, hiddenVersions: _h, backedIn: _b, workshopRank: _w, from: _f, ...words } = en.exportLabels;
    const { endorsements: _e2, notAdmitted: _n2, hiddenVersions: _h2, backedIn: _b2, workshopRank: _w2, from: _f2, ...english } = ENGLISH_EXPORT_LABELS;
    expect(words).to.deep.equal(english);
  });

  it('cannot export before the document is there', async () => {
    const actions = await mount<ExportActions>(html`<cdw-export-actions></cdw-export-actions>`);
    expect(button(actions, 'Download Markdown')!.disabled).to.equal(true);
  });

  it('saves a file as a download of a Blob: the link carries the name and the file’s bytes', async () => {
    let clicked: HTMLAnchorElement | null = null;
    const keep = (event: Event): void => {
      clicked = event.target as HTMLAnchorElement;
      event.preventDefault();
    };
    document.addEventListener('click', keep, { capture: true, once: true });
    saveFile({ name: 'our-city-2026-11-27.md', type: 'text/markdown;charset=utf-8', text: '# Our city — ünïcode\n' });
    const link = clicked as HTMLAnchorElement | null;
    expect(link?.download).to.equal('our-city-2026-11-27.md');
    expect(link?.href).to.match(/^blob:/);
    expect(await (await fetch(link!.href)).text()).to.equal('# Our city — ünïcode\n');
    expect(link?.isConnected).to.equal(false);
  });
});
