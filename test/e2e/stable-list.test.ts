import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { newParticipant } from './browser.ts';
import { eventually } from './eventually.ts';
import { ExpectedRanking } from './expected-ranking.ts';
import { listItemTexts } from './list-items.ts';
import { expectProjection, readItem } from './projection.ts';
import { addProposal, joinAsGroup, offeredEndorsementAction, proposalItem, proposalsList, withdrawEndorsement } from './scribe-page.ts';
import { createSession } from './start-page.ts';
import { scenarioRig, stepRunner } from './scenario.ts';

const TEXT = {
  library: 'Open the public library on Sundays',
  trees: 'Plant shade trees along every school route',
  budget: 'Publish the city budget in plain language',
} as const;
const KNOWN_TEXTS = Object.values(TEXT);

const rig = scenarioRig();
const { pageErrors } = rig;

/** Animations anywhere in the page, shadow roots included: none left means the list is where it will stay. */
async function runningAnimations(page: Page): Promise<number> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  return page.evaluate(() => {
    let count = 0;
    const walk = (root: Document | ShadowRoot): void => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        count += element.getAnimations().length;
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return count;
  });
}

test('a raw click lands on the proposal that was under the pointer, even when another group reorders the list', { timeout: 180_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const participant = async (name: string): Promise<Page> =>
    pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, { width: 1280, height: 800 }), name);
  const facilitator = await participant('facilitator');
  const pointing = await participant('scribe Riverside (mouse)');
  const other = await participant('scribe Lighthouse');
  const model = new ExpectedRanking();

  await step('Lighthouse adds three proposals; Riverside sees them in admission order', async () => {
    await facilitator.goto('/#/');
    const { scribeLink } = await createSession(facilitator, 'A list that holds still');
    await joinAsGroup(other, scribeLink, 'Lighthouse', 'Dakar');
    await joinAsGroup(pointing, scribeLink, 'Riverside', 'Paris');
    for (const text of KNOWN_TEXTS) {
      await addProposal(other, text);
      model.add('Lighthouse', text);
    }
    await expectProjection(pointing, model.projected(), KNOWN_TEXTS, 'Riverside before the reorder');
  });

  // Read before the reorder: where "Endorse" on the first proposal is, as a person's eye would.
  let target = { x: 0, y: 0 };
  await step('the pointer rests on "Endorse" of the first proposal', async () => {
    const box = await proposalItem(pointing, TEXT.library).getByRole('button', { name: /^Endorse/ }).boundingBox();
    assert.ok(box, 'the "Endorse" button has a place on the screen');
    target = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await pointing.mouse.move(target.x, target.y);
  });

  await step('Lighthouse withdraws from that proposal: by the ranking it now belongs last', async () => {
    await withdrawEndorsement(other, TEXT.library);
    model.withdraw('Lighthouse', TEXT.library);
    assert.deepEqual(model.projected().map((p) => p.text), [TEXT.trees, TEXT.budget, TEXT.library]);
    // Riverside has the change (the count is current) and nothing moves any more.
    await eventually(
      'Riverside to show "0 endorsements" on the first proposal',
      async () => (await listItemTexts(proposalsList(pointing))).map((item) => readItem(item, KNOWN_TEXTS)).find((p) => p.text === TEXT.library)?.count,
      (count) => count === 0,
    );
    await eventually('no animation running on Riverside’s page', () => runningAnimations(pointing), (n) => n === 0);
  });

  await step('a raw click at the coordinates read before endorses the proposal that was under the pointer', async () => {
    // Read now, checked after the click: the click is what this test is about.
    const noteBeforeClick = await pointing.getByText(/^The ranking changed/).isVisible();
    await pointing.mouse.click(target.x, target.y);
    await eventually(
      'Riverside to be offered "withdraw" on the proposal it clicked',
      () => offeredEndorsementAction(pointing, TEXT.library),
      (action) => action === 'withdraw',
    );
    model.endorse('Riverside', TEXT.library);
    assert.equal(await offeredEndorsementAction(pointing, TEXT.trees), 'endorse', 'the proposal that would have slid under the pointer is untouched');
    assert.equal(noteBeforeClick, true, 'before the click, the scribe was told why the list does not follow the ranking');
  });

  await step('once the pointer leaves the list, it settles into the ranking', async () => {
    await pointing.mouse.move(1, 1);
    await expectProjection(pointing, model.projected(), KNOWN_TEXTS, 'Riverside after the pointer left');
    await eventually('the "ranking changed" note gone', () => pointing.getByText(/^The ranking changed/).count(), (n) => n === 0);
    await expectProjection(other, model.projected(), KNOWN_TEXTS, 'Lighthouse');
  });

  assert.deepEqual(pageErrors.seen, [], 'no page threw an uncaught error');
});
