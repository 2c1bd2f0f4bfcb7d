// What the start page needs once a session is created or continued: fetched after the page's first paint, not with it.
export { exportOrigin } from '../../doc/import.ts';
export { openSessionFromExport } from '../../doc/session-from-export.ts';
export { browserSetup } from '../../doc/session-setup.ts';
export { parseJsonExport } from '../../domain/export/json.ts';
export { WorkshopController } from '../shared/workshop-controller.ts';
export { openNewSession } from './new-session.ts';
