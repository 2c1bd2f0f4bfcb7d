import { expect } from 'chai';
import { html } from 'lit';
import type { WorkshopView } from '../../../src/domain/view.ts';
import { parseRoute } from '../../../src/ui/shell/route.ts';
import '../../../src/ui/facilitator/facilitator-screen.ts';
import type { FacilitatorScreen } from '../../../src/ui/facilitator/facilitator-screen.ts';
import { seriousViolations } from '../axe.ts';
import { signedSession, until, type SignedSession } from '../facilitator-fixtures.ts';
import { button, deep, deepAll, mount, settle, textOf, type, useLanguage } from '../helpers.ts';

const NOW = Date.UTC(2026, 10, 27, 14, 0, 0);

async function openPanel(session: SignedSession, now: () => number = () => NOW): Promise<FacilitatorScreen> {
  await session.session.destroy();
  const screen = await mount<FacilitatorScreen>(html`<cdw-facilitator-screen
    .writeKey=${session.writeKey}
    .secret=${session.facilitator.secret}
    .syncUrl=${null}
    .now=${now}
  ></cdw-facilitator-screen>`);
  await screen.ready();
  await settle(screen);
  return screen;
}

/** The panel a moment after it shows: its links, writer, questions and forms fetched after the first paint. */
async function openFullPanel(session: SignedSession, now: () => number = () => NOW): Promise<FacilitatorScreen> {
  const screen = await openPanel(session, now);
  await screen.laterParts;
  await settle(screen);
  return screen;
}

/** The first `selector` element below `root`; descendant selectors do not cross shadow roots. */
const part = (root: Element, selector: string): Element => deep(root, selector)!;

const viewOf = (screen: FacilitatorScreen): WorkshopView => screen['room'].session!.store.view;

/** Waits for `check` on the screen's view, then for the panel to show it. */
async function whenView(screen: FacilitatorScreen, check: (view: WorkshopView) => boolean, what: string): Promise<void> {
  await until(() => check(viewOf(screen)), what);
  await settle(screen);
}

