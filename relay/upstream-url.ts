export class UpstreamUrlError extends Error {}

/**
 * The central server's base URL (http, https, ws or wss) → the base of its sync endpoint,
 * `ws(s)://host[:port][/prefix]/sync`. A query or fragment is refused rather than dropped: a pasted
 * scribe link carries its write key in the fragment, and the result is logged. Error messages never
 * repeat the value.
 */
export function upstreamSyncUrl(base: string): string {
  let url: URL;
  try {
    url = new URL(base.trim());
  } catch {
    throw new UpstreamUrlError('upstream must be an absolute URL such as https://workshop.example.org');
  }
  const scheme = { 'http:': 'ws:', 'https:': 'wss:', 'ws:': 'ws:', 'wss:': 'wss:' }[url.protocol];
  if (!scheme) throw new UpstreamUrlError('upstream must use http, https, ws or wss');
  if (url.username || url.password) throw new UpstreamUrlError('upstream must not carry credentials');
  if (url.search || url.hash || base.includes('#') || base.includes('?')) {
    throw new UpstreamUrlError('upstream must be the server base URL, without ?query or #fragment (not a scribe or view link)');
  }
  // A server behind a proxy on a sub-path keeps its prefix; "/sync" itself may be given or not.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/sync$/, '');
  return `${scheme}//${url.host}${path}/sync`;
}
