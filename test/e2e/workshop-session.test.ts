import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { PHONE, PROJECTOR, newParticipant } from './browser.ts';
import { PATIENCE_MS, eventually } from './eventually.ts';
import { ExpectedRanking } from './expected-ranking.ts';
import { anchorOf, capabilityOf, facilitatorLinkParts, roomIdFor } from './links.ts';
import { expectProjection, itemsOutsideViewport } from './projection.ts';
import { RawSyncClient } from './raw-sync-client.ts';
import {
  addProposal,
  addProposalButton,
  anyConnectionStatus,
  editProposal,
  endorse,
  joinAsGroup,
  newProposalField,
  offeredEndorsementAction,
  proposalItem,
  proposalsList,
  withdrawEndorsement,
} from './scribe-page.ts';
import { screenshotBothSizes } from './screenshots.ts';
import { createSession } from './start-page.ts';
import { scenarioRig, stepRunner } from './scenario.ts';

// Proposal texts hold no digits and none is part of another, so an item is found by its text alone.
const TEXT = {
  library: 'Open the public library on Sundays',
  trees: 'Plant shade trees along every school route',
  budget: 'Publish the city budget in plain language',
  buses: 'Make buses free for people under eighteen',
  assembly: 'Hold a neighbourhood assembly each season',
  sidewalks: 'Repair sidewalks before building new roads',
  translate: 'Translate council meetings into four languages',
  fund: 'Give each district a small participatory fund',
  lights: 'Light the riverside path at night',
  tools: 'Create a tool library in every market hall',
  eleventh: 'Build a rooftop garden on the town hall',
  budgetMonthly: 'Publish every city budget line online each month',
  signLanguage: 'Interpret council meetings in sign language too',
  streamed: 'Stream and interpret every council meeting live',
  forged: 'Forged by a client that holds no write key',
} as const;
const KNOWN_TEXTS = Object.values(TEXT);

const rig = scenarioRig();
const { rawClients, pageErrors } = rig;

