import * as Y from 'yjs';
import { createKeyPair, signerFor, type Signer, type SigningAlgorithm } from '../../src/doc/crypto/keys.ts';
import { WorkshopStore } from '../../src/doc/store.ts';
import { WorkshopWriter } from '../../src/doc/writer.ts';

/** Every replica of a test session shares this room; signatures are made for it. */
export const TEST_ROOM = 'test-room-aaaaaaaaaaaa';

/** One browser's copy of a session, without network: tests move updates between replicas by hand. */
export interface Replica {
  doc: Y.Doc;
  store: WorkshopStore;
  writer: WorkshopWriter;
  /** The group this replica speaks for; its writer holds the group's key. */
  group: string;
  signer: Signer;
  /** The replica's wall clock, in ms; tests move it (and skew it) explicitly. */
  now: number;
}

export interface ReplicaOptions {
  now?: number;
  /** The facilitator the links name; null (the default) trusts the first session record. */
  anchor?: string | null;
  /** An existing signer, e.g. to open a second device for the same group or the facilitator. */
  signer?: Signer;
  /** Signs and verifies with the pure-JS code, as a page without WebCrypto (plain HTTP on a LAN address) does. */
  pureJs?: boolean;
  /** The new group key's algorithm; P-256 is what a browser without Ed25519 in WebCrypto makes. */
  algorithm?: SigningAlgorithm;
}

/** A fresh key for a group (or a facilitator): real signatures, as in the app (WebCrypto unless `pureJs`). */
export const newSigner = async (options: Pick<ReplicaOptions, 'pureJs' | 'algorithm'> = {}): Promise<Signer> =>
  signerFor(await createKeyPair(options));

export async function createReplica(clientId: number, options: ReplicaOptions = {}): Promise<Replica> {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const store = new WorkshopStore(doc, { roomId: TEST_ROOM, anchor: options.anchor ?? null, pureJs: options.pureJs });
  const signer = options.signer ?? (await newSigner(options));
  const replica: Replica = { doc, store, writer: undefined!, group: signer.actor, signer, now: options.now ?? 1_700_000_000_000 };
  replica.writer = new WorkshopWriter(doc, store, { clock: () => replica.now });
  replica.writer.adopt(signer);
  return replica;
}

/** Brings `to` up to date with everything `from` holds, and waits until `to` has verified it. */
export async function syncInto(from: Replica, to: Replica): Promise<void> {
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)));
  await to.store.settled();
}

export async function syncAll(replicas: readonly Replica[]): Promise<void> {
  for (const a of replicas) for (const b of replicas) if (a !== b) await syncInto(a, b);
}
