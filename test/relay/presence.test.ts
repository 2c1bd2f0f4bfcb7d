import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import {
  connectClient,
  eventually,
  fetchText,
  metric,
  newRoom,
  openRawSocket,
  startTestRelay,
  whenSynced,
  withTimeout,
  type RawSocket,
  type TestClient,
  type TestRelay,
} from './helpers.ts';

// Attack 6, scaled down: presence (awareness) states far larger and more numerous than the app's.

type Entry = [clientId: number, clock: number, state: object | null];

/** A y-websocket awareness message, made by hand as a hostile client would. */
function presenceMessage(entries: Entry[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const [clientId, clock, state] of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 1);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

/** The client ids an awareness message from the relay names, with their states; null for other messages. */
function readPresence(message: Uint8Array): Map<number, unknown> | null {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== 1) return null;
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const states = new Map<number, unknown>();
  for (let count = decoding.readVarUint(update); count > 0; count--) {
    const clientId = decoding.readVarUint(update);
    decoding.readVarUint(update);
    states.set(clientId, JSON.parse(decoding.readVarString(update)));
  }
  return states;
}

const presenceMessages = (socket: RawSocket): Uint8Array[] => socket.received.filter((message) => readPresence(message) !== null);

/** A state whose JSON is exactly `bytes` long. */
const stateOfSize = (bytes: number): object => ({ pad: 'x'.repeat(bytes - '{"pad":""}'.length) });

/** What the app publishes (src/doc/presence.ts). */
const appState = (group: string) => ({ group, editing: null, pending: 0 });

let nextClientId = 1_000_000;
const freshIds = (count: number): number[] => Array.from({ length: count }, () => nextClientId++);

const clients: TestClient[] = [];
const sockets: RawSocket[] = [];
const connect = (...args: Parameters<typeof connectClient>): TestClient => {
  const client = connectClient(...args);
  clients.push(client);
  return client;
};
const openSocket = async (url: string): Promise<RawSocket> => {
  const socket = await openRawSocket(url);
  sockets.push(socket);
  return socket;
};
after(() => {
  for (const client of clients) client.destroy();
  for (const socket of sockets) socket.socket.terminate();
});

