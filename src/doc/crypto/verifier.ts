import type { ActorId, PublicKeyText, WorkshopRecord } from '../../domain/records.ts';
import { SIGNATURE_PATTERN, carriesKey } from '../../domain/records.ts';
import { canonicalJson, signingPayloadOf, unsignedText } from '../../domain/signing.ts';
import type { Authenticity } from '../../domain/trust.ts';
import { actorIdFor, importPublicKey, verifySignature, type VerifyingKey } from './keys.ts';
import type { VerdictMemory } from './verdict-memory.ts';

/**
 * Every field of the record, signature included: what a verdict depends on, besides the rooms. Plain JSON, in
 * the order validation builds the fields: the same content gives the same text, and a copy with its fields in
 * another order only costs a check. Several times cheaper than canonical JSON, which only the signed bytes need.
 */
function contentKeyOf(record: WorkshopRecord): string {
  try {
    return JSON.stringify(record);
  } catch {
    // Only a hand-made value no validated record can be (a bigint, a cycle); `~` starts no JSON text.
    return `~${canonicalJson(record)}`;
  }
}

/** A verdict, and the room the signature was made for when authentic. */
interface Checked {
  verdict: Authenticity;
  room: string | null;
}

/** A record still to be checked, and its content key, computed once. */
interface Pending {
  record: WorkshopRecord;
  key: string;
}

/**
 * Checks records' signatures once each. A verdict is kept on the record object (the hot path) and under the
 * record's whole content, so a re-parsed copy is not checked again while an altered one is.
 */
export class SignatureVerifier {
  /** How many signature checks were made; lets tests see the caches work. */
  verifications = 0;

  private byObject = new WeakMap<object, Authenticity>();
  private byContent = new Map<string, Authenticity>();
  private inFlight = new Map<string, Promise<Checked | undefined>>();
  private keys = new Map<ActorId, VerifyingKey>();
  /** Each key text imported and hashed once: the key and the actor id it stands for. */
  private bindings = new Map<PublicKeyText, Promise<{ key: VerifyingKey; owner: ActorId } | null>>();
  /** Keys being imported and hashed; a record whose author has no key yet waits for them. */
  private learning = new Set<Promise<void>>();
  private roomList: readonly string[] = [];
  /** Content keys found authentic for the memory's room since the last write to it. */
  private remembered: string[] = [];
  /** Bumped when the rooms change, so a check started under the old rooms stores nothing. */
  private generation = 0;

  /**
   * `rooms`: the rooms a signature may be made for, the session's own first, then the rooms it continues.
   * `pureJs` checks with the pure-JS code as a page without WebCrypto does (tests); the default follows the page.
   */
  constructor(
    private readonly rooms: () => readonly string[],
    private readonly options: { pureJs?: boolean; memory?: VerdictMemory | null } = {},
  ) {}

  /** The verdict already reached for this record, or undefined when it still needs `verify`. */
  verdict(record: WorkshopRecord): Authenticity | undefined {
    this.syncRooms();
    let verdict = this.byObject.get(record);
    if (verdict === undefined) {
      verdict = this.byContent.get(this.contentKey(record));
      if (verdict === undefined) return undefined;
      this.byObject.set(record, verdict);
    }
    // An unknown signer is provisional: once the author's key is known the record must be checked.
    if (verdict === 'unknown-signer' && this.keys.has(record.author)) return undefined;
    return verdict;
  }

  /** Checks every record without a verdict, key-carrying ones first, in parallel. Never throws. */
  async verify(records: readonly WorkshopRecord[]): Promise<void> {
    try {
      const pending = await this.recall(this.pending(records));
      await Promise.all(pending.filter((p) => carriesKey(p.record)).map((p) => this.check(p)));
      await Promise.all(pending.filter((p) => !carriesKey(p.record)).map((p) => this.check(p)));
    } catch {
      // Only a record that is no record at all gets here; it simply keeps no verdict.
    }
    // One write per batch, not per record.
    this.options.memory?.remember(this.remembered.splice(0));
  }

  /** The records without a verdict, as `verdict` finds them, each serialised only once for everything that follows. */
  private pending(records: readonly WorkshopRecord[]): Pending[] {
    this.syncRooms();
    const pending: Pending[] = [];
    for (const record of records) {
      const known = this.byObject.get(record);
      if (known !== undefined && !(known === 'unknown-signer' && this.keys.has(record.author))) continue;
      const key = contentKeyOf(record);
      const settled = this.byContent.get(key);
      // byContent never holds 'unknown-signer', so a verdict found there is final.
      if (settled !== undefined) this.byObject.set(record, settled);
      else pending.push({ record, key });
    }
    return pending;
  }

