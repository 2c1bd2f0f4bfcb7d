import { startLocale } from './i18n/locale.ts';
import { registerAppShellWorker } from './service-worker.ts';
import './ui/app.ts';

// First, so a page whose language fails to load is still cached for the next offline visit.
registerAppShellWorker();
// The app appears once its language is loaded, so no text flashes in the wrong one.
await startLocale();
document.body.prepend(document.createElement('cdw-app'));
