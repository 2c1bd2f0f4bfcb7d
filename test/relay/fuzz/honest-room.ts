// The room under attack, as the workshop uses it: a real y-websocket client writes records, and a fresh
// keyless client (a projector opening the view link) must read every one of them back, unchanged.
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { lastRecordId } from './shadow-room.ts';
import type { StructId } from './update-encoder.ts';
import { connectClient, whenAcknowledged, whenSynced, type TestClient } from '../helpers.ts';

export type HonestRecord = Record<string, unknown> & { id: string };

/** Generous: the room may hold megabytes of accepted garbage, on a loaded two-core machine. */
const syncTimeoutMs = 60_000;

export class HonestRoom {
  /** Every record the relay acknowledged, by id: what readers must be served. */
  readonly expected = new Map<string, HonestRecord>();
  private written = 0;
  private destroyed = false;

  private constructor(
    readonly roomId: string,
    private readonly writer: TestClient,
  ) {}

  /** `clientId`: the writer's Yjs client id, fixed so that a seed replays the same run. */
  static async open(syncUrl: string, roomId: string, writeKey: string, clientId: number, initialRecords: number): Promise<HonestRoom> {
    const doc = new Y.Doc();
    doc.clientID = clientId;
    const room = new HonestRoom(roomId, connectClient(syncUrl, roomId, { writeKey, doc }));
    await whenSynced(room.writer, syncTimeoutMs);
    for (let i = 0; i < initialRecords; i++) room.write();
    await whenAcknowledged(room.writer, syncTimeoutMs);
    return room;
  }

  /** Writes one more record and waits for the relay's acknowledgement. */
  async writeOne(): Promise<void> {
    this.write();
    await whenAcknowledged(this.writer, syncTimeoutMs);
  }

  /**
   * Where the honest writer would push next. Not the fuzzer's shadow: a client that synced from scratch may
   * integrate structs the room itself holds as pending, and a record anchored there would stay pending in the room.
   */
  lastRecordId(): StructId | null {
    return lastRecordId(this.writer.doc);
  }

  get writerClientId(): number {
    return this.writer.doc.clientID;
  }

  /** A record the fuzzer wrote honestly and the relay accepted. */
  expect(record: HonestRecord): void {
    this.expected.set(record.id, record);
  }

  /** Opens a fresh read-only client and checks it is served every expected record, equal to what was written. */
  async verify(syncUrl: string): Promise<void> {
    const reader = connectClient(syncUrl, this.roomId);
    try {
      await whenSynced(reader, syncTimeoutMs);
      const served = new Map<string, unknown>();
      for (const value of reader.doc.getArray<unknown>('records').toArray()) {
        if (isRecordLike(value)) served.set(value.id, value);
      }
      for (const [id, record] of this.expected) assert.deepEqual(served.get(id), record, `honest record ${id} is not served intact`);
    } finally {
      reader.destroy();
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.writer.destroy();
  }

  private write(): void {
    const id = `honest${String(this.written++).padStart(10, '0')}`;
    const record: HonestRecord = { v: 1, id, author: 'honestgroup00000000000', hlc: [1_700_000_000_000 + this.written, 0], kind: 'add', text: `Honest proposal ${this.written}` };
    this.writer.doc.getArray<unknown>('records').push([record]);
    this.expected.set(id, record);
  }
}

function isRecordLike(value: unknown): value is HonestRecord {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}
