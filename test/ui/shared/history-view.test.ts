import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/shared/history-view.ts';
import type { HistoryView } from '../../../src/ui/shared/history-view.ts';
import { sampleView } from '../fixtures.ts';
import { button, deepAll, mount, textOf, useLanguage } from '../helpers.ts';

describe('cdw-history-view', () => {
  const view = sampleView();
  const library = view.proposals.find((p) => p.id.startsWith('library'))!;
  const history = (canRestore: boolean) =>
    mount<HistoryView>(
      html`<cdw-history-view .proposal=${library} .groups=${view.groups} ?canRestore=${canRestore}></cdw-history-view>`,
    );

  it('lists every revision oldest first, with author, endorsements and its text', async () => {
    const el = await history(true);
    const items = [...el.shadowRoot!.querySelectorAll('ol > li')];
    expect(items.map((li) => textOf(li.querySelector('h2')!))).to.deep.equal(['Version 1', 'Version 2', 'Version 3', 'Version 4']);
    expect(deepAll(el, 'cdw-text-diff').map((d) => d.shadowRoot!.querySelector('p')!.textContent)).to.deep.equal(
      library.revisions.map((r) => r.text),
    );
    expect(textOf(items[0]!)).to.contain('by ● 1 Riverside · Paris');
    expect(textOf(items[0]!)).to.contain('1 endorsement');
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(new Date(5).toISOString());
  });

  it('marks the current version, the replaced ones and the one superseded by a concurrent edit', async () => {
    const el = await history(true);
    const items = [...el.shadowRoot!.querySelectorAll('ol > li')].map(textOf);
    expect(items[0]).to.contain('Replaced by version 2');
    // innerText: the group's name sits in its own <bdi>, which textOf would set apart with a space.
    expect(el.shadowRoot!.querySelectorAll<HTMLElement>('ol > li')[2]!.innerText).to.contain('Superseded by ▲ 3 Orchard’s concurrent edit');
    expect(items[3]).to.contain('Current version');
  });

  it('restores an old version for scribes, and offers nothing to write on the view link', async () => {
    const scribe = await history(true);
    const restored: string[] = [];
    scribe.addEventListener('restore-version', (e) => restored.push(e.detail.revision));
    expect(deepAll(scribe, 'button')).to.have.length(3);
    button(scribe, 'Restore this version')!.click();
    expect(restored).to.deep.equal([library.revisions[0]!.id]);
    const viewer = await history(false);
    expect(deepAll(viewer, 'button')).to.have.length(0);
  });

  it('says when the proposal is unknown, in the page language', async () => {
    await useLanguage('pt');
    const el = await mount<HistoryView>(html`<cdw-history-view .groups=${view.groups}></cdw-history-view>`);
    expect(textOf(el.shadowRoot!)).to.contain('Esta proposta não está no documento (ainda).');
  });
});
