import type { SigningAlgorithm } from './keys.ts';
import type { PureCurve } from './pure-curve.ts';

/** WebCrypto exists only in secure contexts (https, localhost); a page over plain HTTP on a LAN address has none. */
export const hasWebCrypto = (): boolean => globalThis.crypto?.subtle !== undefined;

let pureJs: Promise<typeof import('./pure-js.ts')> | null = null;
let pureP256: Promise<typeof import('./pure-p256.ts')> | null = null;

/** Fetched on first use only, so pages that have WebCrypto never download it. */
export const loadPureJs = (): Promise<typeof import('./pure-js.ts')> => (pureJs ??= import('./pure-js.ts'));

/** P-256 is a chunk of its own: only a page without WebCrypto that meets a P-256 key needs it. */
export async function loadCurve(scheme: SigningAlgorithm): Promise<PureCurve> {
  if (scheme === 'Ed25519') return (await loadPureJs()).ed25519;
  return (await (pureP256 ??= import('./pure-p256.ts'))).p256;
}
