import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import { deriveView } from '../../../src/domain/derive.ts';
import type { WorkshopRecord } from '../../../src/domain/records.ts';
import type { WorkshopView } from '../../../src/domain/view.ts';
import '../../../src/ui/shared/agenda-clock.ts';
import { formatDuration, type AgendaClock } from '../../../src/ui/shared/agenda-clock.ts';
import '../../../src/ui/projector/projector-view.ts';
import type { ProjectorView } from '../../../src/ui/projector/projector-view.ts';
import { add, agenda, at, group, id, join, lock, session, unlock } from '../../support/records.ts';
import { TRUST_ALL } from '../../support/trust.ts';
import { seriousViolations } from '../axe.ts';
import { A, B, C } from '../fixtures.ts';

const D = group('d');
import { mount, settle, textOf, useLanguage } from '../helpers.ts';

const START = Date.UTC(2026, 10, 27, 14, 0, 0);
const MINUTE = 60_000;

/** A session of ten proposals whose facilitator started the usual agenda at START; `extra` follow. */
function sessionWithAgenda(extra: (last: number) => WorkshopRecord[] = () => []): WorkshopView {
  const records = [
    session(A, at(1), 'Our cities in ten proposals'),
    join(A, at(2), 'Riverside', 'Paris'),
    join(B, at(3), 'Lighthouse', 'Dakar'),
    join(C, at(4), 'Mesa 2', 'Ciudad de México'),
    join(D, at(5), 'Eastside', 'Detroit'),
  ];
  for (let n = 1; n <= 10; n++) records.push(add(n % 2 ? A : B, at(10 + n), `Proposal number ${n}: ${'a fairly long sentence '.repeat(n % 4)}`, id(`p${n}`)));
  records.push(agenda(A, at(30), [15, 45, 30, 30], START));
  return deriveView([...records, ...extra(30)], TRUST_ALL);
}

const clockOf = (el: Element): HTMLElement | null =>
  el.shadowRoot!.querySelector<AgendaClock>('cdw-agenda-clock')?.shadowRoot!.querySelector<HTMLElement>('[role="timer"]') ?? null;

/** What the clock's own once-a-second timer does. */
async function tick(el: ProjectorView): Promise<void> {
  el.shadowRoot!.querySelector<AgendaClock>('cdw-agenda-clock')!.requestUpdate();
  await settle(el);
}

async function projector(view: WorkshopView, now: () => number): Promise<ProjectorView> {
  const online = view.groups.map((g) => g.id);
  // As the view link shows it: every link and choice of the side panel present.
  const el = await mount<ProjectorView>(
    html`<cdw-projector-view
      .view=${view}
      .online=${online}
      .now=${now}
      .shown=${['en']}
      viewUrl="https://w.example/#/v/abcdefghijklmnopqrstuv"
      syncHref="#/v/abcdefghijklmnopqrstuv/sync"
      publishHref="#/v/abcdefghijklmnopqrstuv/publish"
      replayHref="#/v/abcdefghijklmnopqrstuv/replay"
    ></cdw-projector-view>`,
  );
  // The side panel (QR code, groups online, language choice) arrives after the first paint.
  await el.panelLoaded;
  await settle(el);
  return el;
}

