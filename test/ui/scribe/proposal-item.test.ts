import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/scribe/proposal-item.ts';
import type { ProposalItem } from '../../../src/ui/scribe/proposal-item.ts';
// On the page the edit form arrives after the first full paint (scribe-parts.ts); here it is defined from the start.
import '../../../src/ui/scribe/proposal-editor.ts';
import { A, B, C, sampleView } from '../fixtures.ts';
import { button, deep, mount, textOf, type } from '../helpers.ts';

describe('cdw-proposal-item', () => {
  const view = sampleView();
  const trees = view.proposals.find((p) => p.current.text === 'Plant shade trees')!;
  const library = view.proposals.find((p) => p.id.startsWith('library'))!;
  const item = (me: string | null, proposal = trees, editors: string[] = []) =>
    mount<ProposalItem>(
      html`<cdw-proposal-item .proposal=${proposal} .groups=${view.groups} .me=${me} .editors=${editors}></cdw-proposal-item>`,
    );

  it('shows text, count and the endorsing groups by symbol, number and name', async () => {
    const el = await item(C);
    const text = textOf(el.shadowRoot!);
    expect(text).to.contain('Plant shade trees');
    expect(text).to.contain('2 endorsements');
    expect(text).to.contain('■ 2 Lighthouse · Dakar');
    expect(text).to.contain('● 1 Riverside · Paris');
  });

  it('offers Endorse to a group that does not endorse, Withdraw endorsement to one that does', async () => {
    const outsider = await item(C);
    expect(button(outsider, 'Endorse')!.getAttribute('aria-label')).to.equal('Endorse: Plant shade trees');
    expect(button(outsider, 'Withdraw endorsement') === null).to.equal(true);
    const heard: string[] = [];
    outsider.addEventListener('endorse', (e) => heard.push(e.detail.revision));
    button(outsider, 'Endorse')!.click();
    expect(heard).to.deep.equal([trees.current.id]);

    const endorser = await item(B);
    expect(button(endorser, 'Endorse') === null).to.equal(true);
    const withdrawn: string[] = [];
    endorser.addEventListener('withdraw-endorsement', (e) => withdrawn.push(e.detail.revision));
    button(endorser, 'Withdraw endorsement')!.click();
    expect(withdrawn).to.deep.equal([trees.current.id]);
  });

  it('edits in a field pre-filled with the current text, and saves on top of the revision it started from', async () => {
    const el = await item(C);
    const editing: Array<string | null> = [];
    el.addEventListener('editing-change', (e) => editing.push(e.detail.proposal));
    button(el, 'Edit')!.click();
    await el.updateComplete;
    const field = deep<HTMLTextAreaElement>(el, '#draft')!;
    expect(el.shadowRoot!.querySelector('label[for="draft"]')!.textContent).to.equal('Edit proposal');
    expect(field.value).to.equal('Plant shade trees');
    type(field, 'Plant shade trees and benches');
    const saved: unknown[] = [];
    el.addEventListener('save-edit', (e) => saved.push(e.detail));
    button(el, 'Save')!.click();
    await el.updateComplete;
    expect(saved).to.deep.equal([{ proposal: trees.id, parent: trees.current.id, text: 'Plant shade trees and benches' }]);
    expect(deep(el, '#draft') === null).to.equal(true);
    expect(editing).to.deep.equal([trees.id, null]);
  });

  it('treats saving unchanged text as cancel, so endorsements are not reset', async () => {
    const el = await item(C);
    button(el, 'Edit')!.click();
    await el.updateComplete;
    let saves = 0;
    el.addEventListener('save-edit', () => saves++);
    button(el, 'Save')!.click();
    await el.updateComplete;
    expect(saves).to.equal(0);
    expect(deep(el, '#draft') === null).to.equal(true);
  });

  it('warns when another group saved a new version while this one was editing', async () => {
    const el = await item(A, trees);
    button(el, 'Edit')!.click();
    await el.updateComplete;
    el.proposal = library;
    await el.updateComplete;
    expect(textOf(deep(el, '#changed')!)).to.match(/^▲ 3 Orchard saved a new version while you were editing/);
  });

  it('shows which other group is editing it (presence)', async () => {
    const el = await item(A, trees, [C]);
    expect(textOf(deep(el, '.editing')!)).to.equal('✎ ▲ 3 Orchard is editing this proposal');
  });

  it('announces open-history', async () => {
    const el = await item(A);
    const heard: string[] = [];
    el.addEventListener('open-history', (e) => heard.push(e.detail.proposal));
    button(el, 'History')!.click();
    expect(heard).to.deep.equal([trees.id]);
  });
});