  /** Settles the records found authentic before this page (another tab, before a reload); returns the rest. */
  private async recall(pending: Pending[]): Promise<Pending[]> {
    const memory = this.options.memory;
    if (!memory || pending.length === 0) return pending;
    const generation = this.generation;
    const remembered = await memory.recall(pending.map((p) => p.key));
    if (generation !== this.generation) return pending;
    const rest: Pending[] = [];
    pending.forEach((p, i) => {
      if (!remembered[i]) return rest.push(p);
      this.byObject.set(p.record, 'authentic');
      this.byContent.set(p.key, 'authentic');
      // Its group's later records, never seen before, are checked against this key.
      if (carriesKey(p.record) && p.record.key !== undefined) void this.learnKey(p.record.author, p.record.key);
    });
    return rest;
  }

  /** A record this tab has just signed itself is authentic without a check; its key, if any, is learned too. */
  vouch(record: WorkshopRecord): void {
    this.syncRooms();
    const key = this.contentKey(record);
    this.byObject.set(record, 'authentic');
    this.byContent.set(key, 'authentic');
    // This tab signs for its own room only.
    const memory = this.options.memory;
    if (memory && memory.room === this.roomList[0]) memory.remember([key]);
    if (carriesKey(record) && record.key !== undefined) void this.learnKey(record.author, record.key);
  }

  /** Learns an author's key when the author id is the key's hash; resolves to whether it was learned. Never throws. */
  async learnKey(actor: ActorId, publicKey: PublicKeyText): Promise<boolean> {
    return (await this.keyFor(actor, publicKey)) !== null;
  }

  private syncRooms(): void {
    const rooms = this.rooms();
    // Compared element by element (a few strings), so a list changed in place is noticed too.
    if (rooms.length === this.roomList.length && rooms.every((room, i) => room === this.roomList[i])) return;
    const grew = this.roomList.every((room) => rooms.includes(room));
    this.roomList = [...rooms];
    this.generation++;
    this.inFlight = new Map();
    this.byObject = new WeakMap();
    // More rooms can only turn a bad signature into an authentic one: authentic verdicts stand, the rest
    // are reached again. Fewer rooms (another session record rules) and every verdict is reached again.
    if (!grew) this.byContent = new Map();
    else for (const [key, verdict] of this.byContent) if (verdict !== 'authentic') this.byContent.delete(key);
  }

  /** Every field of the record, signature included: what a verdict depends on, besides the rooms. */
  private contentKey(record: WorkshopRecord): string {
    return contentKeyOf(record);
  }

  private async check({ record, key }: Pending): Promise<void> {
    const generation = this.generation;
    // Another batch may have settled the same content meanwhile.
    const settled = this.byContent.get(key);
    if (settled !== undefined) {
      this.byObject.set(record, settled);
      return;
    }
    let running = this.inFlight.get(key);
    if (running === undefined) {
      running = this.compute(record, this.roomList).catch(() => undefined);
      this.inFlight.set(key, running);
    }
    const checked = await running;
    if (generation !== this.generation) return;
    if (this.inFlight.delete(key) && checked?.room != null && checked.room === this.options.memory?.room) this.remembered.push(key);
    if (checked === undefined) return;
    const { verdict } = checked;
    this.byObject.set(record, verdict);
    // A key may arrive later (a join not yet synced), so an unknown signer is kept only on the object.
    if (verdict !== 'unknown-signer') this.byContent.set(key, verdict);
  }

  private async compute(record: WorkshopRecord, rooms: readonly string[]): Promise<Checked> {
    const bad: Checked = { verdict: 'bad-signature', room: null };
    const { sig } = record;
    if (typeof sig !== 'string' || !SIGNATURE_PATTERN.test(sig)) return bad;
    let key: VerifyingKey | null;
    if (carriesKey(record)) {
      if (record.key === undefined) return bad;
      key = await this.keyFor(record.author, record.key);
      if (key === null) return bad;
    } else {
      // A join being checked by another batch right now may bring the key.
      if (!this.keys.has(record.author) && this.learning.size > 0) await Promise.all(this.learning);
      key = this.keys.get(record.author) ?? null;
      if (key === null) return { verdict: 'unknown-signer', room: null };
    }
    const unsigned = unsignedText(record);
    for (const room of rooms) {
      this.verifications++;
      if (await verifySignature(key, sig, signingPayloadOf(unsigned, room))) return { verdict: 'authentic', room };
    }
    return bad;
  }

  /** The author's key, learned only when the author id is the hash of the key text; null otherwise. */
  private async keyFor(actor: ActorId, publicKey: PublicKeyText): Promise<VerifyingKey | null> {
    let binding = this.bindings.get(publicKey);
    if (binding === undefined) {
      binding = Promise.all([importPublicKey(publicKey, this.options.pureJs), actorIdFor(publicKey, this.options.pureJs)])
        .then(([key, owner]) => (key === null ? null : { key, owner }))
        .catch(() => null);
      this.bindings.set(publicKey, binding);
    }
    const learning = binding.then((bound) => {
      if (bound !== null && bound.owner === actor) this.keys.set(actor, bound.key);
    });
    this.learning.add(learning);
    await learning;
    this.learning.delete(learning);
    const bound = await binding;
    return bound !== null && bound.owner === actor ? bound.key : null;
  }
}