describe('the agenda clock', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('style');
    await setViewport({ width: 800, height: 600 });
  });

  it('formats durations as minutes and seconds, hours only when there are some', () => {
    expect(formatDuration(0)).to.equal('0:00');
    expect(formatDuration(9_999)).to.equal('0:09');
    expect(formatDuration(9_001, 'up')).to.equal('0:10');
    expect(formatDuration(45 * MINUTE)).to.equal('45:00');
    expect(formatDuration(62 * MINUTE + 3_000)).to.equal('1:02:03');
  });

  it('on the projector, says when the first phase starts, then the phase and its time left, then that it finished', async () => {
    const view = sampleAgenda();
    let now = START - 90_000;
    const el = await projector(view, () => now);
    const clock = clockOf(el)!;
    expect(clock.getAttribute('aria-label')).to.equal('Agenda clock');
    expect(textOf(clock)).to.equal('Introduction starts in 1:30 Phase 1 of 4');

    now = START + 15 * MINUTE + 12 * MINUTE + 29_500;
    await tick(el);
    // Rounded up: "32:31 left" until the second has fully passed.
    expect(textOf(clockOf(el)!)).to.equal('Collaborative writing 32:31 left Phase 2 of 4');

    now = START + 120 * MINUTE + 5_000;
    await tick(el);
    expect(textOf(clockOf(el)!)).to.equal('Agenda finished 0:05 over');
  });

  it('moves on by itself every second, from the page’s own clock', async () => {
    const base = START + 20 * MINUTE;
    const opened = Date.now();
    const el = await projector(sampleAgenda(), () => base + (Date.now() - opened) * 60);
    const before = textOf(clockOf(el)!);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(textOf(clockOf(el)!)).to.not.equal(before);
    expect(textOf(clockOf(el)!)).to.match(/^Collaborative writing \d+:\d\d left Phase 2 of 4$/);
  });

  it('is not shown before the facilitator starts it', async () => {
    const view = deriveView([session(A, at(1), 'Our city'), join(A, at(2), 'Riverside')], TRUST_ALL);
    const el = await projector(view, () => START);
    expect(el.shadowRoot!.querySelector('cdw-agenda-clock')).to.equal(null);
  });

  it('names the phases in Spanish, French and Portuguese', async () => {
    const now = START + 50 * MINUTE;
    for (const [language, words] of [
      ['es', 'Escritura colaborativa 10:00 restantes Fase 2 de 4'],
      ['fr', 'Écriture collaborative 10:00 restantes Phase 2 sur 4'],
      ['pt', 'Escrita colaborativa 10:00 restantes Fase 2 de 4'],
    ] as const) {
      await useLanguage(language);
      const el = await projector(sampleAgenda(), () => now);
      expect(textOf(clockOf(el)!), language).to.equal(words);
    }
  });

  it('shows a discreet "Locked" mark on the projector while the session is locked, and none once unlocked', async () => {
    const locked = sessionWithAgenda((last) => [lock(A, at(last + 1))]);
    const el = await projector(locked, () => START);
    expect(textOf(el.shadowRoot!.querySelector('.facts')!)).to.contain('Locked');
    el.view = sessionWithAgenda((last) => [lock(A, at(last + 1)), unlock(A, at(last + 2))]);
    await settle(el);
    expect(el.shadowRoot!.querySelector('.locked')).to.equal(null);
  });

  it('reads from the back of a room at 1920×1080 without pushing any of the ten proposals off the screen', async () => {
    await setViewport({ width: 1920, height: 1080 });
    // The app's page (index.html): its font, line height and margins decide what fits.
    Object.assign(document.documentElement.style, { fontFamily: 'system-ui, sans-serif', lineHeight: '1.5' });
    document.body.style.margin = '0';
    const el = await projector(sessionWithAgenda((last) => [lock(A, at(last + 1))]), () => START + 30 * MINUTE);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items).to.have.length(10);
    for (const item of items) expect(item.getBoundingClientRect().bottom).to.be.at.most(1080);
    const clock = clockOf(el)!;
    const box = clock.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(1080);
    expect(box.left, 'in the side panel, beside the proposals').to.be.at.least(items[0]!.getBoundingClientRect().right);
    // Found on a screenshot: the clock once pushed the panel's controls below the screen.
    for (const control of el.shadowRoot!.querySelectorAll('.controls > *')) {
      expect(control.getBoundingClientRect().bottom, `${control.localName} on screen`).to.be.at.most(1080);
    }
    const groups = el.shadowRoot!.querySelector<HTMLElement>('cdw-online-groups')!;
    expect(groups.scrollHeight, 'the four groups online all shown').to.be.at.most(groups.clientHeight + 1);
    const digits = clock.querySelector('.digits')!;
    expect(parseFloat(getComputedStyle(digits).fontSize), 'large enough for the back of the room').to.be.at.least(60);
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  it('sits on one line in a scribe’s page', async () => {
    const view = sampleAgenda();
    const el = await mount<AgendaClock>(html`<cdw-agenda-clock .agenda=${view.agenda} .now=${() => START + 5 * MINUTE}></cdw-agenda-clock>`);
    expect(el.getAttribute('size')).to.equal('small');
    expect(textOf(el.shadowRoot!)).to.equal('Introduction 10:00 left Phase 1 of 4');
    expect(await seriousViolations(el)).to.deep.equal([]);
  });
});

function sampleAgenda(): WorkshopView {
  return sessionWithAgenda();
}
