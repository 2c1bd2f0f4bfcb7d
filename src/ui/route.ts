import { ROOM_ID_PATTERN } from '../doc/capabilities.ts';
import { ID_PATTERN } from '../domain/records.ts';

/** The hash routes of DESIGN.md §3; `proposal` opens the history of one proposal. */
export type Route =
  | { page: 'start' }
  /** `translate`: issue 8's list of what needs translation, for volunteers. */
  | { page: 'scribe'; writeKey: string; proposal: string | null; translate?: true }
  | { page: 'view'; roomId: string; proposal: string | null }
  /** Groups and venues (when each was last in sync) and the ignored records, reached from either link. */
  | { page: 'sync'; link: 'scribe' | 'view'; key: string }
  /** Issue 7: export and print, and the replay, of a room from its view link; several rooms side by side. */
  | { page: 'publish'; roomId: string }
  | { page: 'replay'; roomId: string }
  | { page: 'compare'; roomIds: string[] }
  | { page: 'not-found' };

/** Write keys and room ids share one shape: 22 base64url characters. */
const KEY_PATTERN = ROOM_ID_PATTERN;

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'start' };
  const [kind, key, sub, proposal] = parts;
  if (kind === 'compare') return parseCompareRoute(parts);
  if ((kind !== 's' && kind !== 'v') || !key || !KEY_PATTERN.test(key)) return { page: 'not-found' };
  if (kind === 'v' && parts.length === 3 && (sub === 'publish' || sub === 'replay')) return { page: sub, roomId: key };
  if (parts.length === 3 && sub === 'sync') return { page: 'sync', link: kind === 's' ? 'scribe' : 'view', key };
  if (kind === 's' && parts.length === 3 && sub === 'translate') return { page: 'scribe', writeKey: key, proposal: null, translate: true };
  if (parts.length === 3 || parts.length > 4) return { page: 'not-found' };
  if (parts.length === 4 && (sub !== 'p' || !proposal || !ID_PATTERN.test(proposal))) return { page: 'not-found' };
  const opened = proposal ?? null;
  return kind === 's' ? { page: 'scribe', writeKey: key, proposal: opened } : { page: 'view', roomId: key, proposal: opened };
}

/** `#/compare` alone shows the form; `#/compare/<roomId>,<roomId>,…` the rooms, each once, in the order given. */
function parseCompareRoute(parts: readonly string[]): Route {
  if (parts.length > 2) return { page: 'not-found' };
  const roomIds = [...new Set((parts[1] ?? '').split(',').filter(Boolean))];
  return roomIds.every((id) => KEY_PATTERN.test(id)) ? { page: 'compare', roomIds } : { page: 'not-found' };
}

export const publishHash = (roomId: string): string => `#/v/${roomId}/publish`;
export const replayHash = (roomId: string): string => `#/v/${roomId}/replay`;
export const compareHash = (roomIds: readonly string[]): string => `#/compare${roomIds.length ? `/${roomIds.join(',')}` : ''}`;

export const scribeHash = (writeKey: string, proposal: string | null = null): string =>
  `#/s/${writeKey}${proposal ? `/p/${proposal}` : ''}`;

export const translateHash = (writeKey: string): string => `#/s/${writeKey}/translate`;

export const viewHash = (roomId: string, proposal: string | null = null): string =>
  `#/v/${roomId}${proposal ? `/p/${proposal}` : ''}`;

export const syncHash = (link: 'scribe' | 'view', key: string): string => `#/${link === 'scribe' ? 's' : 'v'}/${key}/sync`;

/** A full link to a route of this app; the query (?lang=) stays out so each reader gets their own language. */
export function absoluteLink(hash: string, where: Pick<Location, 'origin' | 'pathname'> = location): string {
  return `${where.origin}${where.pathname}${hash}`;
}

/** DESIGN.md §3: the relay listens on the app's own origin. */
export function syncUrlFor(where: Pick<Location, 'protocol' | 'host'> = location): string {
  return `${where.protocol === 'https:' ? 'wss' : 'ws'}://${where.host}/sync`;
}
