import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey, roomIdFor } from '../../../src/doc/capabilities.ts';
import { importRecords } from '../../../src/doc/import.ts';
import { openSession } from '../../../src/doc/session.ts';
import { newWriter } from '../../../src/doc/writer.ts';
import type { WorkshopRecord } from '../../../src/domain/records.ts';
import '../../../src/ui/publish/compare-form.ts';
import type { CompareForm } from '../../../src/ui/publish/compare-form.ts';
import '../../../src/ui/publish/compare-screen.ts';
import type { CompareRoom } from '../../../src/ui/publish/compare-room.ts';
import type { CompareScreen } from '../../../src/ui/publish/compare-screen.ts';
import '../../../src/ui/publish/session-column.ts';
import type { SessionColumn } from '../../../src/ui/publish/session-column.ts';
import { add, at, group, id, join, session } from '../../support/records.ts';
import { fullView, sampleRecords, sampleView } from '../fixtures.ts';
import { signFixture } from '../signed-fixtures.ts';
import { button, deepAll, mount, nextEvent, settle, textOf, useLanguage } from '../helpers.ts';

const ROOM = 'abcdefghijklmnopqrstuv';
const OTHER = 'ABCDEFGHIJKLMNOPQRSTUV';

/** What a reader sees, as one line. */
const words = (element: Element): string => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

const columnRows = (column: Element) =>
  [...column.shadowRoot!.querySelectorAll('li')].map((li) => [
    li.querySelector('.rank')!.textContent,
    li.querySelector('.text')!.textContent,
    words(li.querySelector('.count')!),
  ]);

describe('cdw-compare-form', () => {
  it('announces the room ids of the pasted view links', async () => {
    const form = await mount<CompareForm>(html`<cdw-compare-form></cdw-compare-form>`);
    form.shadowRoot!.querySelector('textarea')!.value = `https://w.example/#/v/${ROOM}\nhttps://w.example/#/v/${OTHER}`;
    const heard = nextEvent<{ roomIds: string[] }>(form, 'compare-rooms');
    button(form, 'Compare')!.click();
    expect((await heard).detail.roomIds).to.deep.equal([ROOM, OTHER]);
  });

  it('names what is not a view link, and asks for one when the field is empty', async () => {
    const form = await mount<CompareForm>(html`<cdw-compare-form .links=${[`https://w.example/#/v/${ROOM}`]}></cdw-compare-form>`);
    const field = form.shadowRoot!.querySelector('textarea')!;
    expect(field.value).to.equal(`https://w.example/#/v/${ROOM}`);
    let announced = 0;
    form.addEventListener('compare-rooms', () => announced++);
    field.value = `https://w.example/#/v/${ROOM} https://w.example/#/s/${OTHER}`;
    button(form, 'Compare')!.click();
    await form.updateComplete;
    const problem = form.shadowRoot!.querySelector('#problem')!;
    expect(problem.textContent).to.equal(`Not view links: https://w.example/#/s/${OTHER}`);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    field.value = '';
    button(form, 'Compare')!.click();
    await form.updateComplete;
    expect(problem.textContent).to.equal('Paste at least one view link.');
    await useLanguage('pt');
    await form.updateComplete;
    expect(problem.textContent).to.equal('Cole pelo menos um link de visualização.');
    expect(announced).to.equal(0);
  });
});

describe('cdw-session-column', () => {
  it('shows the session title, its venues and its proposals in order with counts', async () => {
    const view = sampleView();
    const column = await mount<SessionColumn>(
      html`<cdw-session-column .view=${view} viewHref="#/v/${ROOM}" removeHref="#/compare"></cdw-session-column>`,
    );
    const root = column.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Our city');
    expect(words(root.querySelector('.venues')!)).to.equal('Venues: Paris, Dakar, Detroit');
    expect(root.querySelector('ol')!.getAttribute('aria-label')).to.equal('Proposals: Our city');
    expect(columnRows(column)).to.deep.equal(
      view.proposals.map((p) => [String(p.rank), p.current.text, `${p.endorsements} endorsement${p.endorsements === 1 ? '' : 's'}`]),
    );
    const links = [...root.querySelectorAll('a')].map((a) => [a.textContent!.replace(/\s+/g, ' '), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Open the view link: Our city', `#/v/${ROOM}`],
      ['Remove: Our city', '#/compare'],
    ]);
  });

  it('speaks Spanish, French and Portuguese', async () => {
    const view = fullView();
    for (const [language, venues, count] of [
      ['es', 'Lugares: Paris', 'apoyo'],
      ['fr', 'Lieux: Paris', 'soutien'],
      ['pt', 'Locais: Paris', 'apoio'],
    ] as const) {
      await useLanguage(language);
      const column = await mount<SessionColumn>(html`<cdw-session-column .view=${view}></cdw-session-column>`);
      expect(words(column.shadowRoot!.querySelector('.venues')!), language).to.equal(venues);
      expect(textOf(column.shadowRoot!.querySelector('.count')!), language).to.contain(count);
    }
  });
});

describe('cdw-compare-screen', () => {
  async function storedRoom(records: WorkshopRecord[]): Promise<string> {
    const writeKey = newWriteKey();
    const roomId = await roomIdFor(writeKey);
    const scribe = openSession({ roomId, writeKey, syncUrl: null, writer: newWriter });
    await scribe.whenLoaded;
    importRecords(scribe.doc, (await signFixture(records, roomId)).records);
    await scribe.destroy();
    return roomId;
  }

  it('opens each room read-only, side by side, in the order given', async () => {
    const M = group('mexico');
    const mexico = [
      session(M, at(1), 'Ciudad de México'),
      join(M, at(2), 'Mesa 1', 'Ciudad de México'),
      add(M, at(3), 'Agua para todos', id('agua')),
    ];
    const rooms = [await storedRoom(sampleRecords()), await storedRoom(mexico)];
    const screen = await mount<CompareScreen>(html`<cdw-compare-screen .roomIds=${rooms} .syncUrl=${null}></cdw-compare-screen>`);
    const opened = deepAll<CompareRoom>(screen, 'cdw-compare-room');
    for (const room of opened) await room.ready();
    await settle(screen);
    expect(opened.map((room) => room.roomId)).to.deep.equal(rooms);
    expect(opened.every((room) => room['room'].session!.writer === null)).to.equal(true);
    const columns = deepAll(screen, 'cdw-session-column');
    expect(columns.map((c) => c.shadowRoot!.querySelector('h2')!.textContent)).to.deep.equal(['Our city', 'Ciudad de México']);
    expect(columnRows(columns[1]!)).to.deep.equal([['1', 'Agua para todos', '1 endorsement']]);
    expect(opened.map((room) => room.removeHref)).to.deep.equal([`#/compare/${rooms[1]}`, `#/compare/${rooms[0]}`]);
    const [left, right] = columns.map((c) => c.getBoundingClientRect());
    expect(right!.top, 'side by side at this width').to.equal(left!.top);
  });
});
