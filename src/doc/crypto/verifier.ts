import type { ActorId, PublicKeyText, WorkshopRecord } from '../../domain/records.ts';
import { SIGNATURE_PATTERN } from '../../domain/records.ts';
import type { Authenticity } from '../../domain/trust.ts';
import { ContentMap } from './content-map.ts';
import { actorIdFor, importPublicKey, type VerifyingKey } from './keys.ts';
import { checkHere, type SignatureChecker } from './verify-pool.ts';

/** Join and session records carry their author's public key; every other record is checked against it. */
const carriesKey = (record: WorkshopRecord): record is Extract<WorkshopRecord, { kind: 'join' | 'session' }> =>
  record.kind === 'join' || record.kind === 'session';

/**
 * Checks records' signatures once each. A verdict is kept on the record object (the hot path) and under the
 * record's whole content, so a re-parsed copy is not checked again while an altered one is.
 */
export class SignatureVerifier {
  /** How many signature checks reached WebCrypto; lets tests see the caches work. */
  verifications = 0;

  private byObject = new WeakMap<object, Authenticity>();
  private byContent = new ContentMap<Authenticity>();
  private inFlight = new ContentMap<Promise<Authenticity | undefined>>();
  private keys = new Map<ActorId, VerifyingKey>();
  /** The text of each learned key, for a worker to import it. */
  private keyTexts = new Map<ActorId, PublicKeyText>();
  /** Each key text imported and hashed once: the key and the actor id it stands for. */
  private bindings = new Map<PublicKeyText, Promise<{ key: VerifyingKey; owner: ActorId } | null>>();
  /** Keys being imported and hashed; a record whose author has no key yet waits for them. */
  private learning = new Set<Promise<void>>();
  private roomList: readonly string[] = [];
  /** Bumped when the rooms change, so a check started under the old rooms stores nothing. */
  private generation = 0;

  /**
   * `rooms`: the rooms a signature may be made for, the session's own first, then the rooms it continues.
   * `checkSignature`: where the signatures are checked, in the page or in its pool of workers.
   */
  constructor(
    private readonly rooms: () => readonly string[],
    private readonly checkSignature: SignatureChecker = checkHere,
  ) {}

  /** The verdict already reached for this record, or undefined when it still needs `verify`. */
  verdict(record: WorkshopRecord): Authenticity | undefined {
    this.syncRooms();
    let verdict = this.byObject.get(record);
    if (verdict === undefined) {
      verdict = this.byContent.get(record);
      if (verdict === undefined) return undefined;
      this.byObject.set(record, verdict);
    }
    return this.provisional(record, verdict) ? undefined : verdict;
  }

  /** Checks every record without a verdict, key-carrying ones first, in parallel. Never throws. */
  async verify(records: readonly WorkshopRecord[]): Promise<void> {
    try {
      this.syncRooms();
      // Looked up on the object only: a record's content is looked up when it is about to be checked.
      const pending = records.filter((record) => {
        const known = this.byObject.get(record);
        return known === undefined || this.provisional(record, known);
      });
      await Promise.all(pending.filter(carriesKey).map((record) => this.check(record)));
      await Promise.all(pending.filter((record) => !carriesKey(record)).map((record) => this.check(record)));
    } catch {
      // Only a record that is no record at all gets here; it simply keeps no verdict.
    }
  }

  /** A record this tab has just signed itself is authentic without a check; its key, if any, is learned too. */
  vouch(record: WorkshopRecord): void {
    this.syncRooms();
    this.byObject.set(record, 'authentic');
    this.byContent.set(record, 'authentic');
    if (carriesKey(record) && record.key !== undefined) void this.learnKey(record.author, record.key);
  }

  /** Learns an author's key when the author id is the key's hash; resolves to whether it was learned. Never throws. */
  async learnKey(actor: ActorId, publicKey: PublicKeyText): Promise<boolean> {
    return (await this.keyFor(actor, publicKey)) !== null;
  }

