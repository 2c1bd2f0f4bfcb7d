import { roomIdFor } from '../../doc/capabilities.ts';
import { facilitatorFromSecret } from '../../doc/signers.ts';
import { parseRoute, scribeHash, viewHash } from '../shell/route.ts';

/** What a venue page shows for a pasted link: the scribe link (when the pasted one can write) and the view link. */
export interface VenueLinks {
  scribeHash: string | null;
  viewHash: string;
}

/**
 * The links a pasted scribe, view or facilitator link stands for, as hash routes to put on another address; null
 * for anything else. A facilitator link gives the scribe and view links: its secret is never shown again here.
 */
export async function venueLinksFrom(pasted: string): Promise<VenueLinks | null> {
  const text = pasted.trim();
  const hashAt = text.indexOf('#');
  if (hashAt < 0) return null;
  const route = parseRoute(text.slice(hashAt));
  if (route.page === 'view') return { scribeHash: null, viewHash: viewHash(route.roomId, route.anchor) };
  if (route.page === 'scribe') {
    return { scribeHash: scribeHash(route.writeKey, route.anchor), viewHash: viewHash(await roomIdFor(route.writeKey), route.anchor) };
  }
  if (route.page === 'facilitate') {
    const facilitator = await facilitatorFromSecret(route.secret);
    if (!facilitator) return null;
    const anchor = facilitator.signer.actor;
    return { scribeHash: scribeHash(route.writeKey, anchor), viewHash: viewHash(await roomIdFor(route.writeKey), anchor) };
  }
  return null;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * The origins machines in the room can open, from the relay's `/lan` answer: this page's own first when it is
 * not a loopback address (whoever typed it reached the relay there), then the relay's LAN addresses, each once.
 */
export function venueOrigins(lanUrls: readonly string[], here: Pick<Location, 'origin' | 'hostname'> = location): string[] {
  const origins: string[] = LOOPBACK.test(here.hostname) ? [] : [here.origin];
  for (const url of lanUrls) {
    try {
      const origin = new URL(url).origin;
      if (!origins.includes(origin)) origins.push(origin);
    } catch {
      // The relay's own answer; a malformed entry is skipped rather than shown.
    }
  }
  return origins;
}
