import { randomBytes } from 'node:crypto';
import { ExpectedRanking } from './expected-ranking.ts';
import { roomIdFor } from './links.ts';
import { RawSyncClient } from './raw-sync-client.ts';
import { newRecordId, newRecordSigner, type RecordSigner } from './signed-records.ts';

/**
 * A whole session written straight into the relay by a plain y-websocket client holding the write
 * key, as records shaped by DESIGN.md §4 and signed as issue 6 says (built here, not with src/domain),
 * with the test's own model of the expected order beside them.
 */
export interface SeededSession {
  writeKey: string;
  roomId: string;
  /** The facilitator's actor id, which the session's links name after the key (issue 6). */
  anchor: string;
  /** `#/v/<roomId>.<anchor>`: the hash of the session's view link. */
  viewHash: string;
  title: string;
  venues: string[];
  model: ExpectedRanking;
  records: Array<Record<string, unknown>>;
}

export interface SessionScript {
  title: string;
  groups: Array<{ name: string; venue: string }>;
  /** Each proposal with its author (index into groups) and the other groups that endorse it. */
  proposals: Array<{ author: number; text: string; endorsers: number[] }>;
  /** Endorsements that came and went: the group endorses, later withdraws. */
  withdrawn?: Array<{ group: number; proposal: number }>;
  /** The language every proposal is written in, recorded on its add. */
  lang?: string;
  /** Translations of proposals' first revisions, each written by a group (index into groups). */
  translations?: Array<{ group: number; proposal: number; lang: string; text: string }>;
}

const randomId = (bytes: number): string => randomBytes(bytes).toString('base64url');

/** The script's records, each signed for `roomId` by its author's own key: the facilitator's, or a group's. */
export function scriptRecords(
  script: SessionScript,
  start: number,
  roomId: string,
): Omit<SeededSession, 'writeKey' | 'roomId' | 'viewHash'> {
  const model = new ExpectedRanking();
  const records: Array<Record<string, unknown>> = [];
  let wall = start;
  const record = (author: RecordSigner, fields: Record<string, unknown>): Record<string, unknown> => {
    wall += 20_000;
    const written = author.sign(roomId, { v: 1, id: newRecordId(), hlc: [wall, 0], ...fields });
    records.push(written);
    return written;
  };
  const facilitator = newRecordSigner();
  const groups = script.groups.map(() => newRecordSigner());
  record(facilitator, { kind: 'session', title: script.title });
  script.groups.forEach((g, i) => record(groups[i]!, { kind: 'join', name: g.name, venue: g.venue }));
  const addIds = script.proposals.map((p) => {
    model.add(script.groups[p.author]!.name, p.text);
    return record(groups[p.author]!, { kind: 'add', text: p.text, ...(script.lang ? { lang: script.lang } : {}) }).id as string;
  });
  for (const { group, proposal, lang, text } of script.translations ?? []) {
    record(groups[group]!, { kind: 'translate', revision: addIds[proposal], lang, text });
  }
  for (const { group, proposal } of script.withdrawn ?? []) {
    record(groups[group]!, { kind: 'endorse', revision: addIds[proposal] });
  }
  script.proposals.forEach((p, i) => {
    for (const g of p.endorsers) {
      record(groups[g]!, { kind: 'endorse', revision: addIds[i] });
      model.endorse(script.groups[g]!.name, p.text);
    }
  });
  for (const { group, proposal } of script.withdrawn ?? []) {
    record(groups[group]!, { kind: 'withdraw', revision: addIds[proposal] });
  }
  const venues = [...new Set(script.groups.map((g) => g.venue))];
  return { title: script.title, anchor: facilitator.actor, venues, model, records };
}

/** Writes the script's records into a new room on the relay and waits until the relay holds them. */
export async function seedSession(syncUrl: string, script: SessionScript, clients: RawSyncClient[]): Promise<SeededSession> {
  const writeKey = randomId(16);
  const roomId = roomIdFor(writeKey);
  const client = new RawSyncClient(syncUrl, roomId, { key: writeKey });
  clients.push(client);
  await client.synced();
  const seeded = scriptRecords(script, Date.now() - 60 * 60_000, roomId);
  const array = client.doc.getArray<Record<string, unknown>>('records');
  client.doc.transact(() => array.push(seeded.records));
  await client.roundTrip();
  return { writeKey, roomId, viewHash: `#/v/${roomId}.${seeded.anchor}`, ...seeded };
}
