// One group's scribe as the browser runs it (src/doc over the official provider), minus the page:
// it holds its group's key (as the browser does), takes random actions through WorkshopWriter, each
// signed, and remembers the id of every record it wrote.
import WebSocket from 'ws';
import * as Y from 'yjs';
import { RelayConnection } from '../../src/doc/connection.ts';
import type { Signer } from '../../src/doc/crypto/keys.ts';
import { recordsOf } from '../../src/doc/schema.ts';
import { newGroupSigner } from '../../src/doc/signers.ts';
import { WorkshopStore } from '../../src/doc/store.ts';
import { WorkshopWriter, type ActionResult } from '../../src/doc/writer.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import type { Random } from './seeded-random.ts';

export type ActionKind = 'add' | 'edit' | 'endorse' | 'withdraw';

export class SimulatedScribe {
  readonly doc = new Y.Doc();
  readonly store: WorkshopStore;
  readonly writer: WorkshopWriter;
  readonly connection: RelayConnection;
  /** The group's id, the hash of its key; empty for a viewer, which speaks for no group. */
  readonly group: string;
  /** Ids of the records this scribe wrote, in order. */
  readonly written: string[] = [];
  /** The last record this scribe wrote, as signed. */
  lastRecord: WorkshopRecord | null = null;
  /** Disconnected on purpose by the test (a dropout or a partition). */
  cutOff = false;
  private texts = 0;
  private destroyed = false;

  /**
   * A scribe (with `writeKey`: a new group key, as the browser makes one) or a viewer (without).
   * `anchor`: the facilitator the links name; null in rooms with no session record, where groups simply join.
   */
  static async open(name: string, syncUrl: string, roomId: string, writeKey: string | null, anchor: string | null = null): Promise<SimulatedScribe> {
    const signer = writeKey ? await newGroupSigner(roomId) : null;
    return new SimulatedScribe(name, syncUrl, roomId, writeKey, signer, anchor);
  }

  private constructor(
    readonly name: string,
    syncUrl: string,
    roomId: string,
    writeKey: string | null,
    signer: Signer | null,
    anchor: string | null,
  ) {
    this.store = new WorkshopStore(this.doc, { roomId, anchor });
    this.writer = new WorkshopWriter(this.doc, this.store);
    if (signer) this.writer.adopt(signer);
    this.group = signer?.actor ?? '';
    this.connection = new RelayConnection({
      doc: this.doc,
      syncUrl,
      roomId,
      writeKey,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
  }

  async join(venue: string): Promise<void> {
    this.track(await this.writer.join(this.group, this.name, venue));
  }

  cut(): void {
    this.cutOff = true;
    this.connection.provider.disconnect();
  }

  restore(): void {
    this.cutOff = false;
    this.connection.provider.connect();
  }

  /** Tries `wanted`, and falls back to another action when the local view does not allow it. */
  async act(random: Random, wanted: ActionKind): Promise<ActionKind | null> {
    const order: ActionKind[] = [wanted, 'endorse', 'add', 'edit'];
    for (const kind of order) {
      const result = await this.attempt(random, kind);
      if (result?.ok) {
        this.track(result);
        return kind;
      }
    }
    return null;
  }

  /** Every record id present in this scribe's document, valid or not. */
  recordIds(): Set<string> {
    const ids = new Set<string>();
    for (const value of recordsOf(this.doc).toArray()) {
      const id = (value as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.add(id);
    }
    return ids;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.connection.destroy();
    this.store.destroy();
    this.doc.destroy();
  }

  private attempt(random: Random, kind: ActionKind): Promise<ActionResult> | null {
    const proposals = this.store.view.proposals;
    switch (kind) {
      case 'add':
        return this.writer.addProposal(this.group, this.text());
      case 'edit': {
        const proposal = random.pick(proposals);
        return proposal ? this.writer.editProposal(this.group, proposal.id, proposal.current.id, this.text()) : null;
      }
      case 'endorse': {
        const proposal = random.pick(proposals.filter((p) => !p.current.endorsers.includes(this.group)));
        return proposal ? this.writer.endorse(this.group, proposal.current.id) : null;
      }
      case 'withdraw': {
        const proposal = random.pick(proposals.filter((p) => p.current.endorsers.includes(this.group)));
        return proposal ? this.writer.withdrawEndorsement(this.group, proposal.current.id) : null;
      }
    }
  }

  private text(): string {
    this.texts++;
    return `${this.name}: idea ${this.texts}, ${'more words '.repeat(this.texts % 4)}`.trim();
  }

  private track(result: ActionResult): void {
    if (!result.ok) throw new Error(`${this.name}: ${result.problem}`);
    this.written.push(result.record.id);
    this.lastRecord = result.record;
  }
}
