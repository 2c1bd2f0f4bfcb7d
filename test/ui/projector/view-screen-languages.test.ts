import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey, roomIdFor } from '../../../src/doc/capabilities.ts';
import '../../../src/ui/projector/view-screen.ts';
import type { ViewScreen } from '../../../src/ui/projector/view-screen.ts';
import type { ProjectorView } from '../../../src/ui/projector/projector-view.ts';
import { deep, mount, settle, useLanguage } from '../helpers.ts';

describe('cdw-view-screen and the languages of its projector (issue 8)', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  const open = async () => {
    const screen = await mount<ViewScreen>(
      html`<cdw-view-screen .roomId=${await roomIdFor(newWriteKey())} .syncUrl=${null} .persist=${false}></cdw-view-screen>`,
    );
    await settle(screen);
    const projector = deep<ProjectorView>(screen, 'cdw-projector-view')!;
    // The language choice is part of the side panel, fetched after the first paint.
    await projector.panelLoaded;
    await settle(screen);
    return { screen, projector };
  };

  it('shows the interface language until the venue chooses, whatever the interface language does next', async () => {
    await useLanguage('fr');
    const { screen, projector } = await open();
    expect(projector.shown).to.deep.equal(['fr']);
    const second = deep<HTMLSelectElement>(projector, 'select#second')!;
    second.value = 'es';
    second.dispatchEvent(new Event('change'));
    await settle(screen);
    expect(projector.shown).to.deep.equal(['fr', 'es']);
    expect(new URL(location.href).searchParams.get('show')).to.equal('fr,es');
    expect(location.href).to.contain('show=fr,es');
    await useLanguage('pt');
    await settle(screen);
    expect(projector.shown, 'the venue’s choice is independent of the interface language').to.deep.equal(['fr', 'es']);
  });

  it('takes its languages from ?show= in the address', async () => {
    history.replaceState(null, '', `${location.pathname}?show=es,en${location.hash}`);
    const { projector } = await open();
    expect(projector.shown).to.deep.equal(['es', 'en']);
  });
});
