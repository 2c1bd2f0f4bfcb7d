import { expect } from 'chai';
import { html } from 'lit';
import { noticesFor } from '../../../src/domain/notices.ts';
import '../../../src/ui/scribe/scribe-view.ts';
// On the page these arrive after the first full paint (scribe-parts.ts); here they are defined from the start.
import '../../../src/ui/shared/online-groups.ts';
import '../../../src/ui/scribe/rule-feedback.ts';
import type { ScribeView } from '../../../src/ui/scribe/scribe-view.ts';
import { A, B, C, fullView, sampleView } from '../fixtures.ts';
import { deep, deepAll, groupOf, mount, settle, textOf } from '../helpers.ts';

describe('cdw-scribe-view', () => {
  it('lists the proposals in projected order in a list named "Proposals"', async () => {
    const view = sampleView();
    const el = await mount<ScribeView>(html`<cdw-scribe-view .view=${view} .me=${groupOf(view, B)}></cdw-scribe-view>`);
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).to.equal('Proposals');
    const texts = [...list.querySelectorAll('li')].map((li) => textOf(li.querySelector('cdw-proposal-item')!.shadowRoot!.querySelector('.text')!));
    expect(texts).to.deep.equal(view.proposals.map((p) => p.current.text));
    expect(texts[0]).to.equal('Plant shade trees');
  });

  it('shows the title, the group it writes for and the groups online', async () => {
    const view = sampleView();
    const el = await mount<ScribeView>(
      html`<cdw-scribe-view .view=${view} .me=${groupOf(view, B)} .online=${[B, C]}></cdw-scribe-view>`,
    );
    const text = textOf(el.shadowRoot!);
    expect(text).to.contain('Our city');
    expect(text).to.contain('Scribe for ■ 2 Lighthouse · Dakar');
    expect(textOf(deep(el, 'cdw-online-groups')!.shadowRoot!)).to.contain('▲ 3 Orchard');
  });

  it('closes the add form when ten proposals exist, and passes the group its notices', async () => {
    const view = fullView();
    const el = await mount<ScribeView>(
      html`<cdw-scribe-view .view=${view} .me=${groupOf(view, B)} .notices=${noticesFor(view, B)}></cdw-scribe-view>`,
    );
    expect(deep<HTMLTextAreaElement>(el, 'cdw-add-proposal textarea, textarea#text')!.disabled).to.equal(true);
    expect(textOf(deep(el, 'cdw-rule-feedback')!.shadowRoot!)).to.contain('One idea too many');
  });

  it('marks a proposal another group is editing', async () => {
    const view = sampleView();
    const trees = view.proposals[0]!;
    const el = await mount<ScribeView>(
      html`<cdw-scribe-view .view=${view} .me=${groupOf(view, A)} .editors=${new Map([[trees.id, [C]]])}></cdw-scribe-view>`,
    );
    expect(deepAll(el, 'li.editing-elsewhere')).to.have.length(1);
    expect(textOf(deep(el, 'p.editing')!)).to.contain('▲ 3 Orchard is editing this proposal');
  });

  it('holds its order while a pointer is in the list, and follows the ranking once it leaves', async () => {
    const view = sampleView();
    const el = await mount<ScribeView>(html`<cdw-scribe-view .view=${view} .me=${groupOf(view, B)}></cdw-scribe-view>`);
    await el.listHolds;
    const order = () => deepAll(el, 'li[data-id]').map((li) => li.dataset.id);
    const ranked = view.proposals.map((p) => p.id);
    const list = deep(el, 'ol')!;
    list.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    el.view = { ...view, proposals: [...view.proposals].reverse() };
    await settle(el);
    expect(order()).to.deep.equal(ranked);
    expect(deep(el, '.order-held') !== null).to.equal(true);
    list.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await settle(el);
    expect(order()).to.deep.equal([...ranked].reverse());
    expect(deep(el, '.order-held')).to.equal(null);
  });
});
