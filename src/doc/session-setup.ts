import { roomIdFor } from './capabilities.ts';
import { openSession } from './session.ts';
import { newFacilitator, newGroupSigner } from './signers.ts';

/**
 * What creating, opening or joining a session asks of the browser: hashing, keys, storage. The screens
 * take it as a property, so a test can hand them one that fails the way a private window or Safari does.
 */
export interface SessionSetup {
  roomIdFor: typeof roomIdFor;
  newFacilitator: typeof newFacilitator;
  newGroupSigner: typeof newGroupSigner;
  openSession: typeof openSession;
}

export const browserSetup: SessionSetup = { roomIdFor, newFacilitator, newGroupSigner, openSession };
