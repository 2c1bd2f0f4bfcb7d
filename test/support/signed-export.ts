import { toJsonExport } from '../../src/domain/export/json.ts';
import type { Signer } from '../../src/doc/crypto/keys.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { TEST_ROOM, createReplica, newSigner, syncAll, type ReplicaOptions } from './replica.ts';

/** A JSON export as the app writes it, from a session whose every record is really signed, and its view link. */
export interface SignedExport {
  text: string;
  /** `https://…/#/v/<room>.<facilitator>`: the link the projector and the publish page use. */
  link: string;
  facilitator: Signer;
  /** Two groups: Table 1 (Paris) and Table 2 (Dakar). */
  groups: [Signer, Signer];
  records: readonly WorkshopRecord[];
  /** The first proposal's add (edited by Table 2) and its edit, endorsed by Table 1 and translated. */
  transit: { add: string; edit: string };
}

export const EXPORTED_AT = Date.UTC(2026, 10, 27, 16, 30);

export const viewLinkFor = (room: string, facilitator: string): string => `https://forum.example/#/v/${room}.${facilitator}`;

/**
 * Two groups in two venues write, edit, endorse and translate; the facilitator locks the session; then the
 * export is made from the store, exactly as the publish page does.
 */
export async function signedExport(options: Pick<ReplicaOptions, 'pureJs'> = {}): Promise<SignedExport> {
  const facilitator = await newSigner(options);
  const a = await createReplica(1, { ...options, anchor: facilitator.actor });
  const b = await createReplica(2, { ...options, anchor: facilitator.actor, now: 1_700_000_000_500 });
  a.writer.adopt(facilitator);
  const must = async (action: Promise<{ ok: boolean }>) => {
    if (!(await action).ok) throw new Error('the fixture session refused an action');
  };
  await must(a.writer.createSession(facilitator.actor, 'Paris–Dakar 2026'));
  await must(a.writer.join(a.group, 'Table 1', 'Paris'));
  await must(b.writer.join(b.group, 'Table 2', 'Dakar'));
  await must(a.writer.addProposal(a.group, 'Free transit'));
  await syncAll([a, b]);
  const add = b.store.view.proposals[0]!.id;
  await must(b.writer.editProposal(b.group, add, add, 'Free public transit'));
  await must(b.writer.addProposal(b.group, 'Open assemblies'));
  await syncAll([a, b]);
  const edit = a.store.view.proposals.find((p) => p.id === add)!.current.id;
  await must(a.writer.endorse(a.group, edit));
  await must(a.writer.translate(a.group, edit, 'fr', 'Transports publics gratuits'));
  await must(a.writer.lock(facilitator.actor));
  await syncAll([a, b]);
  const text = toJsonExport(a.store.records, a.store.view, EXPORTED_AT, TEST_ROOM);
  return {
    text,
    link: viewLinkFor(TEST_ROOM, facilitator.actor),
    facilitator,
    groups: [a.signer, b.signer],
    records: a.store.records,
    transit: { add, edit },
  };
}

/** The export as data, changed by `change`, as text again: how the tests tamper with a file. */
export function tampered(text: string, change: (data: { records: Record<string, unknown>[]; proposals: Record<string, unknown>[] } & Record<string, unknown>) => void): string {
  const data = JSON.parse(text);
  change(data);
  return JSON.stringify(data, null, 2);
}
