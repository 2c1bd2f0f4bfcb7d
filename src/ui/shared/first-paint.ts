/**
 * The page's first full paint: the screen its route names is rendered, and every room it opens shows what the relay
 * holds (or what this browser holds, when the relay cannot be reached). Code that paint does not need (the offline worker, QR codes, who is online, the writer) waits for it, so a
 * page fetches first only what it shows. Marked as `cdw-first-full-paint` for benches and the size test.
 */
export const FIRST_FULL_PAINT = 'cdw-first-full-paint';
/** A tab with no frames (hidden) paints nothing: this long after the screen is ready, it counts as painted. */
const HIDDEN_TAB_MS = 200;
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

/** Waits between tries of a part that failed to arrive: no one is waiting for it, and the network may be back. */
const RETRY_AFTER_MS = [1_000, 3_000, 9_000];

/**
 * Loads a module once the first full paint is on screen, trying again when its fetch fails: venue Wi-Fi drops, and
 * a new version's offline worker taking over aborts the fetches that reach the old one (browsers retry a failed
 * module fetch on the next import).
 */
export function importAfterFirstPaint<T>(load: () => Promise<T>): Promise<T> {
  const loading = loadWithRetries(load);
  const settled = loading.then(
    () => undefined,
    () => undefined,
  );
  lateLoads.add(settled);
  void settled.then(() => lateLoads.delete(settled));
  return loading;
}

/** The parts being fetched after the first paint. */
const lateLoads = new Set<Promise<void>>();

/**
 * Settles once the first full paint is on screen and the parts fetched after it have arrived (or given up): a new
 * version's worker takes over only then, since a fetch reaching the old worker as it retires is aborted or keeps
 * it alive for its idle timeout.
 */
export async function afterLateParts(): Promise<void> {
  await painted;
  // The parts asked for as the paint settled have been asked for by the next task.
  await new Promise((resolve) => setTimeout(resolve));
  while (lateLoads.size > 0) await Promise.all(lateLoads);
}

async function loadWithRetries<T>(load: () => Promise<T>): Promise<T> {
  await painted;
  for (const wait of RETRY_AFTER_MS) {
    try {
      return await load();
    } catch (error) {
      console.warn(`cdw: part of the page did not arrive; trying again in ${wait / 1000} s`, error);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  return load();
}

/** A room being opened holds the first paint until it shows the relay's copy; returns the release (idempotent). */
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
  // A frame callback runs before that frame is painted; a task queued from it runs after. A tab hidden meanwhile
  // gets no frames: a short timer stands in for them.
  let done = false;
  const paint = (): void => {
    if (done) return;
    done = true;
    markPainted();
  };
  requestAnimationFrame(() => setTimeout(paint));
  setTimeout(paint, HIDDEN_TAB_MS);
}
