import { createHash } from 'node:crypto';

/** DESIGN.md §3, computed independently of the app: roomId = first 22 chars of base64url(SHA-256(writeKey)). */
export function roomIdFor(writeKey: string): string {
  return createHash('sha256').update(writeKey, 'utf8').digest('base64url').slice(0, 22);
}

const ID = '[A-Za-z0-9_-]{22}';

/**
 * The parts of a `#/s/<writeKey>.<anchor>` or `#/v/<roomId>.<anchor>` link (issue 6: the anchor is the
 * facilitator's actor id, 22 characters). Links made before records were signed carry no anchor (null).
 * Anything else after the hash (a sub-route, a third part) is not such a link.
 */
export function linkParts(link: string, kind: 's' | 'v'): { key: string; anchor: string | null } {
  const found = new URL(link).hash.match(new RegExp(`^#/${kind}/(${ID})(?:\\.(${ID}))?$`));
  if (!found?.[1]) throw new Error(`not a #/${kind}/ link: ${link}`);
  return { key: found[1], anchor: found[2] ?? null };
}

/** The capability at the end of a `#/s/<writeKey>` or `#/v/<roomId>` link, with or without its anchor. */
export function capabilityOf(link: string, kind: 's' | 'v'): string {
  return linkParts(link, kind).key;
}

/** The facilitator a link names; throws for a link without one. */
export function anchorOf(link: string, kind: 's' | 'v'): string {
  const { anchor } = linkParts(link, kind);
  if (!anchor) throw new Error(`the #/${kind}/ link names no facilitator: ${link}`);
  return anchor;
}

/** The facilitator link `#/f/<writeKey>/<secret>`: the write key and the facilitator's key pair as text. */
export function facilitatorLinkParts(link: string): { writeKey: string; secret: string } {
  const found = new URL(link).hash.match(new RegExp(`^#/f/(${ID})/([A-Za-z0-9_.-]+)$`));
  if (!found?.[1] || !found[2]) throw new Error(`not a #/f/ link: ${link}`);
  return { writeKey: found[1], secret: found[2] };
}
