import { expect } from 'chai';
import { html } from 'lit';
import { noticesFor } from '../../../src/domain/notices.ts';
import type { WorkshopView } from '../../../src/domain/view.ts';
import '../../../src/ui/scribe/add-proposal.ts';
import type { AddProposal } from '../../../src/ui/scribe/add-proposal.ts';
import '../../../src/ui/scribe/rule-feedback.ts';
import type { RuleFeedback } from '../../../src/ui/scribe/rule-feedback.ts';
import '../../../src/ui/scribe/scribe-view.ts';
import type { ScribeView } from '../../../src/ui/scribe/scribe-view.ts';
import '../../../src/ui/scribe/proposal-editor.ts';
import { loadSimilarProposals } from '../../../src/ui/scribe/similar-loader.ts';
import { seriousViolations } from '../axe.ts';
import { B, fullView, sampleView } from '../fixtures.ts';
import { button, deep, deepAll, groupOf, mount, settle, textOf, type, useLanguage } from '../helpers.ts';
import { multilingualView } from '../translation-fixtures.ts';

/** The add form as a scribe finds it, the similar list fetched on first input as on the page. */
async function addForm(view: WorkshopView): Promise<AddProposal> {
  return mount<AddProposal>(
    html`<cdw-add-proposal .proposals=${view.proposals} .proposalCount=${view.proposals.length} .languages=${view.languages}></cdw-add-proposal>`,
  );
}

async function typeDraft(el: AddProposal, text: string): Promise<void> {
  type(el.shadowRoot!.querySelector('textarea')!, text);
  // The form asked for the module on input; the same import resolves once it is defined.
  await loadSimilarProposals();
  await settle(el);
}

const similar = (el: Element) => deep(el, 'cdw-similar-proposals')!.shadowRoot!;
const matches = (el: Element) => [...similar(el).querySelectorAll('li')].map((li) => textOf(li));
const found = (el: Element) => similar(el).querySelector('[aria-live]');

