import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey } from '../../../src/doc/capabilities.ts';
import '../../../src/ui/scribe/scribe-screen.ts';
import type { WorkshopEvents } from '../../../src/ui/shared/events.ts';
import type { ScribeScreen } from '../../../src/ui/scribe/scribe-screen.ts';
import { button, deep, deepAll, mount, settle, textOf, type, useLanguage } from '../helpers.ts';

async function openScribe(): Promise<ScribeScreen> {
  const screen = await mount<ScribeScreen>(
    html`<cdw-scribe-screen .writeKey=${newWriteKey()} .syncUrl=${null} .persist=${false}></cdw-scribe-screen>`,
  );
  await screen.ready();
  deep<HTMLInputElement>(screen, '#name')!.value = 'Mesa 1';
  button(screen, 'Join') ? button(screen, 'Join')!.click() : button(screen, 'Unirse')!.click();
  await done(screen);
  return screen;
}

/** Waits until every action the screen started is signed, written and shown. */
async function done(screen: ScribeScreen): Promise<void> {
  await screen.idle();
  await settle(screen);
}

/** Waits for a lazily loaded element to be defined and rendered. */
async function appeared(root: Element, selector: string): Promise<Element> {
  for (let i = 0; i < 100; i++) {
    await settle(root);
    const found = deep(root, selector);
    // The tag is in the page before its lazily loaded definition upgrades it.
    if (found && customElements.get(found.localName)) {
      await settle(root);
      return found;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${selector} never appeared`);
}

const viewOf = (screen: ScribeScreen) => screen['room'].session!.store.view;

describe('cdw-scribe-screen with translations (issue 8)', () => {
  beforeEach(() => sessionStorage.clear());

  it('records the page’s language with an add, and a translation written from the proposal', async () => {
    await useLanguage('es');
    const screen = await openScribe();
    type(deep<HTMLTextAreaElement>(screen, 'textarea#text')!, 'Agua potable en cada escuela');
    await settle(screen);
    button(screen, 'Añadir propuesta')!.click();
    await done(screen);
    expect(viewOf(screen).proposals[0]!.current.lang).to.equal('es');

    await useLanguage('en');
    await settle(screen);
    const item = deep(screen, 'cdw-proposal-item')!;
    button(item, 'Translate')!.click();
    const form = await appeared(item, 'cdw-translate-form');
    type(deep<HTMLTextAreaElement>(form, 'textarea')!, 'Drinking water in every school');
    button(form, 'Save translation')!.click();
    await done(screen);
    const english = viewOf(screen).proposals[0]!.translations.find((t) => t.lang === 'en')!;
    expect(english.current.text).to.equal('Drinking water in every school');
    expect(english.current.author).to.equal(viewOf(screen).groups[0]!.id);
    expect(deep(item, 'cdw-translate-form')).to.equal(null);
    expect(textOf(deep(item, 'summary')!)).to.equal('1 translation');
  });

  it('links to what needs translation, and translates from that list', async () => {
    const screen = await openScribe();
    const me = viewOf(screen).groups[0]!.id;
    await screen['room'].session!.writer!.addProposal(me, 'Agua potable en cada escuela', 'es');
    await settle(screen);
    const link = deepAll<HTMLAnchorElement>(screen, 'a').find((a) => textOf(a).startsWith('Needs translation'))!;
    expect(textOf(link)).to.equal('Needs translation (3)');
    expect(link.getAttribute('href')).to.equal(`#/s/${screen.writeKey}/translate`);

    screen.translationNeeds = true;
    const needs = await appeared(screen, 'cdw-translation-needs');
    button(needs, 'Translate into Portuguese')!.click();
    await settle(screen);
    const form = deep(needs, 'cdw-translate-form')!;
    type(deep<HTMLTextAreaElement>(form, 'textarea')!, 'Água potável em cada escola');
    button(form, 'Save translation')!.click();
    await done(screen);
    expect(viewOf(screen).needsTranslation.map((n) => n.lang)).to.deep.equal(['en', 'fr']);
    expect(textOf(needs.shadowRoot!.querySelector('section[data-lang="pt"] h2')!)).to.equal('Portuguese 0 to translate');
    expect(textOf(link)).to.equal('Needs translation (2)');

    screen.translationNeeds = false;
    await settle(screen);
    // Compared by identity: chai's message for unequal elements would serialise the whole DOM.
    expect(screen.shadowRoot!.activeElement === link, 'focus is back on the "Needs translation" link').to.equal(true);
  });

  it('hands a refusal back in the event, so the form keeps the text and says why', async () => {
    const screen = await openScribe();
    const me = viewOf(screen).groups[0]!.id;
    const writer = screen['room'].session!.writer!;
    await writer.addProposal(me, 'Agua', 'es');
    const first = viewOf(screen).proposals[0]!;
    await writer.editProposal(me, first.id, first.current.id, 'Agua limpia');
    const detail: WorkshopEvents['save-translation'] = { revision: first.current.id, lang: 'en', text: 'Water' };
    const event = new CustomEvent('save-translation', { detail, bubbles: true, composed: true, cancelable: true });
    deep(screen, 'cdw-scribe-view')!.dispatchEvent(event);
    expect(await detail.outcome).to.equal('not-current');
    expect(viewOf(screen).proposals[0]!.translations).to.deep.equal([]);
  });
});
