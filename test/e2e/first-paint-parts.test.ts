import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { PROJECTOR, newParticipant } from './browser.ts';
import { scenarioRig, stepRunner } from './scenario.ts';
import { addProposal, joinAsGroup, proposalsList } from './scribe-page.ts';
import { screenshotBothSizes } from './screenshots.ts';
import { createSession } from './start-page.ts';

const rig = scenarioRig();
const { pageErrors } = rig;

/** A box in page coordinates, so scrolling does not count as moving. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  visible: boolean;
}

/** What the page showed in the frame of its first full paint. */
interface AtPaint {
  where: Record<string, Box | null>;
  /** The watched custom elements already defined then. */
  defined: string[];
  proposals: number;
}

/**
 * Before the app's scripts run: notes, when the app marks its first full paint (in the task after that frame),
 * where `selectors` are (across shadow roots) and which of `elements` were defined. Every navigation notes anew.
 */
async function noteFirstPaint(page: Page, selectors: readonly string[], elements: readonly string[]): Promise<void> {
  await page.addInitScript(`(() => {
    globalThis.__name ??= (fn) => fn;
    const deepAll = (root, selector, found = []) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(selector)) found.push(el);
        if (el.shadowRoot) deepAll(el.shadowRoot, selector, found);
      }
      return found;
    };
    const box = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height, visible: getComputedStyle(el).visibility === 'visible' };
    };
    window.__where = (selectors) => Object.fromEntries(selectors.map((s) => [s, box(deepAll(document, s)[0])]));
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      if (name === 'cdw-first-full-paint' && !window.__atPaint) {
        window.__atPaint = {
          where: window.__where(${JSON.stringify(selectors)}),
          defined: ${JSON.stringify(elements)}.filter((element) => customElements.get(element)),
          proposals: deepAll(document, 'ol[aria-label="Proposals"] > li').length,
        };
      }
      return mark(name, options);
    };
  })();`);
}

const atPaint = (page: Page): Promise<AtPaint> =>
  page.waitForFunction(() => (window as unknown as { __atPaint?: AtPaint }).__atPaint).then((handle) => handle.jsonValue() as Promise<AtPaint>);

const whereNow = (page: Page, selectors: readonly string[]): Promise<Record<string, Box | null>> =>
  page.evaluate((s) => (window as unknown as { __where(s: readonly string[]): Record<string, Box | null> }).__where(s), selectors);

/**
 * Each of `selectors` at paint stands at the height it stands now, within a pixel. Not sideways: the connection
 * status beside the language switch says "Online" once connected, in other words than at paint.
 */
function assertStill(before: Record<string, Box | null>, after: Record<string, Box | null>, selectors: readonly string[]): void {
  for (const selector of selectors) {
    const [a, b] = [before[selector], after[selector]];
    assert.ok(a && b, `${selector} on the page at paint and after`);
    assert.ok(Math.abs(a.y - b.y) <= 1, `${selector} moved from ${JSON.stringify(a)} to ${JSON.stringify(b)}`);
  }
}

const LATER_ON_PROJECTOR = ['cdw-qr-code', 'cdw-online-groups', 'cdw-agenda-clock', 'cdw-projector-languages'];
const PROJECTOR_STILL = ['h1', '.controls > cdw-connection-status', '.controls > cdw-language-switch', '.controls > cdw-projector-languages'];
const FACILITATOR_STILL = ['h1', 'section[aria-labelledby="proposals-heading"]', 'section[aria-labelledby="groups-heading"]', 'cdw-facilitator-agenda'];

test('projector and facilitator panel paint their proposals first; the later parts arrive without moving them, and a first click works', { timeout: 180_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const participant = async (name: string, viewport = { width: 1280, height: 800 }): Promise<Page> =>
    pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, viewport), name);
  const facilitator = await participant('facilitator');
  const scribe = await participant('scribe');
  const projector = await participant('projector', PROJECTOR);
  let links = { scribeLink: '', viewLink: '', facilitatorLink: '' };
  let panel = facilitator;

  await step('a session with two proposals', async () => {
    await facilitator.goto('/#/');
    links = await createSession(facilitator, 'What comes first');
    await joinAsGroup(scribe, links.scribeLink, 'Riverside', 'Paris');
    await addProposal(scribe, 'Open the public library on Sundays');
    await addProposal(scribe, 'Plant shade trees along every school route');
  });

  await step('the facilitator panel paints its heading, proposals and groups before its links; the clock starts at the first press', async () => {
    // A page of its own (the start page's tab would only change its hash), with the room the start page kept.
    panel = pageErrors.watch(await facilitator.context().newPage(), 'facilitator panel');
    await noteFirstPaint(panel, FACILITATOR_STILL, ['cdw-facilitator-links']);
    await panel.goto(links.facilitatorLink);
    await panel.getByRole('heading', { name: 'Facilitator panel' }).waitFor();
    // Pressed as soon as it shows: the writer's code is fetched for it if it has not arrived yet.
    await panel.getByRole('button', { name: 'Start clock' }).click();
    await panel.getByText(/ left$/).first().waitFor();
    const painted = await atPaint(panel);
    assert.deepEqual(painted.defined, [], 'the links come after the first paint');
    await panel.getByRole('textbox', { name: /^Scribe link/ }).waitFor();
    assertStill(painted.where, await whereNow(panel, FACILITATOR_STILL), FACILITATOR_STILL);
  });

  await step('the projector paints its proposals with their counts; its side panel arrives after, moving nothing on screen', async () => {
    // A first visit keeps the room in this browser, so the reload paints the proposals from its own copy.
    await projector.goto(links.viewLink);
    await proposalsList(projector).getByRole('listitem').nth(1).waitFor();
    await noteFirstPaint(projector, ['figure', 'cdw-qr-code', ...PROJECTOR_STILL], LATER_ON_PROJECTOR);
    await projector.reload();
    const painted = await atPaint(projector);
    assert.equal(painted.proposals, 2, 'both proposals in the first full paint');
    assert.deepEqual(painted.defined, [], 'QR code, groups online, clock and language choice come after the first paint');
    assert.equal(painted.where['figure']?.visible, false, 'the join code’s box is kept, hidden until it shows with the clock');
    await projector.getByRole('img', { name: /^QR code of/ }).waitFor({ state: 'visible' });
    await projector.getByRole('timer', { name: 'Agenda clock' }).waitFor({ state: 'visible' });
    await projector.getByRole('combobox', { name: /^Projected/ }).waitFor({ state: 'visible' });
    const now = await whereNow(projector, ['figure', 'cdw-qr-code', ...PROJECTOR_STILL]);
    assertStill(painted.where, now, PROJECTOR_STILL);
    const [before, after] = [painted.where['cdw-qr-code']!, now['cdw-qr-code']!];
    assert.deepEqual([after.width, after.height], [before.width, before.height], 'the code fills the box kept for it');
    t.diagnostic(`screenshots: ${(await screenshotBothSizes(projector, 'projector-after-first-paint')).join(', ')}`);
    t.diagnostic(`screenshots: ${(await screenshotBothSizes(panel, 'facilitator-after-first-paint')).join(', ')}`);
  });

  assert.deepEqual(pageErrors.seen, [], 'no page threw an uncaught error');
});
