import { newWriteKey, roomIdFor } from '../../src/doc/capabilities.ts';
import { createKeyPair, signerFor, type Signer } from '../../src/doc/crypto/keys.ts';
import { openSession, type WorkshopSession } from '../../src/doc/session.ts';
import { newWriter } from '../../src/doc/writer.ts';
import { newFacilitator, type Facilitator } from '../../src/doc/signers.ts';
import type { ActionResult, PendingAction } from '../../src/doc/writer.ts';

/** A signed session as the app makes it: a facilitator, its room, groups with their own keys. */
export interface SignedSession {
  writeKey: string;
  roomId: string;
  facilitator: Facilitator;
  groups: Signer[];
  session: WorkshopSession;
}

export async function written(action: PendingAction | undefined): Promise<ActionResult & { ok: true }> {
  const result = await action;
  if (!result?.ok) throw new Error(`refused: ${result?.problem}`);
  return result;
}

/**
 * "Our city": two groups, "Library" edited once by the second group, "Trees" endorsed by both. The session
 * stays open (kept in IndexedDB when `persist`), so a screen opened on the same room finds it.
 */
export async function signedSession(options: { persist?: boolean } = {}): Promise<SignedSession> {
  const writeKey = newWriteKey();
  const roomId = await roomIdFor(writeKey);
  const facilitator = await newFacilitator();
  const session = openSession({
    roomId,
    writeKey,
    writer: newWriter,
    anchor: facilitator.signer.actor,
    syncUrl: null,
    persist: options.persist ?? true,
  });
  await session.whenLoaded;
  const writer = session.writer!;
  writer.adopt(facilitator.signer);
  await written(writer.createSession(facilitator.signer.actor, 'Our city'));
  const groups = [await signerFor(await createKeyPair()), await signerFor(await createKeyPair())];
  for (const [index, group] of groups.entries()) {
    writer.adopt(group);
    await written(writer.join(group.actor, ['Riverside', 'Lighthouse'][index]!, ['Paris', 'Dakar'][index]!));
  }
  const [a, b] = groups as [Signer, Signer];
  const library = await written(writer.addProposal(a.actor, 'Open the library on Sundays'));
  const trees = await written(writer.addProposal(b.actor, 'Plant shade trees'));
  await written(writer.editProposal(b.actor, library.record.id, library.record.id, 'Open the public library on Sundays'));
  await written(writer.endorse(a.actor, trees.record.id));
  await session.store.settled();
  return { writeKey, roomId, facilitator, groups, session };
}

/** The store verifies and applies asynchronously: wait as every UI test does. */
export { until } from './helpers.ts';
