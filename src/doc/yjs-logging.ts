// Stands in for lib0/logging in the app build (vite.config.ts): yjs only prints a few warnings, and the real
// module's DOM helpers pull lib0's whole schema library into every page. Style markers are dropped.
export const BOLD = Symbol('bold');
export const UNBOLD = Symbol('unbold');
export const RED = Symbol('red');
export const ORANGE = Symbol('orange');

const text = (args: readonly unknown[]): unknown[] => args.filter((arg) => typeof arg !== 'symbol');

export const print = (...args: unknown[]): void => console.log(...text(args));
export const warn = (...args: unknown[]): void => console.warn(...text(args));
