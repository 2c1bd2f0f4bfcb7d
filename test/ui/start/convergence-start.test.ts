import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey, roomIdFor } from '../../../src/doc/capabilities.ts';
import { openSession } from '../../../src/doc/session.ts';
import { newFacilitator } from '../../../src/doc/signers.ts';
import { newWriter } from '../../../src/doc/writer.ts';
import '../../../src/ui/start/start-screen.ts';
import type { StartScreen } from '../../../src/ui/start/start-screen.ts';
import type { ConvergencePort, ConvergenceStart, SourceReading } from '../../../src/ui/start/convergence-port.ts';
import '../../../src/ui/start/convergence-form.ts';
import type { ConvergenceForm } from '../../../src/ui/start/convergence-form.ts';
import type { WorkshopEvent } from '../../../src/ui/shared/events.ts';
import { seriousViolations } from '../axe.ts';
import { button, deep, mount, settle, textOf, type, until, useLanguage } from '../helpers.ts';

/** Reads "verified-…" files as verified sources, "forged-…" as not verifying, anything else as unreadable. */
async function readSource(text: string): Promise<SourceReading> {
  const [kind, title, proposals] = text.split('|');
  if (kind === 'verified') return { ok: true, title: title!, proposals: Number(proposals), verified: true, problem: null };
  if (kind === 'forged') return { ok: true, title: title!, proposals: Number(proposals), verified: false, problem: 'bad-signature' };
  return { ok: false, problem: 'not-an-export' };
}

