import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey } from '../../../src/doc/capabilities.ts';
import { savedGroupSigner } from '../../../src/doc/signers.ts';
import '../../../src/ui/scribe/scribe-screen.ts';
import type { ScribeScreen } from '../../../src/ui/scribe/scribe-screen.ts';
import { button, deep, deepAll, mount, settle, textOf, type, until, writeSigned } from '../helpers.ts';

async function openScribe(writeKey: string, persist = false): Promise<ScribeScreen> {
  const screen = await mount<ScribeScreen>(
    html`<cdw-scribe-screen .writeKey=${writeKey} .syncUrl=${null} .persist=${persist}></cdw-scribe-screen>`,
  );
  await screen.ready();
  await settle(screen);
  return screen;
}

/** Waits until every action the screen started is signed, written and shown. */
async function done(screen: ScribeScreen): Promise<void> {
  await screen.idle();
  await settle(screen);
}

async function join(screen: ScribeScreen, name: string, venue = ''): Promise<void> {
  deep<HTMLInputElement>(screen, '#name')!.value = name;
  deep<HTMLInputElement>(screen, '#venue')!.value = venue;
  button(screen, 'Join')!.click();
  await done(screen);
}

async function addProposal(screen: ScribeScreen, text: string): Promise<void> {
  type(deep<HTMLTextAreaElement>(screen, 'textarea#text')!, text);
  await settle(screen);
  button(screen, 'Add proposal')!.click();
  await done(screen);
}

const itemTexts = (screen: ScribeScreen) => deepAll(screen, 'cdw-proposal-item').map((i) => textOf(i.shadowRoot!.querySelector('.text')!));
const itemFor = (screen: ScribeScreen, text: string) =>
  deepAll(screen, 'cdw-proposal-item').find((i) => textOf(i.shadowRoot!.querySelector('.text')!) === text)!;