  /** An unknown signer is provisional: once the author's key is known the record must be checked. */
  private provisional(record: WorkshopRecord, verdict: Authenticity): boolean {
    return verdict === 'unknown-signer' && this.keys.has(record.author);
  }

  private syncRooms(): void {
    const rooms = this.rooms();
    // Compared element by element (a few strings), so a list changed in place is noticed too.
    if (rooms.length === this.roomList.length && rooms.every((room, i) => room === this.roomList[i])) return;
    const grew = this.roomList.every((room) => rooms.includes(room));
    this.roomList = [...rooms];
    this.generation++;
    this.inFlight = new ContentMap();
    this.byObject = new WeakMap();
    // More rooms can only turn a bad signature into an authentic one: authentic verdicts stand, the rest
    // are reached again. Fewer rooms (another session record rules) and every verdict is reached again.
    if (!grew) this.byContent = new ContentMap();
    else this.byContent.filter((verdict) => verdict === 'authentic');
  }

  private async check(record: WorkshopRecord): Promise<void> {
    const generation = this.generation;
    // Another batch may have settled the same content meanwhile.
    const settled = this.byContent.get(record);
    if (settled !== undefined) {
      this.byObject.set(record, settled);
      return;
    }
    let running = this.inFlight.get(record);
    if (running === undefined) {
      running = this.compute(record, this.roomList).catch(() => undefined);
      this.inFlight.set(record, running);
    }
    const verdict = await running;
    if (generation !== this.generation) return;
    this.inFlight.delete(record);
    if (verdict === undefined) return;
    this.byObject.set(record, verdict);
    // A key may arrive later (a join not yet synced), so an unknown signer is kept only on the object.
    if (verdict !== 'unknown-signer') this.byContent.set(record, verdict);
  }

  private async compute(record: WorkshopRecord, rooms: readonly string[]): Promise<Authenticity> {
    const { sig } = record;
    if (typeof sig !== 'string' || !SIGNATURE_PATTERN.test(sig)) return 'bad-signature';
    let key: VerifyingKey | null;
    let keyText: PublicKeyText | undefined;
    if (carriesKey(record)) {
      if (record.key === undefined) return 'bad-signature';
      key = await this.keyFor(record.author, record.key);
      if (key === null) return 'bad-signature';
      keyText = record.key;
    } else {
      // A join being checked by another batch right now may bring the key.
      if (!this.keys.has(record.author) && this.learning.size > 0) await Promise.all(this.learning);
      key = this.keys.get(record.author) ?? null;
      keyText = this.keyTexts.get(record.author);
      if (key === null || keyText === undefined) return 'unknown-signer';
    }
    const room = await this.checkSignature({ key, keyText, sig, record, rooms });
    // One check per room tried: up to the one the signature holds for, else all of them.
    this.verifications += room < 0 ? rooms.length : room + 1;
    return room < 0 ? 'bad-signature' : 'authentic';
  }

  /** The author's key, learned only when the author id is the hash of the key text; null otherwise. */
  private async keyFor(actor: ActorId, publicKey: PublicKeyText): Promise<VerifyingKey | null> {
    let binding = this.bindings.get(publicKey);
    if (binding === undefined) {
      binding = Promise.all([importPublicKey(publicKey), actorIdFor(publicKey)])
        .then(([key, owner]) => (key === null ? null : { key, owner }))
        .catch(() => null);
      this.bindings.set(publicKey, binding);
    }
    const learning = binding.then((bound) => {
      if (bound !== null && bound.owner === actor) {
        this.keys.set(actor, bound.key);
        this.keyTexts.set(actor, publicKey);
      }
    });
    this.learning.add(learning);
    await learning;
    this.learning.delete(learning);
    const bound = await binding;
    return bound !== null && bound.owner === actor ? bound.key : null;
  }
}