describe('similar proposals', () => {
  it('shows, while a scribe types a near-copy, the proposal it resembles with its rank and count', async () => {
    const view = sampleView();
    const el = await addForm(view);
    await typeDraft(el, 'Open the library on Sunday');
    expect(textOf(found(el)!)).to.equal('A similar proposal is already in the document:');
    expect(matches(el)).to.deep.equal(['Open the public library on Sundays and holidays Rank 2 · 1 endorsement Edit this instead']);
    const text = similar(el).querySelector('.text')!;
    expect(text.getAttribute('dir')).to.equal('auto');
  });

  it('shows at most three, best first, and says when a translation is what resembles', async () => {
    const full = await addForm(fullView());
    await typeDraft(full, 'Proposal number 12');
    expect(matches(full)).to.have.length(3);
    expect(textOf(found(full)!)).to.equal('3 similar proposals are already in the document:');

    const view = multilingualView();
    const el = await addForm(view);
    await typeDraft(el, 'Autobuses gratuitos los domingos');
    expect(matches(el)).to.deep.equal(['Free buses on Sundays Rank 2 · 1 endorsement · similar in its Spanish translation Edit this instead']);
  });

  it('shows nothing for a draft of a word or two, nor for an unrelated one', async () => {
    const el = await addForm(multilingualView());
    await typeDraft(el, 'Free bus');
    expect(matches(el)).to.deep.equal([]);
    expect(textOf(found(el)!)).to.equal('');
    await typeDraft(el, 'Paint the school walls in bright colours');
    expect(matches(el)).to.deep.equal([]);
  });

  it('announces politely, and only what the count says: typing on over the same match changes nothing read', async () => {
    const el = await addForm(sampleView());
    await typeDraft(el, 'Plant more shade trees');
    const region = found(el)!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.closest('ul')).to.equal(null);
    const said = textOf(region);
    let changes = 0;
    new MutationObserver(() => changes++).observe(region, { subtree: true, childList: true, characterData: true });
    await typeDraft(el, 'Plant more shade trees in schools');
    await typeDraft(el, 'Plant shade trees in schools');
    expect(matches(el)).to.have.length(1);
    expect(textOf(region)).to.equal(said);
    expect(changes).to.equal(0);
  });

  it('"Edit this instead" asks to edit that proposal', async () => {
    const view = sampleView();
    const el = await addForm(view);
    await typeDraft(el, 'Plant more shade trees');
    const asked: string[] = [];
    el.addEventListener('edit-instead', (e) => asked.push(e.detail.proposal));
    button(el, 'Edit this instead: Plant shade trees')!.click();
    expect(asked).to.deep.equal([view.proposals.find((p) => p.current.text === 'Plant shade trees')!.id]);
  });

  it('offers the same when the document is full and the add is refused, for the text the scribe could not add', async () => {
    const view = fullView((n) => (n === 4 ? 'Another idea, one too many' : `Proposal number ${n}`));
    const el = await mount<AddProposal>(html`<cdw-add-proposal .proposals=${view.proposals} .proposalCount=${9}></cdw-add-proposal>`);
    el.addEventListener('add-proposal', (e) => {
      e.detail.problem = 'document-full';
      e.preventDefault();
    });
    await typeDraft(el, 'One idea too many');
    button(el, 'Add proposal')!.click();
    el.proposalCount = 10;
    await settle(el);
    expect(textOf(deep(el, '#full')!)).to.contain('A new idea can only enter by editing an existing proposal.');
    expect(textOf(deep(el, '#problem')!)).to.equal('The document already holds 10 proposals: edit one of them instead.');
    expect(button(el, 'Edit this instead: Another idea, one too many')!.disabled).to.equal(false);
  });

  it('offers the same in a not-admitted notice, for the add that was refused', async () => {
    const view = fullView((n) => (n === 4 ? 'Another idea, one too many' : `Proposal number ${n}`));
    const el = await mount<RuleFeedback>(
      html`<cdw-rule-feedback .notices=${noticesFor(view, B)} .proposals=${view.proposals} .groups=${view.groups}></cdw-rule-feedback>`,
    );
    await loadSimilarProposals();
    await settle(el);
    const asked: string[] = [];
    el.addEventListener('edit-instead', (e) => asked.push(e.detail.proposal));
    expect(found(el)).to.equal(null);
    button(el, 'Edit this instead: Another idea, one too many')!.click();
    expect(asked).to.deep.equal(['p4______']);
  });

  it('opens that proposal’s edit in the list, focus in its field, from the add form as from a notice', async () => {
    const view = sampleView();
    const el = await mount<ScribeView>(html`<cdw-scribe-view .view=${view} .me=${groupOf(view, B)}></cdw-scribe-view>`);
    const editing: unknown[] = [];
    el.addEventListener('editing-change', (e) => editing.push(e.detail.proposal));
    const form = deep<AddProposal>(el, 'cdw-add-proposal')!;
    await typeDraft(form, 'Open the library on Sunday');
    button(form, 'Edit this instead')!.click();
    await settle(el);
    const item = deep(el, `li[data-id="${view.proposals[1]!.id}"] cdw-proposal-item`)!;
    const draft = item.shadowRoot!.querySelector<HTMLTextAreaElement>('#draft')!;
    expect(draft.value).to.equal('Open the public library on Sundays and holidays');
    expect(item.shadowRoot!.activeElement).to.equal(draft);
    expect(editing).to.deep.equal([view.proposals[1]!.id]);
    type(draft, 'Open the public library on Sundays, holidays and evenings');
    button(form, 'Edit this instead')!.click();
    await settle(el);
    expect(draft.value).to.equal('Open the public library on Sundays, holidays and evenings');
    expect(editing).to.have.length(1);
  });

  it('is disabled while the session is locked, and stays accessible in all four languages', async () => {
    const view = sampleView();
    const el = await addForm(view);
    await typeDraft(el, 'Plant more shade trees');
    el.blockedBy = 'The session is locked.';
    await settle(el);
    expect(button(el, 'Edit this instead')!.disabled).to.equal(true);
    el.blockedBy = null;
    for (const language of ['en', 'es', 'fr', 'ar', 'pt'] as const) {
      await useLanguage(language);
      await settle(el);
      expect(await seriousViolations(el)).to.deep.equal([]);
    }
    expect(textOf(found(el)!)).to.equal('Já existe uma proposta parecida no documento:');
    expect(button(el, 'Editar esta em vez disso')).to.not.equal(null);
  });
});
