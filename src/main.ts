import { startLocale } from './i18n/locale.ts';
import './ui/app.ts';

// The app appears once its language is loaded, so no text flashes in the wrong one.
await startLocale();
document.body.prepend(document.createElement('cdw-app'));
