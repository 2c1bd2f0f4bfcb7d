import type { IncomingMessage } from 'node:http';

// A Host header that is a host name or IP literal with an optional port, and nothing that could end a CSP directive.
const PLAIN_HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * Headers for every HTTP answer: the app runs only its own scripts and styles, talks only to its own
 * origin, cannot be framed, and leaks no link (a link is a capability) through the Referer header.
 */
export function securityHeaders(request: IncomingMessage): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(request.headers.host),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  };
}

export function contentSecurityPolicy(host: string | undefined): string {
  // 'self' covers ws(s) of the same host only in CSP 3 browsers; older ones need the page's host spelled out.
  const sync = host && PLAIN_HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    // The favicon is inline (index.html says why); data: images cannot run code.
    "img-src 'self' data:",
    `connect-src 'self'${sync}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