describe('presence within a budget', () => {
  let server: TestRelay;
  before(async () => {
    server = await startTestRelay();
  });
  after(() => server.dispose());

  /** A room with an honest scribe (the app's provider and state) and a viewer that sees it. */
  async function roomWithScribe(): Promise<{ roomId: string; writeKey: string; scribe: TestClient; viewer: TestClient }> {
    const { writeKey, roomId } = newRoom();
    const scribe = connect(server.syncUrl, roomId, { writeKey });
    const viewer = connect(server.syncUrl, roomId);
    await Promise.all([whenSynced(scribe), whenSynced(viewer)]);
    // Like the app's projector: it publishes no presence.
    viewer.provider.awareness.setLocalState(null);
    scribe.provider.awareness.setLocalState(appState('group-one-abc'));
    await eventually(() => assert.deepEqual(viewer.provider.awareness.getStates().get(scribe.doc.clientID), appState('group-one-abc')));
    return { roomId, writeKey, scribe, viewer };
  }

  /** The first presence message a new view connection receives: its greeting. */
  async function greetingOf(roomId: string): Promise<{ bytes: number; states: Map<number, unknown> }> {
    const newcomer = await openSocket(`${server.syncUrl}/${roomId}`);
    await eventually(() => assert.ok(presenceMessages(newcomer).length > 0, 'greeted with presence'));
    const greeting = presenceMessages(newcomer)[0]!;
    newcomer.socket.close();
    return { bytes: greeting.length, states: readPresence(greeting)! };
  }

  it('drops oversized states, keeps greetings small, closes the repeat offender with 4431, and honest presence still flows', async () => {
    const { roomId, scribe, viewer } = await roomWithScribe();
    const attacker = await openSocket(`${server.syncUrl}/${roomId}`);
    const oversized = freshIds(4);
    const flood = presenceMessage(oversized.map((id) => [id, 1, stateOfSize(200 * 1024)]));
    attacker.socket.send(flood);
    await eventually(async () => assert.ok((await metric(server.relay.url, 'relay_presence_dropped_total{reason="state_too_large"}')) >= 4, 'oversized states counted'));

    // Several view connections join: none is greeted with the attacker's states.
    for (let viewers = 0; viewers < 4; viewers++) {
      const greeting = await greetingOf(roomId);
      assert.ok(greeting.bytes < 1024, `greeting of ${greeting.bytes} bytes`);
      assert.deepEqual([...greeting.states.keys()], [scribe.doc.clientID]);
    }
    for (const id of oversized) assert.equal(viewer.provider.awareness.getStates().has(id), false, 'an oversized state reached a client');

    attacker.socket.send(flood);
    attacker.socket.send(flood);
    const { code } = await withTimeout(attacker.closed, 5000, 'the repeat offender was not closed');
    assert.equal(code, 4431);
    assert.ok((await metric(server.relay.url, 'relay_connections_closed_total{reason="presence_over_budget"}')) >= 1, 'close counted');

    scribe.provider.awareness.setLocalState({ ...appState('group-one-abc'), editing: 'proposal-xyz-12' });
    await eventually(() => assert.equal((viewer.provider.awareness.getStates().get(scribe.doc.clientID) as { editing: string }).editing, 'proposal-xyz-12'));
    assert.equal((await fetchText(`${server.relay.url}/healthz`)).status, 200);
  });

  it('holds at most a few client ids per view connection, more for a writer', async () => {
    const { roomId, writeKey, viewer } = await roomWithScribe();
    const reader = await openSocket(`${server.syncUrl}/${roomId}`);
    const tabs = freshIds(6);
    reader.socket.send(presenceMessage(tabs.map((id) => [id, 1, appState('group-two-abc')])));
    await eventually(() => assert.ok(tabs.slice(0, 4).every((id) => viewer.provider.awareness.getStates().has(id)), 'four client ids taken'));
    assert.ok(!tabs.slice(4).some((id) => viewer.provider.awareness.getStates().has(id)), 'a fifth client id was taken');
    assert.ok((await metric(server.relay.url, 'relay_presence_dropped_total{reason="too_many_clients"}')) >= 2, 'drops counted');

    // A venue relay's link carries every scribe of its venue: a writer may hold more.
    const writer = await openSocket(`${server.syncUrl}/${roomId}?key=${writeKey}`);
    const venueTabs = freshIds(12);
    writer.socket.send(presenceMessage(venueTabs.map((id) => [id, 1, appState('group-three-abc')])));
    await eventually(() => assert.ok(venueTabs.every((id) => viewer.provider.awareness.getStates().has(id)), 'a writer holds twelve'));
    // Past its own cap a writer's new ids are dropped, yet it is not closed: a large venue's link is no attacker.
    for (let round = 0; round < 3; round++) writer.socket.send(presenceMessage(freshIds(60).map((id) => [id, 1, appState('group-three-abc')])));

    // Replacing its own states is fine; a new id each time is an offence, and the third one closes it.
    reader.socket.send(presenceMessage(tabs.slice(0, 4).map((id) => [id, 2, appState('group-four-abc')])));
    reader.socket.send(presenceMessage([[freshIds(1)[0]!, 1, appState('group-two-abc')]]));
    reader.socket.send(presenceMessage([[freshIds(1)[0]!, 1, appState('group-two-abc')]]));
    const { code } = await withTimeout(reader.closed, 5000, 'the connection was not closed');
    assert.equal(code, 4431);
    await eventually(() => assert.ok(!tabs.some((id) => viewer.provider.awareness.getStates().has(id)), 'its states left with it'));
    assert.equal(writer.socket.readyState, writer.socket.OPEN, 'the writer over its cap is still connected');
    const writerTabs = () => [...viewer.provider.awareness.getStates().values()].filter((state) => (state as { group?: string } | null)?.group === 'group-three-abc');
    await eventually(() => assert.equal(writerTabs().length, 64));
  });

  it('greets a newcomer to a room full of presence with at most maxPresenceBytesPerRoom, and fills no further', async () => {
    const { roomId, scribe, viewer } = await roomWithScribe();
    // 24 connections × 4 states of ~1 KiB: 96 KiB offered, more than the room's 64 KiB.
    const fillers: RawSocket[] = [];
    for (let i = 0; i < 24; i++) {
      const filler = await openSocket(`${server.syncUrl}/${roomId}`);
      filler.socket.send(presenceMessage(freshIds(4).map((id) => [id, 1, stateOfSize(1000)])));
      fillers.push(filler);
    }
    await eventually(async () => assert.ok((await metric(server.relay.url, 'relay_presence_dropped_total{reason="room_full"}')) >= 1, 'room full counted'));
    await eventually(() => assert.ok(viewer.provider.awareness.getStates().size > 60, `${viewer.provider.awareness.getStates().size} states`));
    const greeting = await greetingOf(roomId);
    assert.ok(greeting.bytes <= 64 * 1024 + 16, `greeting of ${greeting.bytes} bytes`);
    assert.ok(greeting.bytes > 60 * 1024, `greeting of ${greeting.bytes} bytes: the room was filled`);
    assert.ok(greeting.states.has(scribe.doc.clientID), 'the scribe who was there first is still shown');
    // A full room is not the sender's fault: nobody is closed for it.
    assert.ok(fillers.every((filler) => filler.socket.readyState === filler.socket.OPEN), 'no filler was closed');
    assert.equal((await fetchText(`${server.relay.url}/healthz`)).status, 200);
  });

  it("lets nobody overwrite or erase another connection's presence", async () => {
    const { roomId, scribe, viewer } = await roomWithScribe();
    const attacker = await openSocket(`${server.syncUrl}/${roomId}`);
    const victim = scribe.doc.clientID;
    attacker.socket.send(presenceMessage([[victim, 1_000_000, appState('impostor-abc')]]));
    attacker.socket.send(presenceMessage([[victim, 2_000_000, null]]));
    // The attacker's own state comes back to it after the two messages above were handled.
    const own = freshIds(1)[0]!;
    attacker.socket.send(presenceMessage([[own, 1, appState('group-five-abc')]]));
    // The viewer is sent the relay's messages in order: had the first two been applied, it would hold them now.
    await eventually(() => assert.ok(viewer.provider.awareness.getStates().has(own), "the attacker's own state was relayed"));
    assert.deepEqual(viewer.provider.awareness.getStates().get(victim), appState('group-one-abc'));
    assert.ok((await metric(server.relay.url, 'relay_presence_dropped_total{reason="not_owner"}')) >= 2, 'drops counted');
    // Its own renewals still count.
    scribe.provider.awareness.setLocalState(appState('group-one-renamed'));
    await eventually(() => assert.deepEqual(viewer.provider.awareness.getStates().get(victim), appState('group-one-renamed')));
  });

  it('remembers a bounded number of departed client ids, and none it never held', async () => {
    const { roomId, writeKey } = newRoom();
    const churner = await openSocket(`${server.syncUrl}/${roomId}?key=${writeKey}`);
    // "Nobody" for an id the room never held, at a high clock: y-protocols alone would remember that clock.
    const neverThere = freshIds(1)[0]!;
    churner.socket.send(presenceMessage([[neverThere, 50, null]]));
    // 1,088 client ids come and go, 64 at a time: more than the 1,024 departed ids remembered.
    const departed: number[] = [];
    let present: number[] = [];
    for (let round = 0; round <= 17; round++) {
      const arriving = round < 17 ? freshIds(64) : [];
      churner.socket.send(presenceMessage([...present.map((id): Entry => [id, 2, null]), ...arriving.map((id): Entry => [id, 1, appState('group-nine-abc')])]));
      departed.push(...present);
      present = arriving;
    }
    const [firstGone, lastGone] = [departed[0]!, departed.at(-1)!];

    // Each named again at its old clock: the first was forgotten and speaks; the last is still known, so this is a stale echo.
    const again = await openSocket(`${server.syncUrl}/${roomId}?key=${writeKey}`);
    const marker = freshIds(1)[0]!;
    again.socket.send(presenceMessage([[firstGone, 1, appState('group-six-abc')], [lastGone, 1, appState('group-six-abc')], [neverThere, 1, appState('group-seven-abc')]]));
    again.socket.send(presenceMessage([[marker, 1, appState('group-eight-abc')]]));
    await eventually(() => assert.ok(presenceMessages(again).some((message) => readPresence(message)!.has(marker)), 'echo'));
    const { states } = await greetingOf(roomId);
    assert.ok(states.has(firstGone), 'a departed id no longer remembered speaks again');
    assert.ok(!states.has(lastGone), 'a stale echo of a state just removed was taken');
    assert.ok(states.has(neverThere), 'an id once named "nobody" speaks at a lower clock');
  });

  it('answers a presence query only when there is something new to tell', async () => {
    // Nobody else in the room: no renewal can arrive meanwhile.
    const { roomId } = newRoom();
    const asker = await openSocket(`${server.syncUrl}/${roomId}`);
    // It was greeted with the room's presence (empty, so not sent): the same again is not news.
    for (let i = 0; i < 20; i++) asker.socket.send(Uint8Array.of(3));
    const own = freshIds(1)[0]!;
    asker.socket.send(presenceMessage([[own, 1, appState('group-eight-abc')]]));
    await eventually(() => assert.ok(presenceMessages(asker).some((message) => readPresence(message)!.has(own)), 'echo'));
    assert.equal(presenceMessages(asker).length, 1, 'the echo, and no answer to the repeated queries');
    asker.socket.send(Uint8Array.of(3));
    await eventually(() => assert.equal(presenceMessages(asker).length, 2, 'something changed since: answered'));
    assert.deepEqual([...readPresence(presenceMessages(asker)[1]!)!.keys()], [own]);
  });
});
