import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/shared/online-groups.ts';
import type { OnlineGroups } from '../../../src/ui/shared/online-groups.ts';
import { A, C, sampleView } from '../fixtures.ts';
import { mount, textOf, useLanguage } from '../helpers.ts';

describe('cdw-online-groups', () => {
  const view = sampleView();

  it('lists the online groups in joining order, once each, skipping unknown ones', async () => {
    const el = await mount<OnlineGroups>(
      html`<cdw-online-groups .groups=${view.groups} .online=${[C, A, 'unknown_']}></cdw-online-groups>`,
    );
    expect(textOf(el.shadowRoot!)).to.equal('Groups online ● 1 Riverside · Paris ▲ 3 Orchard · Detroit');
  });

  it('says when no group is online, in the page language', async () => {
    await useLanguage('fr');
    const el = await mount<OnlineGroups>(html`<cdw-online-groups .groups=${view.groups}></cdw-online-groups>`);
    expect(textOf(el.shadowRoot!)).to.equal('Groupes en ligne Aucun groupe n’est en ligne pour l’instant.');
  });
});
