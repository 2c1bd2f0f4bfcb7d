// The design tokens, as a file: the page's Content-Security-Policy allows no inline style.
import './page.css';
import { startLocale } from './i18n/locale.ts';
import { afterLateParts, importAfterFirstPaint } from './ui/shared/first-paint.ts';
import './ui/shell/app.ts';

// Once the first full paint is on screen (or, if the page never gets there, ten seconds in), so a page whose
// language fails to load is still cached for the next offline visit. A new version is applied only once the page
// has fetched the screen it shows and the parts that follow its first paint (see service-worker.ts).
let screenLoaded: () => void = () => undefined;
const screenFetched = new Promise<void>((resolve) => (screenLoaded = resolve));
const pageLoaded = Promise.all([screenFetched, afterLateParts()]).then(() => undefined);
importAfterFirstPaint(() => import('./service-worker.ts'))
  .then(({ registerAppShellWorker }) => registerAppShellWorker(pageLoaded))
  .catch((error: unknown) => console.error('cdw: the offline copy could not be set up', error));
// The app appears once its language is loaded, so no text flashes in the wrong one.
await startLocale();
const app = document.createElement('cdw-app');
document.body.prepend(app);
await app.updateComplete;
// Also once it failed to load (`finally` still reports the failure): that is no reason to keep the old version.
void app.screenLoaded.finally(screenLoaded);
