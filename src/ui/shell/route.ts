import { ROOM_ID_PATTERN, SECRET_PATTERN } from '../../doc/link-patterns.ts';
import { ID_PATTERN } from '../../domain/records.ts';

/**
 * The facilitator a link names: the actor id of the facilitator's public key (22 base64url characters).
 * A link's key segment is `<key>.<anchor>`; links made before records were signed have no anchor (null).
 */
export type Anchor = string | null;

/** A room as a view link names it, with the facilitator who rules it. */
export interface RoomLink {
  roomId: string;
  anchor: Anchor;
}

/** The hash routes of DESIGN.md §3; `proposal` opens the history of one proposal. */
export type Route =
  | { page: 'start' }
  /** `translate`: the list of what needs translation, for volunteers. */
  | { page: 'scribe'; writeKey: string; anchor: Anchor; proposal: string | null; translate?: true }
  | { page: 'view'; roomId: string; anchor: Anchor; proposal: string | null }
  /** Groups and venues (when each was last in sync) and the ignored records, reached from either link. */
  | { page: 'sync'; link: 'scribe' | 'view'; key: string; anchor: Anchor }
  /** Export and print, and the replay, of a room from its view link; several rooms side by side. */
  | { page: 'publish'; roomId: string; anchor: Anchor }
  | { page: 'replay'; roomId: string; anchor: Anchor }
  /** `roomIds` repeats `rooms` without the anchors, for screens that only need the rooms. */
  | { page: 'compare'; rooms: RoomLink[]; roomIds: string[] }
  /** Checks a JSON export; `#/v/<roomId>.<anchor>/verify` fills in that session's view link. */
  | { page: 'verify'; roomId: string | null; anchor: Anchor }
  /** The facilitator panel; the secret is the facilitator's key pair, the anchor derives from it. */
  | { page: 'facilitate'; writeKey: string; secret: string }
  /** On a venue relay: a session's links on its address on the room's network, with QR codes. */
  | { page: 'venue' }
  | { page: 'not-found' };

/** Write keys, room ids and actor ids share one shape: 22 base64url characters. */
const KEY_PATTERN = ROOM_ID_PATTERN;
const ANCHOR_PATTERN = ROOM_ID_PATTERN;

/** `<key>` or `<key>.<anchor>`; null when either part is malformed. Base64url has no dot, so the split is exact. */
function keyAndAnchor(segment: string | undefined): { key: string; anchor: Anchor } | null {
  if (!segment) return null;
  const [key = '', anchor, ...rest] = segment.split('.');
  if (rest.length || !KEY_PATTERN.test(key)) return null;
  if (anchor === undefined) return { key, anchor: null };
  return ANCHOR_PATTERN.test(anchor) ? { key, anchor } : null;
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'start' };
  const [kind, segment, sub, proposal] = parts;
  if (kind === 'compare') return parseCompareRoute(parts);
  if (kind === 'f') return parseFacilitateRoute(parts);
  if (kind === 'venue') return parts.length === 1 ? { page: 'venue' } : { page: 'not-found' };
  if (kind === 'verify') return parts.length === 1 ? { page: 'verify', roomId: null, anchor: null } : { page: 'not-found' };
  const link = keyAndAnchor(segment);
  if ((kind !== 's' && kind !== 'v') || !link) return { page: 'not-found' };
  const { key, anchor } = link;
  if (kind === 'v' && parts.length === 3 && (sub === 'publish' || sub === 'replay' || sub === 'verify')) return { page: sub, roomId: key, anchor };
  if (parts.length === 3 && sub === 'sync') return { page: 'sync', link: kind === 's' ? 'scribe' : 'view', key, anchor };
  if (kind === 's' && parts.length === 3 && sub === 'translate') {
    return { page: 'scribe', writeKey: key, anchor, proposal: null, translate: true };
  }
  if (parts.length === 3 || parts.length > 4) return { page: 'not-found' };
  if (parts.length === 4 && (sub !== 'p' || !proposal || !ID_PATTERN.test(proposal))) return { page: 'not-found' };
  const opened = proposal ?? null;
  return kind === 's'
    ? { page: 'scribe', writeKey: key, anchor, proposal: opened }
    : { page: 'view', roomId: key, anchor, proposal: opened };
}

/** `#/f/<writeKey>/<secret>`: the write key, and the facilitator's key pair (SECRET_PATTERN). */
function parseFacilitateRoute(parts: readonly string[]): Route {
  const [, writeKey, secret] = parts;
  if (parts.length !== 3 || !writeKey || !secret || !KEY_PATTERN.test(writeKey) || !SECRET_PATTERN.test(secret)) {
    return { page: 'not-found' };
  }
  return { page: 'facilitate', writeKey, secret };
}

/**
 * `#/compare` alone shows the form; `#/compare/<roomId>.<anchor>,<roomId>,…` the rooms, each once, in the
 * order given (a room named twice keeps the first anchor it was given).
 */
function parseCompareRoute(parts: readonly string[]): Route {
  if (parts.length > 2) return { page: 'not-found' };
  const rooms: RoomLink[] = [];
  for (const piece of (parts[1] ?? '').split(',').filter(Boolean)) {
    const link = keyAndAnchor(piece);
    if (!link) return { page: 'not-found' };
    const seen = rooms.find((room) => room.roomId === link.key);
    if (!seen) rooms.push({ roomId: link.key, anchor: link.anchor });
    else seen.anchor ??= link.anchor;
  }
  return { page: 'compare', rooms, roomIds: rooms.map((room) => room.roomId) };
}

const keySegment = (key: string, anchor: Anchor): string => (anchor ? `${key}.${anchor}` : key);

export const scribeHash = (writeKey: string, anchor: Anchor, proposal: string | null = null): string =>
  `#/s/${keySegment(writeKey, anchor)}${proposal ? `/p/${proposal}` : ''}`;

export const translateHash = (writeKey: string, anchor: Anchor): string => `#/s/${keySegment(writeKey, anchor)}/translate`;

export const viewHash = (roomId: string, anchor: Anchor, proposal: string | null = null): string =>
  `#/v/${keySegment(roomId, anchor)}${proposal ? `/p/${proposal}` : ''}`;

export const publishHash = (roomId: string, anchor: Anchor): string => `#/v/${keySegment(roomId, anchor)}/publish`;
export const replayHash = (roomId: string, anchor: Anchor): string => `#/v/${keySegment(roomId, anchor)}/replay`;

export const syncHash = (link: 'scribe' | 'view', key: string, anchor: Anchor): string =>
  `#/${link === 'scribe' ? 's' : 'v'}/${keySegment(key, anchor)}/sync`;

export const compareHash = (rooms: readonly RoomLink[]): string =>
  `#/compare${rooms.length ? `/${rooms.map((r) => keySegment(r.roomId, r.anchor)).join(',')}` : ''}`;

/** The facilitator link: whoever holds it can lock the session, hide text and remove groups. */
export const facilitateHash = (writeKey: string, secret: string): string => `#/f/${writeKey}/${secret}`;

/** A full link to a route of this app; the query (?lang=) stays out so each reader gets their own language. */
export function absoluteLink(hash: string, where: Pick<Location, 'origin' | 'pathname'> = location): string {
  return `${where.origin}${where.pathname}${hash}`;
}

/** DESIGN.md §3: the relay listens on the app's own origin. */
export function syncUrlFor(where: Pick<Location, 'protocol' | 'host'> = location): string {
  return `${where.protocol === 'https:' ? 'wss' : 'ws'}://${where.host}/sync`;
}
