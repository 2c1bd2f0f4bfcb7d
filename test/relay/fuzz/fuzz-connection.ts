// A raw sync connection that sends one message and learns its fate: after it comes a sync step 1 (the
// probe), and messages are handled in order, so the relay's answer to the probe means the message was
// taken; a close first means it was refused, with that code.
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { frameSync } from './protocol-messages.ts';
import type { ShadowRoom } from './shadow-room.ts';

export type Outcome = 'accepted' | `closed ${number}`;

/** How long the relay may take to answer one message before the fuzzer calls it hung. */
const answerTimeoutMs = 30_000;

export class FuzzConnection {
  private readonly socket: WebSocket;
  private answersExpected = 0;
  private answersReceived = 0;
  private closeCode: number | null = null;
  private wake: (() => void) | null = null;

  private constructor(
    url: string,
    private readonly shadow: ShadowRoom,
  ) {
    this.socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
    this.socket.binaryType = 'nodebuffer';
    this.socket.on('message', (data: Buffer) => this.onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    this.socket.on('close', (code) => {
      this.closeCode = code;
      this.wake?.();
    });
    this.socket.on('error', () => {});
  }

  static async open(url: string, shadow: ShadowRoom): Promise<FuzzConnection> {
    const connection = new FuzzConnection(url, shadow);
    await new Promise<void>((resolve, reject) => {
      connection.socket.once('open', () => resolve());
      connection.socket.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: HTTP ${response.statusCode}`)));
      connection.socket.once('error', reject);
    });
    return connection;
  }

  get open(): boolean {
    return this.closeCode === null;
  }

  /** Sends `bytes` then the probe; resolves once the relay answered the probe or closed the connection. */
  async send(bytes: Uint8Array | string): Promise<Outcome> {
    if (!this.open) throw new Error('connection already closed');
    // Sync step 1 messages the relay will answer, ours or the fuzzer's: count them all.
    if (typeof bytes !== 'string' && isAnswerableStepOne(bytes)) this.answersExpected++;
    this.socket.send(bytes, { binary: typeof bytes !== 'string' });
    this.answersExpected++;
    this.socket.send(frameSync(0, this.shadow.stateVector()));
    const deadline = setTimeout(() => this.wake?.(), answerTimeoutMs);
    try {
      while (this.open && this.answersReceived < this.answersExpected) {
        const before = Date.now();
        await new Promise<void>((resolve) => (this.wake = resolve));
        if (Date.now() - before >= answerTimeoutMs) throw new Error(`no answer from the relay within ${answerTimeoutMs} ms`);
      }
    } finally {
      clearTimeout(deadline);
      this.wake = null;
    }
    return this.closeCode === null ? 'accepted' : `closed ${this.closeCode}`;
  }

  close(): void {
    this.socket.terminate();
  }

  private onMessage(message: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(message);
      if (decoding.readVarUint(decoder) !== 0) return;
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === 1 || syncType === 2) this.shadow.apply(payload);
      if (syncType === 1) this.answersReceived++;
    } catch (error) {
      this.shadow.unreadable.push(`undecodable message from the relay: ${String(error)}`);
    }
    this.wake?.();
  }
}

/** Would y-protocols answer this with a sync step 2? Only a well-framed step 1 whose state vector decodes. */
function isAnswerableStepOne(bytes: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 0) return false;
    const payload = decoding.readVarUint8Array(decoder);
    if (decoding.hasContent(decoder)) return false;
    Y.decodeStateVector(payload);
    return true;
  } catch {
    return false;
  }
}
