import type { ActorId } from '../domain/records.ts';
import { ROOM_ID_PATTERN } from './capabilities.ts';

/** What a view link names: the room, and the facilitator whose session rules it (null in links made before signatures). */
export interface ViewLink {
  room: string;
  facilitator: ActorId | null;
}

/**
 * Reads a view link (`https://…/#/v/<room>.<facilitator>`, or any page under it: a proposal, publish, replay,
 * sync), or its hash alone. Null for anything else: a scribe link is a secret, and names the room only through
 * a hash, so a verifier is never given one. Kept here, not taken from the UI's router, so the doc layer
 * stays below the UI; test/doc checks both read view links alike.
 */
export function parseViewLink(text: string): ViewLink | null {
  const hash = text.trim().replace(/^[^#]*#/, '#');
  const [page, segment] = hash.replace(/^#\/?/, '').split('/');
  if (!hash.startsWith('#') || page !== 'v' || segment === undefined) return null;
  const dot = segment.indexOf('.');
  const room = dot < 0 ? segment : segment.slice(0, dot);
  const facilitator = dot < 0 ? null : segment.slice(dot + 1);
  if (!ROOM_ID_PATTERN.test(room) || (facilitator !== null && !ROOM_ID_PATTERN.test(facilitator))) return null;
  return { room, facilitator };
}
