import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as hostile from '../support/hostile-updates.ts';
import { newParticipant, PROJECTOR, PHONE } from './browser.ts';
import { expectProjection } from './projection.ts';
import { RawSyncClient } from './raw-sync-client.ts';
import { scenarioRig, stepRunner } from './scenario.ts';
import { joinAsGroup } from './scribe-page.ts';
import { seedSession, type SessionScript } from './seeded-session.ts';

// Everyone in the room holds the scribe link: after every attack a scribe link allows, a projector and a
// scribe tab opened afterwards still show every honest proposal with its count, and so does the room after
// the relay restarts.
const SCRIPT: SessionScript = {
  title: 'A room under attack',
  groups: [
    { name: 'Riverside', venue: 'Paris' },
    { name: 'Lighthouse', venue: 'Dakar' },
    { name: 'Orchard', venue: 'Detroit' },
  ],
  proposals: [
    { author: 0, text: 'Free buses on Sundays', endorsers: [1, 2] },
    { author: 1, text: 'Shade trees on every school route', endorsers: [2] },
    { author: 2, text: 'A public library open late', endorsers: [] },
  ],
};
const TEXTS = SCRIPT.proposals.map((p) => p.text);

const rig = scenarioRig();
const { rawClients, pageErrors } = rig;

/** A y-websocket presence (awareness) message naming `states`, each a client id with its JSON state. */
const presence = (states: Array<[number, string]>): Uint8Array => {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, states.length);
  for (const [client, state] of states) {
    encoding.writeVarUint(update, client);
    encoding.writeVarUint(update, 1);
    encoding.writeVarString(update, state);
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 1); // awareness
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
};

const syncUpdate = (update: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // sync
  encoding.writeVarUint(encoder, 2); // update
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
};

/** Sends the messages on one writable connection, as a small script would; resolves with the close code the relay chose. */
function attack(url: string, messages: Uint8Array[]): Promise<number> {
  const socket = new WebSocket(url);
  socket.binaryType = 'arraybuffer';
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => {
      for (const message of messages) socket.send(message);
    });
    socket.on('close', (code) => resolve(code));
  });
}

test('a room that no scribe link can break: every honest proposal on a projector and a scribe opened after the attacks', { timeout: 240_000 }, async (t) => {
  const step = stepRunner(t, rig);
  const seeded = await seedSession(rig.relay.syncUrl, SCRIPT, rawClients);
  const writerUrl = `${rig.relay.syncUrl}/${seeded.roomId}?key=${seeded.writeKey}`;
  const viewLink = `${rig.relay.url}/${seeded.viewHash}`;
  const scribeLink = `${rig.relay.url}/#/s/${seeded.writeKey}.${seeded.anchor}`;

  const openedAfterwards = async (label: string): Promise<void> => {
    const projector = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, PROJECTOR), `projector ${label}`);
    await projector.goto(viewLink);
    await expectProjection(projector, seeded.model.projected(), TEXTS, `a projector opened ${label}`);
    const scribe = pageErrors.watch(await newParticipant(rig.browser, rig.relay.url, PHONE), `scribe ${label}`);
    await joinAsGroup(scribe, scribeLink, `Newcomer ${label}`, 'Lyon');
    await expectProjection(scribe, seeded.model.projected(), TEXTS, `a scribe opened ${label}`);
    await projector.context().close();
    await scribe.context().close();
  };

  await step('updates outside the document shape close only the attacker, with 4422; oversized presence with 4431', async () => {
    const chain = hostile.nestedArrayChain(300);
    const overwrite = hostile.mapOverwrite();
    const attacks: Array<[string, Uint8Array[]]> = [
      ['sub-documents', [syncUpdate(hostile.subDocuments(5_000))]],
      ['a value nested 6,500 levels', [syncUpdate(hostile.deeplyNestedValue(6_500, 424_242))]],
      ['a chain of nested arrays, then an insert at every level', [syncUpdate(chain.chain), syncUpdate(chain.insertAtEveryLevel)]],
      ['a map entry overwritten without its delete set', [syncUpdate(overwrite.entry), syncUpdate(overwrite.overwriteWithoutDeletes)]],
    ];
    for (const [name, messages] of attacks) assert.equal(await attack(writerUrl, messages), 4422, name);
    // Presence of 200 KB a state, again and again: dropped unread, and the sender closed with 4431.
    const bloated = JSON.stringify({ group: 'x'.repeat(200 * 1024) });
    const flood = Array.from({ length: 4 }, (_, i) => presence([[900_000 + i, bloated]]));
    assert.equal(await attack(writerUrl, flood), 4431, 'oversized presence');
    const health = await fetch(`${rig.relay.url}/healthz`);
    assert.equal(health.status, 200);
  });

  await step('records no client can choke on: toString, valueOf, prototype keys, far-future dates, 500,000 junk values', async () => {
    const writer = new RawSyncClient(rig.relay.syncUrl, seeded.roomId, { key: seeded.writeKey });
    rawClients.push(writer);
    await writer.synced();
    const records = writer.doc.getArray<unknown>('records');
    writer.doc.transact(() =>
      records.push([
        { v: { toString: 0 }, id: 'tostring-01', author: 'nobody-00', hlc: [1, 0], kind: 'add', text: 'x' },
        { v: 1, id: { valueOf: 0, toString: 0 }, author: 'nobody-00', hlc: [1, 0], kind: 'add', text: 'x' },
        { v: 1, id: 'constructor', author: 'constructor', hlc: [2, 0], kind: { toString: 1 }, hasOwnProperty: 1, valueOf: 'x' },
        { v: 1, id: 'far-future-1', author: 'nobody-00', hlc: [Number.MAX_SAFE_INTEGER, 0], kind: 'add', text: 'From the year 275760' },
        [[[['nested', { text: 'deep, within the relay\'s bound' }]]]],
      ]),
    );
    for (let batch = 0; batch < 5; batch++) {
      writer.doc.transact(() => records.push(Array.from({ length: 100_000 }, (_, i) => batch * 100_000 + i)));
      await writer.roundTrip();
    }
  });

  await step('a projector and a scribe opened now show every honest proposal, and only those', async () => {
    await openedAfterwards('after the attacks');
  });

  await step('after the relay restarts, the room loads and shows the same', async () => {
    for (const client of rawClients.splice(0)) client.destroy();
    await rig.relay.stop();
    await rig.relay.start();
    const health = await fetch(`${rig.relay.url}/healthz`);
    assert.equal(health.status, 200);
    await openedAfterwards('after a restart');
  });
});
