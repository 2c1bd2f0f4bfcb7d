import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/shared/history-view.ts';
import type { HistoryView } from '../../../src/ui/shared/history-view.ts';
import '../../../src/ui/shared/translation-history.ts';
import type { TranslationHistory } from '../../../src/ui/shared/translation-history.ts';
import { deep, mount, textOf, useLanguage } from '../helpers.ts';
import { multilingualView, proposalOf } from '../translation-fixtures.ts';

describe('cdw-translation-history', () => {
  const view = multilingualView();
  const water = proposalOf(view, 'water');
  const history = (proposal = water) =>
    mount<TranslationHistory>(html`<cdw-translation-history .proposal=${proposal} .groups=${view.groups}></cdw-translation-history>`);

  it('lists every translation per language, oldest first, with its group, time, version and state', async () => {
    const el = await history();
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('h3')].map(textOf)).to.deep.equal(['English', 'French']);
    const english = [...root.querySelectorAll('ol')[0]!.querySelectorAll('li')].map(textOf);
    expect(english[0]).to.match(/^Replaced by a later translation by ■ 2 Table 1 · Detroit · .+ · of version 1 Drinking water in every school$/);
    expect(english[1]).to.match(/^Current translation by ■ 2 Table 1 · Detroit · .+ · of version 2 Free drinking water in every school$/);
    const french = textOf(root.querySelectorAll('ol')[1]!);
    expect(french).to.match(/^⚠ outdated — the proposal changed since by ▲ 3 Table 2 · Paris · .+ · of version 1 De l’eau/);
    expect(root.querySelector('time')!.getAttribute('datetime')).to.equal(new Date(8).toISOString());
    expect(root.querySelector('.text')!.getAttribute('lang')).to.equal('en');
  });

  it('says when there is none yet, and sits inside the proposal’s history', async () => {
    const none = await history(proposalOf(view, 'gardens'));
    expect(textOf(none.shadowRoot!)).to.equal('Translations Not translated yet.');
    const page = await mount<HistoryView>(html`<cdw-history-view .proposal=${water} .groups=${view.groups}></cdw-history-view>`);
    expect(textOf(deep(page, 'cdw-translation-history')!.shadowRoot!)).to.contain('Free drinking water in every school');
  });

  it('speaks Portuguese', async () => {
    await useLanguage('pt');
    const el = await history();
    expect(textOf(el.shadowRoot!)).to.contain('Traduções');
    expect(textOf(el.shadowRoot!)).to.contain('Tradução atual');
    expect([...el.shadowRoot!.querySelectorAll('h3')].map(textOf)).to.deep.equal(['Inglês', 'Francês']);
  });
});
