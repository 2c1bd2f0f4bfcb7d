import { hasWebCrypto, loadPureJs } from './pure-js-loader.ts';

/** SHA-256 with WebCrypto where the page has it, in pure JS otherwise (`pureJs` forces that path, for tests). */
export async function sha256(bytes: Uint8Array<ArrayBuffer>, pureJs = !hasWebCrypto()): Promise<Uint8Array> {
  if (pureJs) return (await loadPureJs()).sha256(bytes);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}
