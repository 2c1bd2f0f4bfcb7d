/**
 * What the core scenario needs of a browser engine, and nothing more: participants with their own
 * storage, navigation, and a function run inside the page. One small adapter per engine implements it.
 */
export interface EnginePage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `source`, a function expression, in the page with JSON `args`; resolves with its JSON result. */
  run<T>(source: string, args: unknown[]): Promise<T>;
  screenshot(path: string): Promise<void>;
  /** Uncaught errors and unhandled rejections the page reported since it was opened, reloads included. */
  errors(): Promise<string[]>;
}

export interface Engine {
  readonly name: string;
  /** A participant as a borrowed laptop is one: its own profile, so nothing is shared but the relay. */
  participant(viewport: { width: number; height: number }): Promise<EnginePage>;
  close(): Promise<void>;
}

/** Installed after every load: WebDriver classic has no console, so the page keeps its own list. */
export const WATCH_ERRORS = `() => {
  if (window.__cdwErrors) return;
  window.__cdwErrors = [];
  addEventListener('error', (event) => window.__cdwErrors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => window.__cdwErrors.push('unhandled rejection: ' + String(event.reason)));
}`;

/** Takes the errors the page listed so far, so that a reload or navigation does not lose them. */
export const TAKE_ERRORS = `() => (window.__cdwErrors ?? []).splice(0)`;