function choose(form: ConvergenceForm, files: Record<string, string>): void {
  const input = form.shadowRoot!.querySelector<HTMLInputElement>('#exports')!;
  const transfer = new DataTransfer();
  for (const [name, text] of Object.entries(files)) transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

const sourceLines = (form: ConvergenceForm) => [...form.shadowRoot!.querySelectorAll<HTMLElement>('.source')].map((p) => p.innerText.replace(/\s+/g, ' ').trim());

/** Mounted as the start page mounts it once "Start from several sessions" is pressed. */
async function mountForm(): Promise<ConvergenceForm> {
  const form = await mount<ConvergenceForm>(html`<cdw-convergence-form .reader=${readSource} .syncUrl=${null} .persist=${false}></cdw-convergence-form>`);
  await settle(form);
  return form;
}

describe('cdw-convergence-form', () => {
  it('lists each chosen export with its title, proposals and verdict', async () => {
    const form = await mountForm();
    choose(form, { 'paris.json': 'verified|Paris congress|10', 'dakar.json': 'forged|Dakar|7', 'notes.json': 'nonsense' });
    await until(() => sourceLines(form).length === 3 && !sourceLines(form).some((l) => l.includes('Checking')), 'the readings');
    expect(sourceLines(form)).to.deep.equal([
      'Paris congress · 10 proposals · ✓ Source verified',
      'Dakar · 7 proposals · ⚠ Source does not verify: bad-signature',
      '⚠ notes.json: not a session export',
    ]);
  });

  it('starts with the readable sources, the title and the working languages chosen', async () => {
    const form = await mountForm();
    const started: WorkshopEvent<'start-convergence'>['detail'][] = [];
    form.addEventListener('start-convergence', (e) => started.push(e.detail));
    button(form, 'Start')!.click();
    await settle(form);
    expect(textOf(form.shadowRoot!.querySelector('#converge-problem')!)).to.equal('Choose at least one export or view link that reads.');
    choose(form, { 'paris.json': 'verified|Paris|10', 'notes.json': 'nonsense' });
    await until(() => sourceLines(form).filter((l) => !l.includes('Checking')).length === 2, 'the readings');
    button(form, 'Start')!.click();
    await settle(form);
    expect(started).to.have.length(0);
    expect(deep<HTMLInputElement>(form, '#converge-title')!.getAttribute('aria-describedby')).to.equal('converge-problem');
    deep<HTMLInputElement>(form, '#converge-title')!.value = '  One document  ';
    // The start page's own checklist, Arabic offered: a convergence in Palestine works in it.
    const choices = [...deep(form, 'cdw-working-languages')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    choices.find((box) => box.value === 'es')!.click();
    await settle(form);
    choices.find((box) => box.value === 'ar')!.click();
    await settle(form);
    button(form, 'Start')!.click();
    await settle(form);
    expect(started).to.deep.equal([{ title: 'One document', languages: ['en', 'fr', 'pt', 'ar'], sources: ['verified|Paris|10'] }]);
  });

  it('names the pasted lines that are not view links, and opens each view link read-only while on the page', async () => {
    const form = await mountForm();
    const links = form.shadowRoot!.querySelector<HTMLTextAreaElement>('#links')!;
    type(links, `https://example.org/#/v/${'A'.repeat(22)}\nnot a link`);
    links.dispatchEvent(new Event('change'));
    await settle(form);
    expect(textOf(form.shadowRoot!.querySelector('#bad-links')!)).to.equal('1 line is not a view link.');
    const link = deep(form, 'cdw-convergence-link')!;
    expect(textOf(link.shadowRoot!)).to.contain('Waiting for the relay…');
  });

  it('speaks the page language and has no serious accessibility violation', async () => {
    const form = await mountForm();
    await useLanguage('es');
    choose(form, { 'paris.json': 'verified|Paris|10' });
    await until(() => sourceLines(form).some((l) => l.includes('Origen verificado')), 'the reading');
    await until(() => textOf(form.shadowRoot!.querySelector('h2')!) === 'Empezar a partir de varias sesiones', 'the Spanish words');
    expect(form.shadowRoot!.activeElement?.tagName).to.equal('H2');
    expect(await seriousViolations(form)).to.deep.equal([]);
  });
});

describe('cdw-start-screen: start from several sessions', () => {
  it('is not offered when the screen has no convergence core', async () => {
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null} .convergence=${null}></cdw-start-screen>`);
    expect(button(screen, 'Start from several sessions')).to.equal(null);
  });

  it('fetches the form when asked, then starts the session and shows its links as "Create session" does', async () => {
    const asked: unknown[][] = [];
    const port: ConvergencePort = {
      readSource,
      async start(sources, title, languages, where): Promise<ConvergenceStart> {
        asked.push([sources, title, languages, where]);
        const writeKey = newWriteKey();
        const facilitator = await newFacilitator();
        const session = openSession({ roomId: await roomIdFor(writeKey), writeKey, anchor: facilitator.signer.actor, syncUrl: null, persist: false, writer: newWriter });
        await session.whenLoaded;
        return { ok: true, session, writeKey, facilitator };
      },
    };
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null} .persist=${false} .convergence=${port}></cdw-start-screen>`);
    await until(() => button(screen, 'Start from several sessions') !== null, 'the form, closed');
    button(screen, 'Start from several sessions')!.click();
    await until(() => deep(screen, 'cdw-convergence-form') !== null, 'the form, fetched when pressed');
    const form = deep<ConvergenceForm>(screen, 'cdw-convergence-form')!;
    await settle(form);
    expect(form.shadowRoot!.activeElement?.tagName, 'the keyboard starts at its heading').to.equal('H2');
    choose(form, { 'paris.json': 'verified|Paris|10', 'lyon.json': 'forged|Lyon|3' });
    await until(() => sourceLines(form).filter((l) => !l.includes('Checking')).length === 2, 'the readings');
    deep<HTMLInputElement>(form, '#converge-title')!.value = 'One document';
    button(form, 'Start')!.click();
    await until(() => deep(screen, 'cdw-facilitator-links') !== null, 'the new session’s links');
    await settle(screen);
    expect(asked).to.deep.equal([[['verified|Paris|10', 'forged|Lyon|3'], 'One document', ['es', 'en', 'fr', 'pt'], { syncUrl: null, persist: false }]]);
    expect(deep(screen, 'h1')!.textContent!.replace(/\s+/g, ' ')).to.equal('Session “One document” is ready');
    expect(deep(screen, 'cdw-convergence-form')).to.equal(null);
  });

  it('says why it could not start, in the form', async () => {
    const port: ConvergencePort = { readSource, start: async () => ({ ok: false, problem: 'not-facilitator' }) };
    const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null} .persist=${false} .convergence=${port}></cdw-start-screen>`);
    await until(() => button(screen, 'Start from several sessions') !== null, 'the form, closed');
    button(screen, 'Start from several sessions')!.click();
    await until(() => deep(screen, 'cdw-convergence-form') !== null, 'the form, fetched when pressed');
    const form = deep<ConvergenceForm>(screen, 'cdw-convergence-form')!;
    await settle(form);
    expect(form.shadowRoot!.activeElement?.tagName, 'the keyboard starts at its heading').to.equal('H2');
    choose(form, { 'paris.json': 'verified|Paris|10' });
    await until(() => sourceLines(form).some((l) => l.includes('verified')), 'the reading');
    deep<HTMLInputElement>(form, '#converge-title')!.value = 'One document';
    button(form, 'Start')!.click();
    await until(() => textOf(form.shadowRoot!.querySelector('#converge-problem')!) !== '', 'the problem');
    expect(deep(screen, 'cdw-facilitator-links')).to.equal(null);
  });
});
