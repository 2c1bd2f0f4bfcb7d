import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/shared/history-view.ts';
import type { HistoryView } from '../../../src/ui/shared/history-view.ts';
import { seriousViolations } from '../axe.ts';
import { convergenceView } from '../candidate-fixtures.ts';
import { mount, settle, until, useLanguage } from '../helpers.ts';
import { id } from '../../support/records.ts';

describe('cdw-history-view in a convergence session', () => {
  const view = convergenceView();
  const library = view.proposals.find((p) => p.id === id('library'))!;
  /** Mounted, with the words of a convergence session loaded (fetched with a proposal that cites candidates). */
  const history = async (unverified: string[] = []) => {
    const el = await mount<HistoryView>(html`<cdw-history-view .proposal=${library} .groups=${view.groups} .unverified=${unverified}></cdw-history-view>`);
    await el.wordsLoaded;
    await settle(el);
    return el;
  };
  const lines = (el: HistoryView) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('ol > li')].map((li) => li.querySelector<HTMLElement>('.cites')?.innerText ?? '');

  it('says where a revision came from: one candidate brought in, several merged; others say nothing', async () => {
    const el = await history();
    expect(lines(el)).to.deep.equal(['Brought in from Paris · Dakar', 'Merges Paris · Dakar + Lyon', '', '']);
    expect(el.shadowRoot!.querySelector('.cites bdi')!.textContent).to.equal('Paris · Dakar');
  });

  it('fetches no words for a proposal that cites no candidate', async () => {
    const other = view.proposals.find((p) => !p.from.length)!;
    const el = await mount<HistoryView>(html`<cdw-history-view .proposal=${other} .groups=${view.groups}></cdw-history-view>`);
    expect(el.wordsLoaded).to.equal(null);
    expect(el.shadowRoot!.querySelector('.cites')).to.equal(null);
  });

  it('marks a revision citing a candidate whose source does not verify', async () => {
    const el = await history([id('cand-lyon')]);
    expect(lines(el)[0]).not.to.contain('does not verify');
    expect(lines(el)[1]).to.contain('⚠ Source does not verify');
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  it('speaks the page language', async () => {
    await useLanguage('es');
    const el = await history();
    await until(() => lines(el)[0] !== 'Brought in from Paris · Dakar', 'the Spanish words');
    expect(lines(el).slice(0, 2)).to.deep.equal(['Incorporada de Paris · Dakar', 'Fusiona Paris · Dakar + Lyon']);
  });
});
