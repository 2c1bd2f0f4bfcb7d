import { expect } from 'chai';
import { html } from 'lit';
import { noticesFor } from '../../../src/domain/notices.ts';
import '../../../src/ui/scribe/rule-feedback.ts';
import type { RuleFeedback } from '../../../src/ui/scribe/rule-feedback.ts';
import { A, B, C, fullView, sampleView } from '../fixtures.ts';
import { button, deep, mount, textOf, useLanguage } from '../helpers.ts';

describe('cdw-rule-feedback', () => {
  it('renders nothing when there is nothing to tell', async () => {
    const view = sampleView();
    const el = await mount<RuleFeedback>(html`<cdw-rule-feedback .notices=${noticesFor(view, B)}></cdw-rule-feedback>`);
    expect(textOf(el.shadowRoot!)).to.equal('');
  });

  it('turns a not-admitted add into an edit of a chosen proposal in one action', async () => {
    const view = fullView();
    const el = await mount<RuleFeedback>(
      html`<cdw-rule-feedback .notices=${noticesFor(view, B)} .proposals=${view.proposals} .groups=${view.groups}></cdw-rule-feedback>`,
    );
    expect(textOf(el.shadowRoot!)).to.contain('Your add was not admitted: the document was full when it arrived.');
    expect(textOf(el.shadowRoot!)).to.contain('One idea too many');
    const heard: unknown[] = [];
    el.addEventListener('use-as-edit', (e) => heard.push(e.detail));
    const least = view.proposals[view.proposals.length - 1]!;
    button(el, 'Use as an edit')!.click();
    const select = deep<HTMLSelectElement>(el, 'select')!;
    select.value = view.proposals[0]!.id;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    button(el, 'Use as an edit')!.click();
    expect(heard).to.deep.equal([
      { add: 'late____', proposal: least.id },
      { add: 'late____', proposal: view.proposals[0]!.id },
    ]);
  });

  it('names the group whose concurrent edit superseded ours, and offers to restore ours', async () => {
    const view = sampleView();
    const el = await mount<RuleFeedback>(
      html`<cdw-rule-feedback .notices=${noticesFor(view, A)} .proposals=${view.proposals} .groups=${view.groups}></cdw-rule-feedback>`,
    );
    expect(el.shadowRoot!.querySelector<HTMLElement>('ul')!.innerText).to.contain('Your edit was superseded by ▲ 3 Orchard’s concurrent edit.');
    const restored: string[] = [];
    el.addEventListener('restore-version', (e) => restored.push(e.detail.revision));
    button(el, 'Restore my version')!.click();
    expect(restored).to.deep.equal(['libraryA']);
  });

  it('says an endorsement was for a replaced version, offers the current one, and can be dismissed', async () => {
    const view = fullView();
    const el = await mount<RuleFeedback>(
      html`<cdw-rule-feedback .notices=${noticesFor(view, C)} .proposals=${view.proposals} .groups=${view.groups}></cdw-rule-feedback>`,
    );
    expect(textOf(el.shadowRoot!)).to.contain('Your endorsement was for a replaced version');
    const endorsed: string[] = [];
    const dismissed: string[] = [];
    el.addEventListener('endorse', (e) => endorsed.push(e.detail.revision));
    el.addEventListener('dismiss-notice', (e) => dismissed.push(e.detail.id));
    button(el, 'Endorse the current version')!.click();
    button(el, 'Dismiss')!.click();
    expect(endorsed).to.deep.equal(['p1r_____']);
    expect(dismissed).to.have.length(1);
  });

  it('speaks Spanish', async () => {
    await useLanguage('es');
    const view = sampleView();
    const el = await mount<RuleFeedback>(
      html`<cdw-rule-feedback .notices=${noticesFor(view, A)} .proposals=${view.proposals} .groups=${view.groups}></cdw-rule-feedback>`,
    );
    expect(el.shadowRoot!.querySelector<HTMLElement>('ul')!.innerText).to.contain('Su edición fue reemplazada por la edición simultánea de ▲ 3 Orchard.');
  });
});
