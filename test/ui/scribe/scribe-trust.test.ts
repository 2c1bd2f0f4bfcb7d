import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey, roomIdFor } from '../../../src/doc/capabilities.ts';
import { speakAs } from '../../../src/doc/identity.ts';
import { savedGroupSigner } from '../../../src/doc/signers.ts';
import type { ActorId } from '../../../src/domain/records.ts';
import { emit } from '../../../src/ui/shared/events.ts';
import '../../../src/ui/scribe/scribe-screen.ts';
import type { ScribeScreen } from '../../../src/ui/scribe/scribe-screen.ts';
import { newSigner } from '../../support/replica.ts';
import { seriousViolations } from '../axe.ts';
import { button, createSession, deep, deepAll, joinAs, mount, settle, textOf, type, until, writeSigned } from '../helpers.ts';

const LOCKED = 'The facilitator has locked the session. Changes are not applied until it is unlocked.';
const REMOVED = 'The facilitator removed your group from this session. It can no longer add, edit, endorse or translate.';

async function openScribe(writeKey = newWriteKey(), persist = false): Promise<ScribeScreen> {
  const screen = await mount<ScribeScreen>(
    html`<cdw-scribe-screen .writeKey=${writeKey} .syncUrl=${null} .persist=${persist}></cdw-scribe-screen>`,
  );
  await screen.ready();
  await settle(screen);
  return screen;
}

async function done(screen: ScribeScreen): Promise<void> {
  await screen.idle();
  await settle(screen);
}

/** A session whose facilitator this test holds the key of, and a group that joined through the page. */
async function sessionWithGroup(): Promise<{ screen: ScribeScreen; facilitator: ActorId; me: ActorId }> {
  const screen = await openScribe();
  const session = screen['room'].session!;
  const facilitator = await createSession(session, 'Our city');
  deep<HTMLInputElement>(screen, '#name')!.value = 'Riverside';
  button(screen, 'Join')!.click();
  await done(screen);
  type(deep<HTMLTextAreaElement>(screen, 'textarea#text')!, 'Open the library on Sundays');
  button(screen, 'Add proposal')!.click();
  await done(screen);
  const me = session.store.view.groups.find((g) => g.name === 'Riverside')!.id;
  return { screen, facilitator, me };
}

const writer = (screen: ScribeScreen) => screen['room'].session!.writer!;
const scribeView = (screen: ScribeScreen) => deep(screen, 'cdw-scribe-view')!;
const banner = (screen: ScribeScreen) => scribeView(screen).shadowRoot!.querySelector('.blocked');

