import { createHash } from 'node:crypto';

/** DESIGN.md §3, computed independently of the app: roomId = first 22 chars of base64url(SHA-256(writeKey)). */
export function roomIdFor(writeKey: string): string {
  return createHash('sha256').update(writeKey, 'utf8').digest('base64url').slice(0, 22);
}

/** The capability at the end of a `#/s/<writeKey>` or `#/v/<roomId>` link. */
export function capabilityOf(link: string, kind: 's' | 'v'): string {
  const found = new URL(link).hash.match(new RegExp(`^#/${kind}/([A-Za-z0-9_-]{22})$`));
  if (!found?.[1]) throw new Error(`not a #/${kind}/ link: ${link}`);
  return found[1];
}
