import { expect } from 'chai';
import { html } from 'lit';
import { deriveView } from '../../../src/domain/derive.ts';
import { toHtml } from '../../../src/domain/export/html.ts';
import { ENGLISH_EXPORT_LABELS } from '../../../src/domain/export/labels.ts';
import { toMarkdown } from '../../../src/domain/export/markdown.ts';
import type { WorkshopView } from '../../../src/domain/view.ts';
import { es } from '../../../src/i18n/es.ts';
import '../../../src/ui/shared/history-view.ts';
import type { HistoryView } from '../../../src/ui/shared/history-view.ts';
import { noticesFor } from '../../../src/domain/notices.ts';
import '../../../src/ui/publish/print-document.ts';
import type { PrintDocument } from '../../../src/ui/publish/print-document.ts';
import '../../../src/ui/sync/sync-overview.ts';
import type { SyncOverview } from '../../../src/ui/sync/sync-overview.ts';
import { add, at, hide, id, join, remove, rename, revise, session, translate } from '../../support/records.ts';
import { TRUST_ALL } from '../../support/trust.ts';
import { seriousViolations } from '../axe.ts';
import { A, B, C } from '../fixtures.ts';
import { allElements, button, deepAll, mount, textOf, useLanguage } from '../helpers.ts';

const ABUSE = 'An insult the facilitator hid';

/**
 * "Library" has three versions: A's, B's abusive one on top of it (translated before it was hidden), and C's
 * that replaced it. The facilitator hid B's. "Trees" had only an abusive version: hiding it removed it.
 */
function hiddenView(): WorkshopView {
  return deriveView(
    [
      session(A, at(1), 'Our city'),
      join(A, at(2), 'Riverside', 'Paris'),
      join(B, at(3), 'Lighthouse', 'Dakar'),
      join(C, at(4), 'Orchard', 'Detroit'),
      add(A, at(5), 'Open the library on Sundays', id('library')),
      revise(B, at(6), id('library'), id('library'), ABUSE, id('abuse')),
      translate(C, at(7), id('abuse'), 'fr', `${ABUSE} (fr)`),
      revise(C, at(8), id('library'), id('abuse'), 'Open the library every day', id('libraryC')),
      add(B, at(9), `${ABUSE} too`, id('trees')),
      hide(A, at(10), id('abuse')),
      hide(A, at(11), id('trees')),
    ],
    TRUST_ALL,
  );
}

/** Every text a reader could find: visible words and every attribute (labels, titles), across shadow roots. */
function everything(root: Element): string {
  return [textOf(root), ...allElements(root).flatMap((el) => [...el.attributes].map((a) => a.value))].join(' ');
}

