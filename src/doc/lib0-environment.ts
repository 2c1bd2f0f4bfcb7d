// Stands in for lib0/environment in the app build (vite.config.ts): a page is a browser, and the real module reads
// command-line flags, terminal colours and a storage probe when it loads, none of which yjs or y-websocket use there.
export const isNode = false;
export const isBrowser = true;
export const isMac = /Mac/.test(navigator.platform);
/** yjs asks only for `node_env` (its development checks); a page never sets one. */
export const getVariable = (_name: string): string | null => null;
export const getConf = getVariable;
export const hasParam = (_name: string): boolean => false;
export const getParam = (_name: string, defaultValue: string): string => defaultValue;
export const hasConf = (_name: string): boolean => false;
export const ensureConf = (name: string): string => {
  throw new Error(`Expected configuration "${name}"`);
};
export const production = false;
export const supportsColor = false;
