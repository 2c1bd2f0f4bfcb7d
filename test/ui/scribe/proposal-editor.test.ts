import { expect } from 'chai';
import { html } from 'lit';
// The edit form is not imported here: the item fetches it, as on a page where it has not arrived yet.
import '../../../src/ui/scribe/proposal-item.ts';
import type { ProposalItem } from '../../../src/ui/scribe/proposal-item.ts';
import { C, sampleView } from '../fixtures.ts';
import { button, deep, mount } from '../helpers.ts';

describe('cdw-proposal-editor, fetched when a scribe first edits', () => {
  it('opens with the draft and the keyboard in it, and closes back to "Edit"', async () => {
    const view = sampleView();
    const trees = view.proposals.find((p) => p.current.text === 'Plant shade trees')!;
    const el = await mount<ProposalItem>(
      html`<cdw-proposal-item .proposal=${trees} .groups=${view.groups} .me=${C}></cdw-proposal-item>`,
    );
    expect(customElements.get('cdw-proposal-editor'), 'not fetched before the first edit').to.equal(undefined);
    await el.startEditing();
    const draft = deep<HTMLTextAreaElement>(el, '#draft')!;
    expect(draft.value).to.equal('Plant shade trees');
    expect(el.shadowRoot!.activeElement).to.equal(draft);
    button(el, 'Cancel')!.click();
    await el.updateComplete;
    expect(deep(el, '#draft')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Edit'));
  });
});