describe('cdw-scribe-screen', () => {
  beforeEach(() => sessionStorage.clear());

  it('joins a group, then shows the scribe view with the connection status', async () => {
    const screen = await openScribe(newWriteKey());
    expect(deep(screen, 'cdw-join-form') !== null).to.equal(true);
    await join(screen, 'Riverside', 'Paris');
    expect(textOf(deep(screen, 'cdw-scribe-view')!.shadowRoot!)).to.contain('Scribe for ● 1 Riverside · Paris');
    expect(deep(screen, '[role="status"]')!.textContent!.trim()).to.match(/^Offline/);
  });

  it('links to "Groups and venues" for the facilitator, below the scribe’s work', async () => {
    const writeKey = newWriteKey();
    const screen = await openScribe(writeKey);
    const link = deep<HTMLAnchorElement>(screen, '.facilitator a')!;
    expect([link.getAttribute('href'), link.textContent]).to.deep.equal([`#/s/${writeKey}/sync`, 'Groups and venues']);
  });

  it('refuses a join without a name and says why', async () => {
    const screen = await openScribe(newWriteKey());
    await join(screen, '   ');
    expect(textOf(deep(screen, '#problem')!)).to.equal('Write something first.');
  });

  it('adds, endorses, withdraws and edits, with the list in projected order', async () => {
    const screen = await openScribe(newWriteKey());
    await join(screen, 'Riverside');
    await addProposal(screen, 'Open the library on Sundays');
    await addProposal(screen, 'Plant shade trees');
    expect(itemTexts(screen)).to.deep.equal(['Open the library on Sundays', 'Plant shade trees']);

    button(itemFor(screen, 'Open the library on Sundays'), 'Withdraw endorsement')!.click();
    await done(screen);
    expect(itemTexts(screen)).to.deep.equal(['Plant shade trees', 'Open the library on Sundays']);
    expect(button(itemFor(screen, 'Open the library on Sundays'), 'Endorse') !== null).to.equal(true);

    const item = itemFor(screen, 'Open the library on Sundays');
    button(item, 'Edit')!.click();
    await settle(screen);
    type(deep<HTMLTextAreaElement>(item, '#draft')!, 'Open the library every day');
    await settle(screen);
    button(item, 'Save')!.click();
    await done(screen);
    // The new revision starts with its editor's endorsement (R5): a tie, broken by admission order (R6).
    expect(itemTexts(screen)).to.deep.equal(['Open the library every day', 'Plant shade trees']);
  });

  it('opens the history of a proposal and restores an old version as a new revision', async () => {
    const screen = await openScribe(newWriteKey());
    await join(screen, 'Riverside');
    await addProposal(screen, 'First words');
    const item = itemFor(screen, 'First words');
    button(item, 'Edit')!.click();
    await settle(screen);
    type(deep<HTMLTextAreaElement>(item, '#draft')!, 'Second words');
    button(item, 'Save')!.click();
    await done(screen);
    const proposalId = screen['room'].session!.store.view.proposals[0]!.id;
    screen.proposal = proposalId;
    await settle(screen);
    await customElements.whenDefined('cdw-history-view');
    await settle(screen);
    const history = deep(screen, 'cdw-history-view')!;
    expect(deepAll(history, 'cdw-text-diff')).to.have.length(2);
    button(history, 'Restore this version')!.click();
    await done(screen);
    expect(deepAll(history, 'cdw-text-diff')).to.have.length(3);
    expect(screen['room'].session!.store.view.proposals[0]!.current.text).to.equal('First words');
  });

  it('closes the add form at ten proposals, and turns a late add into an edit in one action', async () => {
    const screen = await openScribe(newWriteKey());
    await join(screen, 'Riverside');
    const session = screen['room'].session!;
    const me = session.store.view.groups[0]!.id;
    for (let n = 1; n <= 10; n++) await session.writer!.addProposal(me, `Proposal ${n}`);
    await settle(screen);
    expect(deep<HTMLTextAreaElement>(screen, 'textarea#text')!.disabled).to.equal(true);
    // An add written offline elsewhere, ordered after the tenth: the document was full when it arrived (R8).
    const signer = (await savedGroupSigner(session.roomId, me))!;
    await writeSigned(session, signer, { id: 'lateAdd000000001', hlc: [Date.now() + 60_000, 0], kind: 'add', text: 'Late idea' });
    await settle(screen);
    const feedback = deep(screen, 'cdw-rule-feedback')!;
    expect(textOf(feedback.shadowRoot!)).to.contain('Late idea');
    button(feedback, 'Use as an edit')!.click();
    await done(screen);
    expect(itemTexts(screen)).to.include('Late idea');
    expect(textOf(feedback.shadowRoot!)).to.equal('');
  });

  it('remembers its group across a reload, and offers it again after "Change group"', async () => {
    const writeKey = newWriteKey();
    const first = await openScribe(writeKey, true);
    await join(first, 'Lighthouse', 'Dakar');
    await first['room'].session!.whenLoaded;
    first.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));

    const reloaded = await openScribe(writeKey, true);
    await until(() => !!deep(reloaded, 'cdw-scribe-view'), 'the scribe view after reopening');
    await settle(reloaded);
    expect(textOf(deep(reloaded, 'cdw-scribe-view')!.shadowRoot!)).to.contain('Lighthouse');
    button(reloaded, 'Change group')!.click();
    await settle(reloaded);
    const offer = button(reloaded, 'Continue as')!;
    expect(textOf(offer)).to.equal('Continue as ● 1 Lighthouse · Dakar');
    offer.click();
    await done(reloaded);
    expect(deep(reloaded, 'cdw-scribe-view') !== null).to.equal(true);
  });
});

describe('cdw-scribe-screen keyboard focus', () => {
  beforeEach(() => sessionStorage.clear());

  it('moves focus to the history heading, and back to the proposal’s "History" button on return', async () => {
    const screen = await openScribe(newWriteKey());
    await join(screen, 'Riverside');
    await addProposal(screen, 'Plant shade trees');
    const id = screen['room'].session!.store.view.proposals[0]!.id;
    screen.proposal = id;
    await customElements.whenDefined('cdw-history-view');
    await settle(screen);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const history = deep(screen, 'cdw-history-view')!;
    expect(history.shadowRoot!.activeElement?.tagName).to.equal('H1');
    screen.proposal = null;
    await settle(screen);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const item = deep(screen, 'cdw-proposal-item')!;
    expect(item.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('History: Plant shade trees');
  });
});
