import { expect } from 'chai';
import { html } from 'lit';
import type { GroupView } from '../../../src/domain/view.ts';
import type { GroupBadge } from '../../../src/ui/shared/group-badge.ts';
import '../../../src/ui/shared/group-badge.ts';
import { excerpt, groupLabel, shortLabelOf } from '../../../src/domain/group-label.ts';
import { mount, textOf } from '../helpers.ts';

const table3: GroupView = { id: 'group-a_', name: 'Table 3', venue: 'Paris', number: 2, symbol: '■', joinedAt: [1, 0], joinedAs: null, removed: false };

describe('cdw-group-badge and group labels', () => {
  it('shows symbol, number, name and venue: never colour alone (R2)', async () => {
    const badge = await mount<GroupBadge>(html`<cdw-group-badge .group=${table3}></cdw-group-badge>`);
    expect(textOf(badge.shadowRoot!)).to.equal('■ 2 Table 3 · Paris');
  });

  it('renders names as plain text, never markup', async () => {
    const badge = await mount<GroupBadge>(html`<cdw-group-badge .group=${{ ...table3, name: '<b>x</b>' }}></cdw-group-badge>`);
    expect(badge.shadowRoot!.querySelector('b') === null).to.equal(true);
    expect(textOf(badge.shadowRoot!)).to.contain('<b>x</b>');
  });

  it('labels groups in text, with a fallback while a join has not arrived', () => {
    expect(groupLabel(table3)).to.equal('■ 2 Table 3 · Paris');
    expect(groupLabel({ ...table3, venue: '' })).to.equal('■ 2 Table 3');
    expect(shortLabelOf([table3], 'group-a_', 'someone')).to.equal('■ 2 Table 3');
    expect(shortLabelOf([table3], 'unknown_', 'someone')).to.equal('someone');
  });

  it('shortens long texts for button names by code points', () => {
    expect(excerpt('short')).to.equal('short');
    expect([...excerpt('é'.repeat(200), 10)].length).to.equal(10);
  });
});
