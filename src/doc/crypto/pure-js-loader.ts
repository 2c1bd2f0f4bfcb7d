/** WebCrypto exists only in secure contexts (https, localhost); a page over plain HTTP on a LAN address has none. */
export const hasWebCrypto = (): boolean => globalThis.crypto?.subtle !== undefined;

let pureJs: Promise<typeof import('./pure-js.ts')> | null = null;
let pureP256: Promise<typeof import('./pure-p256.ts')> | null = null;

/** Fetched on first use only, so pages that have WebCrypto never download it. */
export const loadPureJs = (): Promise<typeof import('./pure-js.ts')> => (pureJs ??= import('./pure-js.ts'));

/** Separate again: only a page without WebCrypto that meets a P-256 key needs it. */
export const loadPureP256 = (): Promise<typeof import('./pure-p256.ts')> => (pureP256 ??= import('./pure-p256.ts'));
