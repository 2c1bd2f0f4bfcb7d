// The clients of a live workshop, made of the app's own code (src/doc over y-websocket, as in test/integration):
// the facilitator's session record, scribes that joined as their own groups, and read-only projectors and viewers.
import { randomBytes } from 'node:crypto';
import { Presence } from '../src/doc/presence.ts';
import { newFacilitator } from '../src/doc/signers.ts';
import { announceWaitingChanges } from '../src/ui/scribe/announce-waiting.ts';
import { roomIdForWriteKey } from '../relay/capability.ts';
import { eventually } from '../test/relay/helpers.ts';
import { SimulatedScribe } from '../test/integration/simulated-scribe.ts';

export interface RoomClient {
  client: SimulatedScribe;
  close(): void;
}

const SETUP_TIMEOUT_MS = 60_000;

/** A scribe link's write key and the room it opens (DESIGN.md §3). */
export function newRoomKeys(): { writeKey: string; roomId: string } {
  const writeKey = randomBytes(16).toString('base64url');
  return { writeKey, roomId: roomIdForWriteKey(writeKey) };
}

/** Opens `parallel` at a time: key generation and sync of a hundred clients at once only queue up. */
export async function openAll<T>(count: number, parallel: number, open: (index: number) => Promise<T>): Promise<T[]> {
  const opened: T[] = new Array(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      opened[index] = await open(index);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return opened;
}

/** The start page's "Create session": a facilitator key, the signed session record, held by the relay, then the tab closes. */
export async function createSession(syncUrl: string, roomId: string, writeKey: string): Promise<string> {
  const facilitator = await newFacilitator();
  const anchor = facilitator.signer.actor;
  const tab = await SimulatedScribe.open('Facilitator', syncUrl, roomId, writeKey, anchor);
  try {
    tab.writer.adopt(facilitator.signer);
    const created = await tab.writer.createSession(anchor, 'Collaborative Democracy Workshop');
    if (!created.ok) throw new Error(`session not created: ${created.problem}`);
    await eventually(() => {
      if (tab.connection.status.state !== 'online' || tab.connection.status.pending) throw new Error('session record not on the relay');
    }, SETUP_TIMEOUT_MS);
  } finally {
    tab.destroy();
  }
  return anchor;
}

/** A scribe page: joins as its own group once it has the session, then tells the others it is online and what waits. */
export async function openScribe(syncUrl: string, roomId: string, writeKey: string, anchor: string, index: number): Promise<RoomClient> {
  const client = await SimulatedScribe.open(`Table ${index + 1}`, syncUrl, roomId, writeKey, anchor);
  const presence = new Presence(client.doc, client.connection.provider.awareness);
  const waiting = announceWaitingChanges(presence, client.connection);
  await eventually(() => {
    if (client.store.view.facilitator !== anchor) throw new Error(`${client.name} has no session yet`);
  }, SETUP_TIMEOUT_MS);
  await client.join(`Venue ${(index % 5) + 1}`);
  presence.announce(client.group);
  waiting.announceNow();
  return {
    client,
    close() {
      waiting.stop();
      presence.destroy();
      client.destroy();
    },
  };
}

/**
 * A projector or a viewer: the view link (room id and anchor, no write key), deriving the view, with presence on
 * its connection as the view page has it (awareness is applied either way; nothing here renders).
 */
export async function openWatcher(syncUrl: string, roomId: string, anchor: string, name: string, groups: number): Promise<RoomClient> {
  const client = await SimulatedScribe.open(name, syncUrl, roomId, null, anchor);
  const presence = new Presence(client.doc, client.connection.provider.awareness);
  await eventually(() => {
    if (client.store.view.groups.length < groups) throw new Error(`${name} sees ${client.store.view.groups.length} of ${groups} groups`);
  }, SETUP_TIMEOUT_MS);
  return {
    client,
    close() {
      presence.destroy();
      client.destroy();
    },
  };
}
