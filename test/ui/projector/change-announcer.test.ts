import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/projector/change-announcer.ts';
import '../../../src/ui/projector/projector-view.ts';
import type { AnnouncerClock, ChangeAnnouncer } from '../../../src/ui/projector/change-announcer.ts';
import type { ProjectorView } from '../../../src/ui/projector/projector-view.ts';
import { deriveView } from '../../../src/domain/derive.ts';
import type { WorkshopRecord } from '../../../src/domain/records.ts';
import type { ProposalView } from '../../../src/domain/view.ts';
import { add, at, endorse, id, join, revise } from '../../support/records.ts';
import { TRUST_ALL } from '../../support/trust.ts';
import { A, B, C } from '../fixtures.ts';
import { mount, settle, useLanguage } from '../helpers.ts';

/** A clock that only moves when the test says so; its timers run when it passes their time. */
class FakeClock implements AnnouncerClock {
  time = 1000;
  private timers: { at: number; run: () => void }[] = [];
  now = (): number => this.time;
  after = (ms: number, run: () => void): (() => void) => {
    const timer = { at: this.time + ms, run };
    this.timers.push(timer);
    return () => (this.timers = this.timers.filter((t) => t !== timer));
  };
  get pending(): number {
    return this.timers.length;
  }
  advance(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((t) => t.at <= this.time);
    this.timers = this.timers.filter((t) => t.at > this.time);
    for (const timer of due) timer.run();
  }
}

const base: WorkshopRecord[] = [
  join(A, at(1), 'Riverside', 'Paris'),
  join(B, at(2), 'Lighthouse', 'Dakar'),
  join(C, at(3), 'Orchard', 'Detroit'),
  add(A, at(4), 'Plant shade trees', id('trees')),
  { ...add(B, at(5), 'Free buses on Sundays', id('buses')), lang: 'en' } as WorkshopRecord,
];
const proposalsOf = (...more: WorkshopRecord[]): readonly ProposalView[] => deriveView([...base, ...more], TRUST_ALL).proposals;

async function announcer(clock: FakeClock): Promise<ChangeAnnouncer> {
  return mount<ChangeAnnouncer>(html`<cdw-change-announcer .proposals=${proposalsOf()} .clock=${clock}></cdw-change-announcer>`);
}

const spoken = (el: ChangeAnnouncer): HTMLElement => el.shadowRoot!.querySelector('span')!;
/** What a screen reader reads: the text as it stands. */
const said = (el: Element): string => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ').trim();

describe('cdw-change-announcer', () => {
  afterEach(() => useLanguage('en'));

  it('stays silent about what the page showed as it opened', async () => {
    const el = await announcer(new FakeClock());
    expect(said(el)).to.equal('');
  });

  it('says at once what changed, with the proposal in its own language', async () => {
    const el = await announcer(new FakeClock());
    el.proposals = proposalsOf(endorse(C, at(6), id('buses')));
    await el.updateComplete;
    expect(said(el)).to.equal('Free buses on Sundays moved to first place, 2 endorsements.');
    expect(spoken(el).getAttribute('lang')).to.equal('en');
    const text = spoken(el).querySelector('[dir="auto"]')!;
    expect([text.getAttribute('lang'), text.textContent]).to.deep.equal(['en', 'Free buses on Sundays']);
  });

  it('reads each text as the proposal reads now: a revision hidden or replaced since is repeated nowhere', async () => {
    const clock = new FakeClock();
    const el = await announcer(clock);
    el.proposals = proposalsOf(revise(A, at(6), id('trees'), id('trees'), 'ABUSIVE WORDS'));
    await el.updateComplete;
    expect(said(el)).to.contain('ABUSIVE WORDS');
    // The facilitator hides it: the proposal reads as before, within the five seconds nothing new is said.
    el.proposals = proposalsOf();
    await el.updateComplete;
    expect(said(el)).to.not.contain('ABUSIVE');
  });

  it('speaks at most once every five seconds, saying then what changed meanwhile (fake clock, no waiting)', async () => {
    const clock = new FakeClock();
    const el = await announcer(clock);
    el.proposals = proposalsOf(endorse(C, at(6), id('buses')));
    await el.updateComplete;
    const first = said(el);
    clock.advance(1000);
    el.proposals = proposalsOf(endorse(C, at(6), id('buses')), endorse(A, at(7), id('buses')));
    await el.updateComplete;
    expect(said(el), 'held back within five seconds').to.equal(first);
    expect(clock.pending).to.equal(1);
    clock.advance(3999);
    await el.updateComplete;
    expect(said(el), 'still within five seconds').to.equal(first);
    clock.advance(1);
    await el.updateComplete;
    expect(said(el)).to.equal('Free buses on Sundays: still in place 1, 3 endorsements.');
    expect(clock.pending, 'nothing more waits: no polling').to.equal(0);
  });

  it('speaks the page language, with plural-aware counts, and sums up beyond three changes', async () => {
    await useLanguage('fr');
    const clock = new FakeClock();
    const el = await announcer(clock);
    el.proposals = proposalsOf(endorse(C, at(6), id('buses')));
    await el.updateComplete;
    expect(said(el)).to.equal('Free buses on Sundays passe en tête, 2 soutiens.');
    expect(spoken(el).getAttribute('lang')).to.equal('fr');
    clock.advance(5000);
    const adds = ['Un', 'Deux', 'Trois', 'Quatre'].map((text, n) => add(C, at(10 + n), text, id(`n${n}`)));
    el.proposals = proposalsOf(endorse(C, at(6), id('buses')), ...adds);
    await el.updateComplete;
    expect(said(el)).to.equal(
      'Un : nouvelle proposition, au rang 3, 1 soutien. Deux : nouvelle proposition, au rang 4, 1 soutien. Trois : nouvelle proposition, au rang 5, 1 soutien. Et 1 autre changement.',
    );
  });

  it('the projector holds a polite live region (role status) from the start, and fills it once the proposals change', async () => {
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${deriveView(base, TRUST_ALL)}></cdw-projector-view>`);
    const region = el.shadowRoot!.querySelector<ChangeAnnouncer>('cdw-change-announcer[role="status"]')!;
    expect(region.getBoundingClientRect().width).to.be.at.most(1);
    expect(said(region), 'nothing said yet').to.equal('');
    el.view = deriveView([...base, endorse(C, at(6), id('buses'))], TRUST_ALL);
    await settle(el);
    await region.updateComplete;
    expect(said(region)).to.equal('Free buses on Sundays moved to first place, 2 endorsements.');
  });

  it('a projector opened on an empty copy does not announce the document arriving from the relay, only what changes after', async () => {
    const empty = deriveView(base.filter((record) => record.kind === 'join'), TRUST_ALL);
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${empty}></cdw-projector-view>`);
    const region = el.shadowRoot!.querySelector<ChangeAnnouncer>('cdw-change-announcer[role="status"]')!;
    el.view = deriveView(base, TRUST_ALL);
    await settle(el);
    await region.updateComplete;
    expect(said(region), 'two proposals arriving at once are the document loading').to.equal('');
    el.view = deriveView([...base, endorse(C, at(6), id('buses'))], TRUST_ALL);
    await settle(el);
    await region.updateComplete;
    expect(said(region)).to.equal('Free buses on Sundays moved to first place, 2 endorsements.');
  });
});