describe('revisions the facilitator hid (issue 6)', () => {
  it('leaves the view without their text, and the proposal with no other version out of the list', () => {
    const view = hiddenView();
    expect(view.proposals.map((p) => p.current.text)).to.deep.equal(['Open the library every day']);
    expect(JSON.stringify(view.proposals)).to.not.contain(ABUSE);
  });

  it('the history says "Hidden by the facilitator" in place of the text, with no way to restore it', async () => {
    const view = hiddenView();
    const history = await mount<HistoryView>(
      html`<cdw-history-view .proposal=${view.proposals[0]} .groups=${view.groups} canRestore></cdw-history-view>`,
    );
    const items = [...history.shadowRoot!.querySelectorAll('ol > li')];
    expect(items).to.have.length(3);
    expect(textOf(items[1]!.querySelector('.hidden-text')!)).to.equal('Hidden by the facilitator');
    expect(items[1]!.querySelector('cdw-text-diff')).to.equal(null);
    expect(textOf(items[2]!)).to.contain('The version before was hidden by the facilitator.');
    expect(everything(history)).to.not.contain(ABUSE);
    const restore = deepAll<HTMLButtonElement>(history, 'button').map((b) => b.getAttribute('aria-label'));
    expect(restore).to.deep.equal(['Restore this version: Version 1']);
    expect(await seriousViolations(history)).to.deep.equal([]);
  });

  it('the history says it in Spanish too', async () => {
    await useLanguage('es');
    const view = hiddenView();
    const history = await mount<HistoryView>(html`<cdw-history-view .proposal=${view.proposals[0]} .groups=${view.groups}></cdw-history-view>`);
    expect(textOf(history.shadowRoot!.querySelector('.hidden-text')!)).to.equal(es.trust.hidden);
  });

  it('tells no group about a hidden revision of theirs being superseded', () => {
    const view = hiddenView();
    expect(noticesFor(view, B).filter((n) => n.kind === 'superseded')).to.deep.equal([]);
  });

  it('Markdown and HTML exports count the hidden version, without its text', () => {
    const view = hiddenView();
    const markdown = toMarkdown(view, Date.UTC(2026, 10, 27), ENGLISH_EXPORT_LABELS);
    expect(markdown).to.not.contain('insult');
    expect(markdown).to.contain('1. Open the library every day  \n   *1 endorsement* — Endorsed by: ▲ 3 Orchard (Detroit)  \n');
    expect(markdown).to.contain('  \n   *1 version hidden by the facilitator*\n');
    const page = toHtml(view, Date.UTC(2026, 10, 27), ENGLISH_EXPORT_LABELS);
    expect(page).to.not.contain('insult');
    expect(page).to.contain('<span class="hidden">1 version hidden by the facilitator</span>');
  });

  it('the printed page counts it too, without its text', async () => {
    const view = hiddenView();
    const sheet = await mount<PrintDocument>(html`<cdw-print-document .view=${view} .exportedAt=${Date.UTC(2026, 10, 27)}></cdw-print-document>`);
    expect(textOf(sheet.shadowRoot!.querySelector('li')!)).to.contain('1 version hidden by the facilitator');
    expect(everything(sheet)).to.not.contain('insult');
  });
});

describe('renamed and removed groups in "Groups and venues" (issue 6)', () => {
  const view = () =>
    deriveView(
      [
        session(A, at(1), 'Our city'),
        join(A, at(2), 'Riverside', 'Paris'),
        join(B, at(3), 'Rude name', 'Dakar'),
        join(C, at(4), 'Orchard', 'Detroit'),
        rename(A, at(5), B, 'Lighthouse', 'Dakar'),
        remove(A, at(6), C),
      ],
      TRUST_ALL,
    );

  it('shows the new name with the name it joined as, and marks a removed group in words', async () => {
    const v = view();
    const overview = await mount<SyncOverview>(html`<cdw-sync-overview .groups=${v.groups}></cdw-sync-overview>`);
    // textOf spaces out inline elements: the name it joined as sits in <bdi> inside the brackets.
    const lines = [...overview.shadowRoot!.querySelectorAll('ul[aria-labelledby="groups"] > li')].map((li) =>
      textOf(li).replace(/\( /g, '(').replace(/ \)/g, ')'),
    );
    expect(lines).to.deep.equal([
      '● 1 Riverside · Paris Not seen in sync yet',
      '■ 2 Lighthouse · Dakar (joined as Rude name) Not seen in sync yet',
      '▲ 3 Orchard · Detroit removed by the facilitator Not seen in sync yet',
    ]);
    expect(await seriousViolations(overview)).to.deep.equal([]);
  });

  it('says so in Portuguese', async () => {
    await useLanguage('pt');
    const v = view();
    const overview = await mount<SyncOverview>(html`<cdw-sync-overview .groups=${v.groups}></cdw-sync-overview>`);
    const text = textOf(overview.shadowRoot!);
    expect(text).to.contain('entrou como Rude name');
    expect(text).to.contain('removido pela pessoa facilitadora');
    expect(button(overview, 'x')).to.equal(null);
  });
});
