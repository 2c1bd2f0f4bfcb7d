import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey, roomIdFor } from '../../../src/doc/capabilities.ts';
import { importRecords } from '../../../src/doc/import.ts';
import { openSession } from '../../../src/doc/session.ts';
import { newWriter } from '../../../src/doc/writer.ts';
import { deriveView } from '../../../src/domain/derive.ts';
import '../../../src/ui/publish/replay-controls.ts';
import type { ReplayControls } from '../../../src/ui/publish/replay-controls.ts';
import '../../../src/ui/publish/replay-screen.ts';
import type { ReplayScreen } from '../../../src/ui/publish/replay-screen.ts';
import { at, endorse, hide, id } from '../../support/records.ts';
import { A, sampleRecords } from '../fixtures.ts';
import { button, deep, mount, nextEvent, settle, textOf, useLanguage } from '../helpers.ts';
import { signAs, signFixture, type SignedFixture } from '../signed-fixtures.ts';
import { TRUST_ALL } from '../../support/trust.ts';

const START = Date.UTC(2026, 10, 27, 15, 0, 0);
const MOMENTS = [START, START + 60_000, START + 125_000];

async function controls(index = 0, moments: readonly number[] = MOMENTS): Promise<ReplayControls> {
  return mount<ReplayControls>(
    html`<cdw-replay-controls .moments=${moments} .index=${index} liveHref="#/v/abcdefghijklmnopqrstuv"></cdw-replay-controls>`,
  );
}

const slider = (el: Element): HTMLInputElement => deep<HTMLInputElement>(el, 'input[type="range"]')!;

describe('cdw-replay-controls', () => {
  it('is marked as a replay, with a labelled slider over the moments and the way back to live', async () => {
    const el = await controls(1);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Replay');
    const range = slider(el);
    expect(root.querySelector(`label[for="${range.id}"]`)!.textContent).to.equal('Moment of the session');
    expect([range.min, range.max, range.value]).to.deep.equal(['0', '2', '1']);
    const time = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(MOMENTS[1]);
    expect(range.getAttribute('aria-valuetext')).to.equal(`${time}, moment 2 of 3`);
    expect(textOf(root.querySelector('.when')!)).to.equal(`As it stood at ${time}`);
    const live = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Back to live')!;
    expect(live.getAttribute('href')).to.equal('#/v/abcdefghijklmnopqrstuv');
  });

  it('announces the moment chosen with the slider (keyboard or pointer)', async () => {
    const el = await controls(0);
    const heard = nextEvent<{ index: number }>(el, 'replay-seek');
    const range = slider(el);
    range.value = '2';
    range.dispatchEvent(new Event('input', { bubbles: true }));
    expect((await heard).detail.index).to.equal(2);
  });

  it('plays moment after moment until the end, then offers to play again from the start', async () => {
    const el = await controls(0);
    const seen: number[] = [];
    el.addEventListener('replay-seek', (e) => {
      seen.push(e.detail.index);
      el.index = e.detail.index;
    });
    button(el, 'Play')!.click();
    await el.updateComplete;
    expect(button(el, 'Pause') !== null).to.equal(true);
    while (seen.length < 2) await nextEvent(el, 'replay-seek');
    // At the last moment the player stops by itself and offers "Play" again.
    while (button(el, 'Play') === null) await new Promise((r) => setTimeout(r, 20));
    expect(seen).to.deep.equal([1, 2]);
    button(el, 'Play')!.click();
    expect(seen.slice(2, 3)).to.deep.equal([0]);
    button(el, 'Pause')?.click();
  });

  it('says when there is nothing to replay yet', async () => {
    const el = await controls(0, []);
    expect(textOf(el.shadowRoot!)).to.contain('Nothing to replay yet.');
    expect(slider(el)).to.equal(null);
    expect(button(el, 'Play')!.disabled).to.equal(true);
  });

  it('speaks French, Spanish and Portuguese', async () => {
    for (const [language, heading, play] of [
      ['fr', 'Rejeu', 'Lecture'],
      ['es', 'Repetición', 'Reproducir'],
      ['pt', 'Replay', 'Reproduzir'],
    ] as const) {
      await useLanguage(language);
      const el = await controls(0);
      expect(el.shadowRoot!.querySelector('h2')!.textContent, language).to.equal(heading);
      expect(button(el, play), language).to.not.equal(null);
    }
  });
});