describe('cdw-facilitator-screen', () => {
  it('opens the session named by the link, with its status, title, state and links', async () => {
    const session = await signedSession();
    const screen = await openPanel(session);
    expect(textOf(deep(screen, '[role="status"]')!)).to.match(/^(Online|Offline|Syncing)/);
    expect(textOf(deep(screen, 'h1')!)).to.equal('Facilitator panel');
    expect(textOf(screen.shadowRoot!)).to.contain('Our city');
    expect(deep(screen, '.notice'), 'the link is this session’s facilitator').to.equal(null);
    // The links (and their QR codes) arrive after the first paint.
    await screen.laterParts;
    await settle(screen);
    const links = deepAll<HTMLTextAreaElement>(part(screen, 'cdw-facilitator-links'), 'textarea').map((f) => parseRoute(new URL(f.value).hash));
    const anchor = session.facilitator.signer.actor;
    expect(links).to.deep.equal([
      { page: 'scribe', writeKey: session.writeKey, anchor, proposal: null },
      { page: 'view', roomId: session.roomId, anchor, proposal: null },
      { page: 'facilitate', writeKey: session.writeKey, secret: session.facilitator.secret },
    ]);
    expect(deep<HTMLAnchorElement>(screen, 'a.publish, .publish a')!.getAttribute('href')).to.equal(`#/v/${session.roomId}.${anchor}/publish`);
  });

  it('locks and unlocks the session', async () => {
    const screen = await openPanel(await signedSession());
    button(screen, 'Lock session')!.click();
    await whenView(screen, (view) => view.locked, 'locked');
    expect(textOf(deep(screen, 'cdw-facilitator-lock')!)).to.contain('Locked');
    button(screen, 'Unlock session')!.click();
    await whenView(screen, (view) => !view.locked, 'unlocked');
    expect(button(screen, 'Lock session')).to.not.equal(null);
  });

  it('starts the agenda clock with the adjusted minutes, moves to the next phase, and stops it', async () => {
    let now = NOW;
    const screen = await openPanel(await signedSession(), () => now);
    const fields = deepAll<HTMLInputElement>(part(screen, 'cdw-facilitator-agenda'), 'input[type="number"]');
    expect(fields.map((f) => f.value)).to.deep.equal(['15', '45', '30', '30']);
    type(fields[0]!, '10');
    type(fields[1]!, '40');
    await settle(screen);
    button(screen, 'Start clock')!.click();
    await whenView(screen, (view) => view.agenda !== null, 'agenda written');
    expect(viewOf(screen).agenda).to.deep.equal({
      start: NOW,
      phases: [
        { phase: 'introduction', minutes: 10 },
        { phase: 'writing', minutes: 40 },
        { phase: 'review', minutes: 30 },
        { phase: 'discussion', minutes: 30 },
      ],
    });
    const clock = () => textOf(deep(screen, '.clock')!);
    expect(clock()).to.contain('Introduction').and.contain('10:00 left');
    now += 61_000;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await settle(screen);
    expect(clock(), 'updated every second').to.contain('8:59 left');

    button(screen, 'Next phase')!.click();
    await whenView(screen, (view) => view.agenda?.start === now - 10 * 60_000, 'next phase');
    expect(clock()).to.contain('Collaborative writing').and.contain('40:00 left').and.contain('Phase 2 of 4');

    button(screen, 'Stop clock')!.click();
    await whenView(screen, (view) => view.agenda === null, 'stopped');
    expect(clock()).to.contain('not running');
  });

  it('refuses durations out of range, and writes nothing', async () => {
    const screen = await openPanel(await signedSession());
    const [first] = deepAll<HTMLInputElement>(part(screen, 'cdw-facilitator-agenda'), 'input[type="number"]');
    type(first!, '241');
    await settle(screen);
    button(screen, 'Start clock')!.click();
    await settle(screen);
    expect(textOf(deep(part(screen, 'cdw-facilitator-agenda'), '[role="alert"]')!)).to.equal('Give each phase from 1 to 240 minutes.');
    expect(first!.getAttribute('aria-invalid')).to.equal('true');
    expect(viewOf(screen).agenda).to.equal(null);
  });

  it('hides a revision after asking: the proposal falls back, and the text is shown nowhere', async () => {
    const screen = await openFullPanel(await signedSession());
    const library = () => viewOf(screen).proposals.find((p) => p.revisions.length === 2)!;
    expect(library().current.text).to.equal('Open the public library on Sundays');
    const hide = button(screen, 'Hide this revision: Version 2')!;
    hide.click();
    await settle(screen);
    expect(viewOf(screen).proposals.some((p) => p.revisions.some((r) => r.hidden)), 'nothing hidden on the first press').to.equal(false);
    button(screen, 'Yes, hide it')!.click();
    await whenView(screen, () => library().current.number === 1, 'fallback');
    expect(library().current.text).to.equal('Open the library on Sundays');
    expect(textOf(screen.shadowRoot!)).to.not.contain('Open the public library on Sundays');
    expect(textOf(screen.shadowRoot!)).to.contain('Hidden by the facilitator');
    expect(button(screen, 'Hide this revision: Version 2')).to.equal(null);
  });

  it('opens the session without a writer: the first action fetches it and writes as the link’s facilitator', async () => {
    const session = await signedSession();
    const screen = await openPanel(session);
    const room = () => screen['room'].session!;
    expect(room().writer, 'no writer before the first action').to.equal(null);
    button(screen, 'Lock session')!.click();
    await whenView(screen, (view) => view.locked, 'locked');
    expect(room().writer!.speaksFor(session.facilitator.signer.actor)).to.equal(true);
    expect(viewOf(screen).facilitator).to.equal(session.facilitator.signer.actor);
  });

  it('takes back the question on Escape, and gives the focus back to its button', async () => {
    const screen = await openFullPanel(await signedSession());
    button(screen, 'Hide this revision')!.click();
    await settle(screen);
    const confirm = deep(screen, 'cdw-facilitator-confirm')!;
    expect(confirm.shadowRoot!.activeElement, 'the focus on the confirm button').to.equal(button(confirm, 'Yes, hide it'));
    deep(confirm, '[role="group"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle(screen);
    expect(button(screen, 'Yes, hide it')).to.equal(null);
    expect(confirm.shadowRoot!.activeElement).to.equal(button(confirm, 'Hide this revision'));
  });

  it('asks again when the hiding is cancelled', async () => {
    const screen = await openFullPanel(await signedSession());
    button(screen, 'Hide this revision')!.click();
    await settle(screen);
    button(screen, 'Cancel')!.click();
    await settle(screen);
    expect(button(screen, 'Yes, hide it')).to.equal(null);
    expect(viewOf(screen).proposals.every((p) => p.revisions.every((r) => !r.hidden))).to.equal(true);
  });

  it('renames a group and removes another', async () => {
    const session = await signedSession();
    const [riverside, lighthouse] = session.groups;
    const screen = await openFullPanel(session);
    button(screen, 'Rename: ● 1 Riverside')!.click();
    await settle(screen);
    const form = deep(part(screen, 'cdw-facilitator-group'), 'form')!;
    type(form.querySelector<HTMLInputElement>('#name')!, 'Riverside table');
    type(form.querySelector<HTMLInputElement>('#venue')!, 'Paris 11e');
    button(screen, 'Save')!.click();
    await whenView(screen, (view) => view.groups[0]!.name === 'Riverside table', 'renamed');
    expect(viewOf(screen).groups[0]).to.include({ id: riverside!.actor, name: 'Riverside table', venue: 'Paris 11e', joinedAs: 'Riverside' });
    expect(deep(part(screen, 'cdw-facilitator-group'), 'form'), 'the form closes once saved').to.equal(null);

    button(screen, 'Remove group: ■ 2 Lighthouse')!.click();
    await settle(screen);
    button(screen, 'Yes, remove it')!.click();
    await whenView(screen, (view) => view.groups[1]!.removed, 'removed');
    expect(viewOf(screen).groups[1]!.id).to.equal(lighthouse!.actor);
    expect(button(screen, 'Remove group: ■ 2 Lighthouse')).to.equal(null);
  });

  it('shows the problem when the facilitator’s action is refused', async () => {
    const screen = await openFullPanel(await signedSession());
    button(screen, 'Rename')!.click();
    await settle(screen);
    type(deep<HTMLInputElement>(part(screen, 'cdw-facilitator-group'), '#name')!, '   ');
    button(screen, 'Save')!.click();
    await until(() => deep(part(screen, 'cdw-facilitator-group'), '[role="alert"]') !== null, 'problem shown');
    expect(textOf(deep(part(screen, 'cdw-facilitator-group'), '[role="alert"]')!)).to.equal('Write something first.');
  });

  it('says so when the link’s key does not open the facilitator’s powers', async () => {
    const part = 'A'.repeat(43);
    const screen = await mount<FacilitatorScreen>(html`<cdw-facilitator-screen
      .writeKey=${'abcdefghijklmnopqrstuv'}
      .secret=${`e.${part}.${part}`}
      .syncUrl=${null}
      .persist=${false}
    ></cdw-facilitator-screen>`);
    await screen.ready();
    expect(textOf(deep(screen, '[role="alert"]')!)).to.contain('This facilitator link is damaged');
  });

  it('warns when the session does not name this key as its facilitator', async () => {
    const session = await signedSession();
    const other = await signedSession({ persist: false });
    await other.session.destroy();
    await session.session.destroy();
    const screen = await mount<FacilitatorScreen>(html`<cdw-facilitator-screen
      .writeKey=${session.writeKey}
      .secret=${other.facilitator.secret}
      .syncUrl=${null}
    ></cdw-facilitator-screen>`);
    await screen.ready();
    await settle(screen);
    expect(textOf(deep(screen, '.notice')!)).to.contain('does not name this link’s key');
  });

  it('has no serious accessibility violations, with a question open and the clock running', async () => {
    const screen = await openFullPanel(await signedSession());
    button(screen, 'Start clock')!.click();
    await whenView(screen, (view) => view.agenda !== null, 'agenda written');
    button(screen, 'Hide this revision')!.click();
    button(screen, 'Rename')!.click();
    await settle(screen);
    expect(await seriousViolations(screen)).to.deep.equal([]);
  });

  it('speaks every language', async () => {
    const screen = await openPanel(await signedSession());
    for (const [language, lock, start] of [
      ['es', 'Bloquear la sesión', 'Iniciar el reloj'],
      ['fr', 'Verrouiller la session', 'Lancer l’horloge'],
      ['pt', 'Bloquear a sessão', 'Iniciar o relógio'],
    ] as const) {
      await useLanguage(language);
      await settle(screen);
      expect(button(screen, lock), `${language} lock`).to.not.equal(null);
      expect(button(screen, start), `${language} start`).to.not.equal(null);
    }
  });
});