describe('cdw-scribe-screen and the facilitator (issue 6)', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('joins with a key of its own: the group id is the key’s, and the key stays in this browser', async () => {
    const screen = await openScribe();
    deep<HTMLInputElement>(screen, '#name')!.value = 'Riverside';
    button(screen, 'Join')!.click();
    await done(screen);
    const session = screen['room'].session!;
    const me = session.store.view.groups[0]!;
    const saved = await savedGroupSigner(session.roomId, me.id);
    expect(saved?.actor).to.equal(me.id);
    expect(session.writer!.speaksFor(me.id)).to.equal(true);
  });

  it('says plainly when this browser holds no key for the group it spoke for, and lets the scribe join anew', async () => {
    const writeKey = newWriteKey();
    const roomId = await roomIdFor(writeKey);
    const first = await openScribe(writeKey, true);
    // A group that joined from another browser: its key was never in this one.
    const elsewhere = await joinAs(first['room'].session!, await newSigner(), 'Elsewhere', 'Dakar');
    await first['room'].session!.whenLoaded;
    first.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    speakAs(roomId, elsewhere);

    const screen = await openScribe(writeKey, true);
    await until(() => !!deep(screen, '.no-key'), 'the no-key message');
    const message = deep(screen, '.no-key')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(textOf(message)).to.equal(
      'This browser holds no key for ● 1 Elsewhere: the group joined in another browser, or this browser’s storage was cleared. Only the browser that joined can write for a group. Join as a new group to continue.',
    );
    expect(button(screen, 'Continue as'), 'not offered again as if it could work').to.equal(null);
    deep<HTMLInputElement>(screen, '#name')!.value = 'Riverside';
    button(screen, 'Join')!.click();
    await done(screen);
    expect(textOf(scribeView(screen).shadowRoot!)).to.contain('Scribe for ■ 2 Riverside');
    expect(deep(screen, '.no-key')).to.equal(null);
  });

  it('while locked: a clear banner, every writing control disabled, the proposals still readable', async () => {
    const { screen, facilitator } = await sessionWithGroup();
    expect(banner(screen)).to.equal(null);
    await writer(screen).lock(facilitator);
    await settle(screen);
    expect(textOf(banner(screen)!)).to.equal(LOCKED);
    // Also in the bar that stays in sight while the scribe scrolls down the list.
    expect(textOf(screen.shadowRoot!.querySelector('.bar .locked')!)).to.equal('Locked');
    expect(deep<HTMLTextAreaElement>(screen, 'textarea#text')!.disabled).to.equal(true);
    expect(button(screen, 'Add proposal')!.disabled).to.equal(true);
    const item = deep(screen, 'cdw-proposal-item')!;
    expect(textOf(item.shadowRoot!.querySelector('.text')!)).to.equal('Open the library on Sundays');
    for (const name of ['Withdraw endorsement', 'Edit', 'Translate']) expect(button(item, name)!.disabled, name).to.equal(true);
    expect(button(item, 'History')!.disabled).to.equal(false);

    await writer(screen).unlock(facilitator);
    await settle(screen);
    expect(banner(screen)).to.equal(null);
    expect(screen.shadowRoot!.querySelector('.bar .locked')).to.equal(null);
    expect(button(item, 'Withdraw endorsement')!.disabled).to.equal(false);
  });

  it('has no serious accessibility violation while locked, at phone width', async () => {
    await setViewport({ width: 390, height: 844 });
    const { screen, facilitator } = await sessionWithGroup();
    await writer(screen).lock(facilitator);
    await settle(screen);
    expect(await seriousViolations(screen)).to.deep.equal([]);
  });

  it('refuses to join while the session is locked, and says why', async () => {
    const { screen, facilitator } = await sessionWithGroup();
    await writer(screen).lock(facilitator);
    await settle(screen);
    button(screen, 'Change group')!.click();
    await settle(screen);
    deep<HTMLInputElement>(screen, '#name')!.value = 'Orchard';
    button(screen, 'Join')!.click();
    await done(screen);
    expect(textOf(deep(screen, '#problem')!)).to.equal(LOCKED);
    expect(screen['room'].session!.store.view.groups.map((g) => g.name)).to.deep.equal(['Riverside']);
  });

  it('says the lock when the writer refuses an action for it', async () => {
    const { screen, facilitator } = await sessionWithGroup();
    const revision = screen['room'].session!.store.view.proposals[0]!.current.id;
    await writer(screen).lock(facilitator);
    await settle(screen);
    // A click that was already on its way when the lock arrived.
    emit(scribeView(screen), 'withdraw-endorsement', { revision });
    await done(screen);
    expect(textOf(scribeView(screen).shadowRoot!.querySelector('section p.problem')!)).to.equal(LOCKED);
  });

  it('tells the group, with its text, what it wrote offline that arrived after the lock and was not applied', async () => {
    const { screen, facilitator, me } = await sessionWithGroup();
    const session = screen['room'].session!;
    await writer(screen).lock(facilitator);
    const signer = (await savedGroupSigner(session.roomId, me))!;
    const later = Date.now() + 60_000;
    await writeSigned(session, signer, { id: 'offlineAdd000001', hlc: [later, 0], kind: 'add', text: 'Light every riverside path' });
    const revision = session.store.view.proposals[0]!.current.id;
    await writeSigned(session, signer, { id: 'offlineEnd000001', hlc: [later + 1, 0], kind: 'withdraw', revision });
    await settle(screen);
    const notices = deepAll(deep(screen, 'cdw-rule-feedback')!, 'li').map((li) => textOf(li));
    expect(notices).to.deep.equal([
      'Your new proposal was not applied: the session was locked when it arrived. Add it again once it is unlocked. Light every riverside path Dismiss',
      'Your withdrawal of an endorsement was not applied: the session was locked when it arrived. Dismiss',
    ]);
    expect(session.store.view.proposals.map((p) => p.current.text)).to.deep.equal(['Open the library on Sundays']);

    button(deep(screen, 'cdw-rule-feedback')!, 'Dismiss')!.click();
    await settle(screen);
    expect(deepAll(deep(screen, 'cdw-rule-feedback')!, 'li')).to.have.length(1);
  });

  it('tells a removed group plainly, and it can no longer act', async () => {
    const { screen, facilitator, me } = await sessionWithGroup();
    await writer(screen).removeGroup(facilitator, me);
    await settle(screen);
    expect(textOf(banner(screen)!)).to.equal(REMOVED);
    expect(deep<HTMLTextAreaElement>(screen, 'textarea#text')!.disabled).to.equal(true);
    const item = deep(screen, 'cdw-proposal-item')!;
    for (const name of ['Endorse', 'Edit', 'Translate']) expect(button(item, name)!.disabled, name).to.equal(true);
    expect(await seriousViolations(screen)).to.deep.equal([]);
  });

  it('shows the agenda clock, small, under the group', async () => {
    const { screen, facilitator } = await sessionWithGroup();
    await writer(screen).setAgenda(facilitator, [{ phase: 'writing', minutes: 45 }], Date.now() - 60_000);
    await settle(screen);
    const clock = deep(scribeView(screen), 'cdw-agenda-clock')!;
    expect(clock.getAttribute('size')).to.equal('small');
    const timer = clock.shadowRoot!.querySelector('[role="timer"]')!;
    expect(timer.getAttribute('aria-label')).to.equal('Agenda clock');
    expect(textOf(timer)).to.match(/^Collaborative writing 4[34]:\d\d left Phase 1 of 1$/);
  });
});
