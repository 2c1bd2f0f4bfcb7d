import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { eventually } from '../e2e/eventually.ts';
import { ExpectedRanking } from '../e2e/expected-ranking.ts';
import { readItem } from '../e2e/projection.ts';
import type { RelayUnderTest } from '../e2e/relay-under-test.ts';
import { SCREENSHOT_DIR } from '../e2e/screenshots.ts';
import type { Engine, EnginePage } from './engine.ts';
import { pageKit, type PageKit } from './page-kit.ts';

const TEXT = {
  library: 'Open the public library on Sundays',
  trees: 'Plant shade trees along every school route',
  budget: 'Publish the city budget in plain language',
  fruitTrees: 'Shade every school route with fruit trees',
  lights: 'Light the riverside path at night',
} as const;
const KNOWN_TEXTS = Object.values(TEXT);
const LINK = (kind: 's' | 'v') => new RegExp(`https?://\\S+?#/${kind}/[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}(?![A-Za-z0-9_.-])`);

/** Runs `body` in the page with the kit; `body` closes over nothing, everything it needs comes as `args`. */
function inPage<A extends unknown[], T>(page: EnginePage, body: (kit: PageKit, ...args: A) => T, ...args: A): Promise<Awaited<T>> {
  return page.run(`(...args) => (${body.toString()})((${pageKit.toString()})(), ...args)`, args);
}

/** Acts once the element is there: the app loads its screens lazily, and a probe that throws is retried. */
const act = async <A extends unknown[]>(page: EnginePage, what: string, body: (kit: PageKit, ...args: A) => void, ...args: A) => {
  await eventually(what, () => inPage(page, body, ...args).then(() => true), (done) => done);
};
const fill = (page: EnginePage, role: string, name: string, value: string) =>
  act(page, `to fill ${role} "${name}"`, (kit, role, name, value) => kit.fill(kit.one(role, name), value), role, name, value);
const click = (page: EnginePage, name: string) =>
  act(page, `to click "${name}"`, (kit, name) => kit.click(kit.one('button', name)), name);
const clickIn = (page: EnginePage, text: string, name: string) =>
  act(page, `to click "${name}" on "${text}"`, (kit, text, name) => kit.click(kit.one('button', name, kit.proposal(text))), text, name);
const until = (page: EnginePage, what: string, body: (kit: PageKit) => boolean) =>
  eventually(what, () => inPage(page, body), (ok) => ok === true);
const ranking = async (page: EnginePage) =>
  (await inPage(page, (kit) => kit.proposals())).map((item) => readItem(item, KNOWN_TEXTS));

/** `?lang=en` before the route forces English whatever the engine's locale (DESIGN.md §6). */
const inEnglish = (link: string) => link.replace('#', '?lang=en#');

/**
 * The core session of a workshop in one engine: create, two scribes in separate profiles, add, endorse,
 * edit, the projector's order, a reload, and a reload with the relay gone (service worker and IndexedDB).
 */
