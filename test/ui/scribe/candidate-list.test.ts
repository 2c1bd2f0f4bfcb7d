import { expect } from 'chai';
import { html } from 'lit';
import type { RecordId } from '../../../src/domain/records.ts';
import '../../../src/ui/scribe/candidate-list.ts';
import type { CandidateList } from '../../../src/ui/scribe/candidate-list.ts';
import type { CandidateCore, CandidateVerdict } from '../../../src/ui/scribe/candidate-core.ts';
import type { WorkshopEvent } from '../../../src/ui/shared/events.ts';
import { seriousViolations } from '../axe.ts';
import { convergenceView } from '../candidate-fixtures.ts';
import { button, deep, deepAll, mount, settle, textOf, type, until, useLanguage } from '../helpers.ts';
import { id } from '../../support/records.ts';

/** Writes nothing: what the panel asks for is read from its events. */
const core = {} as CandidateCore;
const holds: CandidateVerdict = { holds: true, countProven: true, problem: null };
const claimed: CandidateVerdict = { holds: true, countProven: false, problem: null };
const fails: CandidateVerdict = { holds: false, countProven: false, problem: 'text-differs' };

async function mountList(verdicts: Map<RecordId, CandidateVerdict | null> = new Map(), blocked = false): Promise<CandidateList> {
  const view = convergenceView();
  const list = await mount<CandidateList>(
    html`<cdw-candidate-list .view=${view} .verdicts=${verdicts} .core=${core} .actions=${{ write: async () => null }} ?blocked=${blocked}></cdw-candidate-list>`,
  );
  deep<HTMLDetailsElement>(list, 'details')!.open = true;
  await settle(list);
  return list;
}

const items = (list: CandidateList) => deepAll(list, 'cdw-candidate-item');