describe('cdw-replay-screen', () => {
  async function openReplay(
    records = sampleRecords(),
  ): Promise<{ screen: ReplayScreen; records: ReturnType<typeof sampleRecords>; signed: SignedFixture; roomId: string }> {
    const writeKey = newWriteKey();
    const roomId = await roomIdFor(writeKey);
    const scribe = openSession({ roomId, writeKey, syncUrl: null, writer: newWriter });
    await scribe.whenLoaded;
    const signed = await signFixture(records, roomId);
    importRecords(scribe.doc, signed.records);
    await scribe.destroy();
    const screen = await mount<ReplayScreen>(html`<cdw-replay-screen .roomId=${roomId} .syncUrl=${null}></cdw-replay-screen>`);
    await screen.ready();
    await settle(screen);
    return { screen, records, signed, roomId };
  }

  const projected = (screen: ReplayScreen) =>
    [...deep(screen, 'cdw-projector-view')!.shadowRoot!.querySelectorAll('li')].map((li) => [
      li.querySelector('.text')!.textContent,
      li.querySelector('.count strong')!.textContent,
    ]);
  const expected = (records: ReturnType<typeof sampleRecords>, wall: number) =>
    deriveView(records.filter((r) => r.hlc[0] <= wall), TRUST_ALL).proposals.map((p) => [p.current.text, String(p.endorsements)]);

  it('shows the projector marked as a replay, at each moment exactly the document derived from the records up to then', async () => {
    const { screen, records } = await openReplay();
    const projector = deep(screen, 'cdw-projector-view')!;
    expect(projector.hasAttribute('replay')).to.equal(true);
    const panel = deep(screen, 'cdw-replay-controls')!;
    expect(panel.getAttribute('slot')).to.equal('panel');
    const moments = records.map((r) => r.hlc[0]);
    expect(slider(screen).max).to.equal(String(moments.length - 1));
    for (const index of [0, 4, 5, 7, 9, 10]) {
      panel.dispatchEvent(new CustomEvent('replay-seek', { detail: { index }, bubbles: true, composed: true }));
      await settle(screen);
      expect(projected(screen), `moment ${index}`).to.deep.equal(expected(records, moments[index]!));
    }
    expect(getComputedStyle(projector.shadowRoot!.querySelector('figure')!).display).to.equal('none');
  });

  it('keeps following the end while new records arrive, once the reader went to the end', async () => {
    const { screen, records, signed, roomId } = await openReplay();
    const panel = deep(screen, 'cdw-replay-controls')!;
    panel.dispatchEvent(new CustomEvent('replay-seek', { detail: { index: records.length - 1 }, bubbles: true, composed: true }));
    await settle(screen);
    importRecords(screen['room'].session!.doc, [await signAs(signed.signers.get(A)!, roomId, endorse(A, at(12), id('budget')))]);
    await screen['room'].session!.store.settled();
    await settle(screen);
    expect(slider(screen).value).to.equal(String(records.length));
    expect(projected(screen).find(([text]) => text === 'Publish the budget')![1]).to.equal('2');
  });

  it('never shows a version the facilitator hid later, not even at a moment before the hide', async () => {
    // The session's author (A) facilitates; B's "Plant shade trees" had no other version, so the hide removes it.
    const records = [...sampleRecords(), hide(A, at(12), id('trees'))];
    const { screen } = await openReplay(records);
    const panel = deep(screen, 'cdw-replay-controls')!;
    panel.dispatchEvent(new CustomEvent('replay-seek', { detail: { index: 10 }, bubbles: true, composed: true }));
    await settle(screen);
    const texts = projected(screen).map(([text]) => text);
    expect(texts).to.include('Hidden by the facilitator');
    expect(texts).to.not.include('Plant shade trees');
    expect(textOf(deep(screen, 'cdw-projector-view')!.shadowRoot!)).to.not.contain('shade trees');
    panel.dispatchEvent(new CustomEvent('replay-seek', { detail: { index: 11 }, bubbles: true, composed: true }));
    await settle(screen);
    expect(projected(screen).map(([text]) => text)).to.not.include('Hidden by the facilitator');
  });
});