export async function coreScenario(
  engine: Engine,
  relay: RelayUnderTest,
  step: (name: string, body: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const model = new ExpectedRanking();
  const facilitator = await engine.participant({ width: 1280, height: 800 });
  const a = await engine.participant({ width: 1280, height: 800 });
  const b = await engine.participant({ width: 1280, height: 800 });
  const projector = await engine.participant({ width: 1920, height: 1080 });
  const projected = (page: EnginePage, name: string) =>
    eventually(`${engine.name}: ${name} to show ${JSON.stringify(model.projected())}`, () => ranking(page), (shown) =>
      JSON.stringify(shown) === JSON.stringify(model.projected()));

  let scribeLink = '';
  let viewLink = '';
  await step('the facilitator creates a session and reads both links', async () => {
    await facilitator.goto(`${relay.url}/?lang=en#/`);
    await fill(facilitator, 'textbox', 'Session title', 'Our city in ten proposals');
    await click(facilitator, 'Create session');
    const shown = await eventually('the scribe and view links', () => inPage(facilitator, (kit) => kit.text()), (text) =>
      LINK('s').test(text) && LINK('v').test(text));
    scribeLink = inEnglish(shown.match(LINK('s'))![0]);
    viewLink = inEnglish(shown.match(LINK('v'))![0]);
  });

  const joinAs = async (page: EnginePage, group: string, venue: string) => {
    await page.goto(scribeLink);
    await until(page, `${group}'s join form`, (kit) => kit.exists('textbox', 'Group name'));
    await fill(page, 'textbox', 'Group name', group);
    await fill(page, 'textbox', 'Venue', venue);
    await click(page, 'Join');
    await until(page, `${group} to have joined`, (kit) => kit.exists('textbox', 'New proposal'));
  };
  const add = async (page: EnginePage, group: string, text: string) => {
    await fill(page, 'textbox', 'New proposal', text);
    await click(page, 'Add proposal');
    model.add(group, text);
    await projected(page, `${group}'s list after adding`);
  };
  const endorse = async (page: EnginePage, group: string, text: string) => {
    await clickIn(page, text, 'Endorse');
    model.endorse(group, text);
    await projected(page, `${group}'s list after endorsing`);
  };

  await step('two scribes join, each in its own profile, and add', async () => {
    await joinAs(a, 'Riverside', 'Paris');
    await joinAs(b, 'Lighthouse', 'Dakar');
    await add(a, 'A', TEXT.library);
    await add(b, 'B', TEXT.trees);
    await add(a, 'A', TEXT.budget);
  });

  await step('endorsements and an edit reorder the projector', async () => {
    await projector.goto(viewLink);
    await projected(projector, 'the projector');
    await endorse(b, 'B', TEXT.budget);
    await endorse(a, 'A', TEXT.trees);
    await projected(projector, 'the projector after two endorsements');
    await clickIn(a, TEXT.trees, 'Edit');
    await until(a, 'the "Edit proposal" field', (kit) => kit.exists('textbox', 'Edit proposal'));
    await fill(a, 'textbox', 'Edit proposal', TEXT.fruitTrees);
    await click(a, 'Save');
    model.edit('A', TEXT.trees, TEXT.fruitTrees);
    await projected(projector, 'the projector after an edit');
    await projected(b, "the other scribe's list");
  });

  await step('a reload keeps the scribe in its group', async () => {
    await b.reload();
    await projected(b, 'the list after a reload');
    await until(b, 'the add form, not the join form', (kit) => kit.exists('textbox', 'New proposal') && !kit.exists('button', 'Join'));
  });

  await step('with the relay gone, a reload comes from the service worker and IndexedDB, and merges later', async () => {
    await until(a, 'a page controlled by the service worker', () => navigator.serviceWorker.controller !== null);
    await relay.stop();
    await a.reload();
    await until(a, 'the status "Offline"', (kit) => kit.all('status', /^/).some((status) => /^Offline/.test(kit.text(status))));
    await projected(a, 'the list offline');
    await add(a, 'A', TEXT.lights);
    await relay.start();
    await projected(projector, 'the projector once the relay is back');
    await projected(b, "the other scribe's list once the relay is back");
  });

  await step('the projector, as the room sees it: its selects drawn in its own colours', async () => {
    const selects = await inPage(projector, (kit) =>
      kit.all('combobox', /^/).concat(kit.all('listbox', /^/)).map((select) => {
        const style = getComputedStyle(select);
        return { appearance: style.appearance || style.webkitAppearance, ink: style.color, paper: style.backgroundColor };
      }),
    );
    assert.equal(selects.length, 3, `${engine.name}: the language switch and the two projected-language selects`);
    for (const select of selects) {
      // A native select is painted by the engine's theme whatever its colours say (WebKitGTK: light grey).
      assert.equal(select.appearance, 'none', `${engine.name}: a select drawn by the page, not the theme`);
      assert.ok(contrast(select.ink, select.paper) >= 4.5, `${engine.name}: select text readable (${select.ink} on ${select.paper})`);
    }
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await projector.screenshot(join(SCREENSHOT_DIR, `engines-${engine.name}-projector.png`));
  });

  const errors = (await Promise.all([facilitator, a, b, projector].map((page) => page.errors()))).flat();
  assert.deepEqual(errors, [], `${engine.name}: no page reported an uncaught error`);
}

/** WCAG contrast ratio of two computed `rgb()`/`rgba()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