test('a workshop session: three scribes, a projector and a viewer through the real relay', { timeout: 180_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const participant = async (name: string, viewport: { width: number; height: number }): Promise<Page> =>
    pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, viewport), name);

  const model = new ExpectedRanking();
  const facilitator = await participant('facilitator', { width: 1280, height: 800 });
  const scribes = {
    riverside: await participant('scribe Riverside', PHONE),
    lighthouse: await participant('scribe Lighthouse', { width: 1280, height: 800 }),
    orchard: await participant('scribe Orchard', PHONE),
  };
  type Group = keyof typeof scribes;
  const projector = await participant('projector', PROJECTOR);
  const viewer = await participant('viewer', PHONE);
  const projected = (name: string) => expectProjection(projector, model.projected(), KNOWN_TEXTS, name);

  let scribeLink = '';
  let viewLink = '';
  await step('the facilitator creates a session and sees both links in full', async () => {
    await facilitator.goto('/#/');
    await screenshotBothSizes(facilitator, 'start');
    let facilitatorLink = '';
    ({ scribeLink, viewLink, facilitatorLink } = await createSession(facilitator, 'Our city in ten proposals'));
    await screenshotBothSizes(facilitator, 'start-created');
    assert.ok(scribeLink.startsWith(rig.relay.url), `scribe link ${scribeLink} is served by the relay`);
    assert.ok(viewLink.startsWith(rig.relay.url), `view link ${viewLink} is served by the relay`);
    assert.equal(capabilityOf(viewLink, 'v'), roomIdFor(capabilityOf(scribeLink, 's')), 'room id derived from the write key (§3)');
    assert.equal(anchorOf(viewLink, 'v'), anchorOf(scribeLink, 's'), 'both links name the same facilitator (issue 6)');
    assert.equal(facilitatorLinkParts(facilitatorLink).writeKey, capabilityOf(scribeLink, 's'), 'the facilitator link holds the write key');
  });

  await step('three scribes join in separate contexts and see their connection status', async () => {
    await scribes.riverside.goto(scribeLink);
    await scribes.riverside.getByRole('button', { name: /^Join/ }).waitFor({ timeout: PATIENCE_MS });
    await screenshotBothSizes(scribes.riverside, 'join');
    await joinAsGroup(scribes.riverside, scribeLink, 'Riverside', 'Paris');
    await joinAsGroup(scribes.lighthouse, scribeLink, 'Lighthouse', 'Dakar');
    await joinAsGroup(scribes.orchard, scribeLink, 'Orchard', 'Detroit');
    for (const page of Object.values(scribes)) await anyConnectionStatus(page).waitFor({ timeout: PATIENCE_MS });
  });

  await step('the projector opens the view link', async () => {
    await projector.goto(viewLink);
    await proposalsList(projector).waitFor({ timeout: PATIENCE_MS });
    await projected('an empty session');
  });

  const adds: Array<[Group, string]> = [
    ['riverside', TEXT.library], ['lighthouse', TEXT.trees], ['orchard', TEXT.budget],
    ['riverside', TEXT.buses], ['lighthouse', TEXT.assembly], ['orchard', TEXT.sidewalks],
    ['riverside', TEXT.translate], ['lighthouse', TEXT.fund], ['orchard', TEXT.lights],
    ['riverside', TEXT.tools],
  ];
  for (const [group, text] of adds) {
    await step(`${group} adds "${text}"`, async () => {
      await addProposal(scribes[group], text);
      model.add(group, text);
      await projected(`after adding "${text}"`);
    });
  }

  await step('with ten proposals the add form refuses an eleventh and says why before typing', async () => {
    const page = scribes.riverside;
    await eventually(
      'the "New proposal" field or the "Add proposal" button to be disabled',
      async () => (await newProposalField(page).isDisabled()) || (await addProposalButton(page).isDisabled()),
      (refused) => refused,
    );
    // A sentence, not a whole view that merely holds "10" and an "Edit" button somewhere.
    await eventually(
      'a visible explanation that ten proposals exist and a new idea must be an edit',
      () => page.getByText(/\bedit/i).filter({ hasText: /\b(10|ten)\b/i, visible: true }).allInnerTexts(),
      (texts) => texts.some((text) => text.length < 300),
    );
    if (await newProposalField(page).isEditable()) {
      await newProposalField(page).fill(TEXT.eleventh);
      assert.equal(await addProposalButton(page).isDisabled(), true, '"Add proposal" stays disabled with text typed');
      await newProposalField(page).press('Enter');
      await projected('after an eleventh add was tried');
      assert.equal(await proposalItem(page, TEXT.eleventh).count(), 0, 'no eleventh proposal in the scribe list');
    }
    await projected('with the add form refusing');
  });

  const endorseAs = async (group: Group, text: string) => {
    await endorse(scribes[group], text);
    model.endorse(group, text);
    await projected(`after ${group} endorsed "${text}"`);
  };
  const withdrawAs = async (group: Group, text: string) => {
    await withdrawEndorsement(scribes[group], text);
    model.withdraw(group, text);
    await projected(`after ${group} withdrew from "${text}"`);
  };
  const editAs = async (group: Group, oldText: string, newText: string) => {
    await editProposal(scribes[group], oldText, newText);
    model.edit(group, oldText, newText);
    await projected(`after ${group} edited "${oldText}"`);
  };
  const expectOffered = async (group: Group, text: string) => {
    const offered = model.endorses(group, text) ? 'withdraw' : 'endorse';
    await eventually(
      `${group} to be offered "${offered}" on "${text}"`,
      () => offeredEndorsementAction(scribes[group], text),
      (action) => action === offered,
    );
  };

  await step('endorsements from other groups raise a proposal to the top', async () => {
    await endorseAs('lighthouse', TEXT.budget);
    await endorseAs('riverside', TEXT.budget);
    await endorseAs('orchard', TEXT.assembly);
  });

  await step("an edit by another group starts the new revision with only the editor's endorsement", async () => {
    await editAs('riverside', TEXT.budget, TEXT.budgetMonthly);
    await expectOffered('lighthouse', TEXT.budgetMonthly);
    await expectOffered('riverside', TEXT.budgetMonthly);
  });

  await step('withdrawing lowers a count; an author may withdraw its own endorsement', async () => {
    await withdrawAs('orchard', TEXT.assembly);
    await withdrawAs('lighthouse', TEXT.fund);
  });

  await step('groups edit each other’s proposals and endorsements follow the current revision', async () => {
    await editAs('orchard', TEXT.translate, TEXT.signLanguage);
    await endorseAs('riverside', TEXT.signLanguage);
    await endorseAs('lighthouse', TEXT.signLanguage);
    await editAs('lighthouse', TEXT.signLanguage, TEXT.streamed);
    await expectOffered('riverside', TEXT.streamed);
    await expectOffered('orchard', TEXT.streamed);
    await endorseAs('riverside', TEXT.fund);
  });

  await step('the scribe view', async () => {
    await screenshotBothSizes(scribes.riverside, 'scribe');
  });

  await step('a reload keeps the scribe in its group (issue 4, item 2)', async () => {
    const page = scribes.lighthouse;
    await page.reload();
    await expectProjection(page, model.projected(), KNOWN_TEXTS, 'lighthouse after a reload');
    await newProposalField(page).waitFor({ timeout: PATIENCE_MS });
    assert.equal(await page.getByRole('button', { name: /^Join/ }).count(), 0, 'no join form after a reload');
    await expectOffered('lighthouse', TEXT.streamed);
  });

  await step('the projector shows the title and the fill level, all ten visible', async () => {
    await projector.getByText('Our city in ten proposals').first().waitFor({ timeout: PATIENCE_MS });
    await projector.getByText(/\b10\s*\/\s*10\b/).first().waitFor({ timeout: PATIENCE_MS });
    await eventually('all ten proposals inside the 1920×1080 screen', () => itemsOutsideViewport(projector), (outside) => outside.length === 0);
    await screenshotBothSizes(projector, 'projector');
  });

  await step('a viewer on the view link sees the document and has no way to write', async () => {
    await viewer.goto(viewLink);
    await expectProjection(viewer, model.projected(), KNOWN_TEXTS, 'the viewer');
    for (const page of [viewer, projector]) {
      const controls = {
        'field "New proposal"': newProposalField(page),
        'button "Add proposal"': addProposalButton(page),
        'button "Edit"': page.getByRole('button', { name: /^Edit/ }),
        'button "Endorse"': page.getByRole('button', { name: /^Endorse/ }),
        'button "Withdraw endorsement"': page.getByRole('button', { name: /^Withdraw endorsement/ }),
        'field "Edit proposal"': page.getByRole('textbox', { name: /^Edit proposal/ }),
        'button "Join"': page.getByRole('button', { name: /^Join/ }),
      };
      for (const [what, control] of Object.entries(controls)) {
        assert.equal(await control.count(), 0, `a read-only page offers no ${what}`);
      }
    }
  });

  await step('a raw y-websocket client without the key cannot change the document', async () => {
    const roomId = capabilityOf(viewLink, 'v');
    const intruder = new RawSyncClient(rig.relay.syncUrl, roomId);
    rawClients.push(intruder);
    await intruder.synced();
    const records = intruder.doc.getArray<Record<string, unknown>>('records');
    const addOf = (text: string) => records.toArray().find((r) => r.kind === 'add' && r.text === text);
    const target = addOf(TEXT.tools);
    const laterEndorsed = addOf(TEXT.trees);
    assert.ok(target && laterEndorsed, 'the read-only client received the document (it holds the adds)');
    // A well-formed revision in a real group's name: were it accepted, the projector would show it.
    records.push([{ v: 1, id: 'forgedRevision01', author: target.author, hlc: [Date.now(), 0], kind: 'revise', proposal: target.id, parent: target.id, text: TEXT.forged }]);
    intruder.doc.getMap('intruder').set('wrote', true);
    await intruder.roundTrip();
    await intruder.reconnect(); // a new connection offers the forged updates again, as sync step 2
    await intruder.roundTrip();

    // Ordered after the forged updates on every socket: when the projector shows it, it would show them too.
    await endorseAs('riverside', TEXT.trees);
    await eventually('the forged text to be absent on the projector', () => proposalItem(projector, TEXT.forged).count(), (n) => n === 0, 0);

    const newcomer = new RawSyncClient(rig.relay.syncUrl, roomId);
    rawClients.push(newcomer);
    await newcomer.synced();
    const seen = newcomer.doc.getArray<Record<string, unknown>>('records').toArray();
    assert.ok(seen.some((r) => r.kind === 'endorse' && r.revision === laterEndorsed.id), 'the newcomer holds the latest endorsement');
    assert.equal(seen.some((r) => r.text === TEXT.forged), false, 'the newcomer never sees the forged revision');
    assert.equal(newcomer.doc.getMap('intruder').size, 0, 'the newcomer never sees the intruder’s map');
    assert.equal(Y.decodeStateVector(Y.encodeStateVector(newcomer.doc)).has(intruder.doc.clientID), false, 'no update of the intruder reached the relay');
  });

  await step('the history of a twice-edited proposal lists every revision, oldest first', async () => {
    const page = scribes.riverside;
    await proposalItem(page, TEXT.streamed).getByRole('button', { name: /^History/ }).click();
    const revisions = [TEXT.translate, TEXT.signLanguage, TEXT.streamed];
    const tops: number[] = [];
    for (const text of revisions) {
      const shown = page.getByText(text, { exact: true }).filter({ visible: true }).first();
      await shown.waitFor({ timeout: PATIENCE_MS });
      tops.push((await shown.boundingBox())!.y);
    }
    assert.deepEqual([...tops].sort((a, b) => a - b), tops, `revisions oldest to newest (tops ${tops.join(', ')})`);
    await page.getByRole('button', { name: /^Restore this version/ }).first().waitFor({ timeout: PATIENCE_MS });
    await screenshotBothSizes(page, 'history');
  });

  assert.deepEqual(pageErrors.seen, [], 'no participant page threw an uncaught error');

  // Last, so that a wrong status cannot hide the outcome of the rule checks above.
  await step('once everything is on the relay, every scribe sees "Online"', async () => {
    await eventually(
      'each scribe\'s status to start with "Online"',
      () => Promise.all(Object.values(scribes).map((page) => anyConnectionStatus(page).innerText())),
      (texts) => texts.every((text) => /^\s*Online/.test(text)),
    );
  });
});
