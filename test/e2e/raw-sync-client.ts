import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { eventually } from './eventually.ts';

const MESSAGE_SYNC = 0;

/** A plain y-websocket client in Node, as any third-party client would be: no app code, no BroadcastChannel. */
export class RawSyncClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;

  constructor(syncUrl: string, roomId: string, params: Record<string, string> = {}) {
    this.provider = new WebsocketProvider(syncUrl, roomId, this.doc, {
      // ws's WebSocket is API-compatible; the provider's type names the DOM one.
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params,
    });
  }

  /** Resolves once the relay has answered this client's sync request. */
  async synced(): Promise<void> {
    await eventually('the raw client to sync with the relay', async () => this.provider.synced, (s) => s);
  }

  /**
   * A barrier: asks the relay for its state on the same socket and waits for the answer. The relay
   * handles one socket's messages in order, so everything sent before has been processed by then.
   */
  async roundTrip(): Promise<void> {
    await this.synced();
    const socket = this.provider.ws;
    if (!socket) throw new Error('raw client has no socket');
    const answered = new Promise<void>((resolve, reject) => {
      const onMessage = (event: MessageEvent): void => {
        const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer));
        if (decoding.readVarUint(decoder) === MESSAGE_SYNC && decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2) {
          socket.removeEventListener('message', onMessage);
          resolve();
        }
      };
      socket.addEventListener('message', onMessage);
      socket.addEventListener('close', () => reject(new Error('the relay closed the raw client during a round trip')));
    });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    socket.send(encoding.toUint8Array(encoder));
    await answered;
  }

  /** Drops the connection and opens a new one: the provider then offers everything it holds (sync step 2). */
  async reconnect(): Promise<void> {
    this.provider.disconnect();
    this.provider.connect();
    await this.synced();
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
