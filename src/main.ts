// The design tokens, as a file: the page's Content-Security-Policy allows no inline style.
import './page.css';
import { startLocale } from './i18n/locale.ts';
import { afterFirstPaint } from './ui/shared/first-paint.ts';
import './ui/shell/app.ts';

// Once the first full paint is on screen (or, if the page never gets there, ten seconds in), so a page whose
// language fails to load is still cached for the next offline visit. A new version is applied only once the page
// has fetched the screen it shows (see service-worker.ts).
let screenLoaded: () => void = () => undefined;
const pageLoaded = new Promise<void>((resolve) => (screenLoaded = resolve));
void afterFirstPaint()
  .then(() => import('./service-worker.ts'))
  .then(({ registerAppShellWorker }) => registerAppShellWorker(pageLoaded));
// The app appears once its language is loaded, so no text flashes in the wrong one.
await startLocale();
const app = document.createElement('cdw-app');
document.body.prepend(app);
await app.updateComplete;
// Also once it failed to load (`finally` still reports the failure): that is no reason to keep the old version.
void app.screenLoaded.finally(screenLoaded);
