/**
 * The page's first full paint: the screen its route names is rendered, and every room it opens shows its local
 * copy. Code that paint does not need (the offline worker, QR codes, who is online, the writer) waits for it, so a
 * page fetches first only what it shows. Marked as `cdw-first-full-paint` for benches and the size test.
 */
export const FIRST_FULL_PAINT = 'cdw-first-full-paint';
/** A room that never settles (storage stuck) must not keep the offline worker away for good. */
const LATEST_MS = 10_000;

let holds = 0;
/** A page's shell waits for its screen (`awaitScreen`); a screen rendered on its own (tests) paints with its rooms. */
let screenIsShown = true;
let scheduled = false;
let markPainted: () => void = () => undefined;
const painted = new Promise<void>((resolve) => {
  markPainted = () => {
    performance.mark(FIRST_FULL_PAINT);
    resolve();
  };
});
setTimeout(() => markPainted(), LATEST_MS);
// After the modules of the page's first script ran, so its shell has said whether it waits for a screen.
setTimeout(paintIfReady);

/** Settles once the page's first full paint is on screen (or, at the latest, ten seconds after it started). */
export const afterFirstPaint = (): Promise<void> => painted;

/** Loads a module once the first full paint is on screen. */
export const importAfterFirstPaint = <T>(load: () => Promise<T>): Promise<T> => painted.then(load);

/** A room being opened holds the first paint until it shows its local copy; returns the release (idempotent). */
export function holdFirstPaint(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    paintIfReady();
  };
}

/** The shell shows a screen once its code is loaded: no first paint before it. */
export function awaitScreen(): void {
  screenIsShown = false;
}

/** The shell rendered the screen its route names, with that screen's code loaded. */
export function screenShown(): void {
  screenIsShown = true;
  paintIfReady();
}

function paintIfReady(): void {
  if (!screenIsShown || holds > 0 || scheduled) return;
  scheduled = true;
  // A frame callback runs before that frame is painted; a task queued from it runs after. A hidden tab paints nothing.
  if (document.visibilityState === 'hidden') setTimeout(markPainted);
  else requestAnimationFrame(() => setTimeout(markPainted));
}