describe('cdw-candidate-list', () => {
  it('shows each candidate with its text, where it comes from, its rank and count there, and who uses it', async () => {
    const list = await mountList(new Map([[id('cand-paris'), holds]]));
    expect(textOf(deep(list, 'summary')!)).to.equal('Candidates (3)');
    const [paris, lyon, sevilla] = items(list).map((item) => textOf(item.shadowRoot!));
    expect(paris).to.contain('Open the library on Sundays').and.contain('from Paris · Dakar');
    expect(paris).to.contain('Rank 1 there · 7 endorsements').and.contain('Source verified');
    const library = convergenceView().proposals.find((p) => p.id === id('library'))!;
    expect(paris).to.contain(`In the document: proposal ${library.rank}`).and.contain('2 translations');
    expect(lyon).to.contain('from Lyon').and.contain('Not in the document yet');
    expect(sevilla).to.contain('from Asamblea de Sevilla');
    const text = items(list)[1]!.shadowRoot!.querySelector('.text')!;
    expect(text.getAttribute('lang')).to.equal('fr');
    expect(text.getAttribute('dir')).to.equal('auto');
  });

  it('says "checking" until a verdict arrives, "as claimed" for an unproven count, and marks a source that does not verify', async () => {
    const list = await mountList(new Map([[id('cand-lyon'), claimed], [id('cand-title'), fails]]));
    const [paris, lyon, sevilla] = items(list).map((item) => textOf(item.shadowRoot!));
    expect(paris).to.contain('Checking its source…');
    expect(lyon).to.contain('4 endorsements (as claimed, not proven)').and.contain('Source verified');
    expect(sevilla).to.contain('Source does not verify');
  });

  it('brings a candidate in with its text prefilled and editable, citing it, and closes once written', async () => {
    const list = await mountList(new Map([[id('cand-paris'), holds]]));
    const asked: WorkshopEvent<'bring-in'>['detail'][] = [];
    list.addEventListener('bring-in', ({ detail: { outcome, ...asking } }) => asked.push(asking));
    const item = items(list)[0]!;
    button(item, 'Bring in')!.click();
    await settle(list);
    const field = item.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(field.value).to.equal('Open the library on Sundays');
    expect(item.shadowRoot!.activeElement).to.equal(field);
    type(field, 'Open the library on Sundays and holidays');
    await settle(list);
    item.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(list);
    expect(asked).to.deep.equal([{ candidates: [id('cand-paris')], text: 'Open the library on Sundays and holidays', lang: 'en' }]);
    expect(item.shadowRoot!.querySelector('textarea')).to.equal(null);
  });

  it('shows a refusal (ten reached, locked) in the asking form, which stays open with its text', async () => {
    const list = await mountList(new Map([[id('cand-paris'), holds]]));
    list.addEventListener('bring-in', (e) => {
      e.detail.problem = 'document-full';
      e.preventDefault();
    });
    const item = items(list)[0]!;
    button(item, 'Bring in')!.click();
    await settle(list);
    item.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(list);
    expect(textOf(item.shadowRoot!.querySelector('.problem')!)).to.contain('already holds 10 proposals');
    expect(item.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('Open the library on Sundays');
  });

  it('brings in a candidate whose source does not verify only once the confirmation is ticked', async () => {
    const list = await mountList(new Map([[id('cand-title'), fails]]));
    let asked = 0;
    list.addEventListener('bring-in', () => asked++);
    const item = items(list)[2]!;
    button(item, 'Bring in')!.click();
    await settle(list);
    const submit = item.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
    submit.click();
    await settle(list);
    expect(asked).to.equal(0);
    expect(textOf(item.shadowRoot!.querySelector('.problem')!)).to.contain('tick the box');
    const confirm = item.shadowRoot!.querySelector<HTMLInputElement>('label.confirm input')!;
    confirm.click();
    await settle(list);
    submit.click();
    await settle(list);
    expect(asked).to.equal(1);
  });

  it('merges candidates into a chosen proposal: an edit of its current version citing them, in the panel’s order', async () => {
    const view = convergenceView();
    const list = await mountList(new Map([[id('cand-paris'), holds], [id('cand-lyon'), holds]]));
    const asked: WorkshopEvent<'merge-candidates'>['detail'][] = [];
    list.addEventListener('merge-candidates', ({ detail: { outcome, ...asking } }) => asked.push(asking));
    button(items(list)[1]!, 'Merge into…')!.click();
    await settle(list);
    const merge = deep(list, 'cdw-candidate-merge')!;
    const select = merge.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    expect(merge.shadowRoot!.activeElement).to.equal(select);
    const target = view.proposals[2]!;
    select.value = target.id;
    select.dispatchEvent(new Event('change'));
    await settle(list);
    const field = merge.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(field.value).to.equal(target.current.text);
    merge.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input')[0]!.click();
    type(field, 'Open the library and the school yards at weekends');
    await settle(list);
    button(merge, 'Save the merge')!.click();
    await settle(list);
    expect(asked).to.deep.equal([
      {
        proposal: target.id,
        parent: target.current.id,
        text: 'Open the library and the school yards at weekends',
        candidates: [id('cand-paris'), id('cand-lyon')],
      },
    ]);
    expect(deep(list, 'cdw-candidate-merge')).to.equal(null);
  });

  it('asks for the confirmation when a merged candidate does not verify; cancel returns to its button', async () => {
    const list = await mountList(new Map([[id('cand-title'), fails]]));
    let asked = 0;
    list.addEventListener('merge-candidates', () => asked++);
    button(items(list)[2]!, 'Merge into…')!.click();
    await settle(list);
    const merge = deep(list, 'cdw-candidate-merge')!;
    button(merge, 'Save the merge')!.click();
    await settle(list);
    expect(asked).to.equal(0);
    expect(textOf(merge.shadowRoot!.querySelector('.problem')!)).to.contain('tick the box');
    button(merge, 'Cancel')!.click();
    await settle(list);
    expect(deep(list, 'cdw-candidate-merge')).to.equal(null);
    expect(items(list)[2]!.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Merge into…');
  });

  it('disables bringing in while the group is blocked (locked, removed)', async () => {
    const list = await mountList(new Map(), true);
    expect(button(items(list)[0]!, 'Bring in')!.disabled).to.equal(true);
    expect(button(items(list)[0]!, 'Merge into…')!.disabled).to.equal(true);
  });

  it('speaks the page language', async () => {
    await useLanguage('fr');
    const list = await mountList(new Map([[id('cand-paris'), fails]]));
    await until(() => textOf(deep(list, 'summary')!) === 'Candidates (3)' && textOf(items(list)[0]!.shadowRoot!).includes('de Paris'), 'the French words');
    const paris = textOf(items(list)[0]!.shadowRoot!);
    expect(paris).to.contain('de Paris · Dakar').and.contain('La source ne se vérifie pas');
    expect(textOf(deep(list, 'summary')!)).to.equal('Candidates (3)');
  });

  it('has no serious accessibility violations, with a form open', async () => {
    const list = await mountList(new Map([[id('cand-paris'), holds], [id('cand-title'), fails]]));
    button(items(list)[2]!, 'Bring in')!.click();
    button(items(list)[0]!, 'Merge into…')!.click();
    await settle(list);
    expect(await seriousViolations(list)).to.deep.equal([]);
  });
});
