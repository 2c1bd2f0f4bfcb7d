// Bare WebSocket clients speaking the y-websocket messages: a thousand WebsocketProviders would
// measure the client more than the relay. Receivers never decode Yjs; they look for marker bytes.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

const SYNC = 0;
const STEP_1 = 0;
const STEP_2 = 1;
const UPDATE = 2;

export function syncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export class BenchClient {
  updatesReceived = 0;
  /** Called for every update message (sync type 2) the server relays to this client. */
  onUpdate: ((data: Buffer) => void) | null = null;
  /** Sync step 1 messages from the server: our relay's greeting and acknowledgements (its durable state vector). */
  stateVectorsReceived = 0;
  /** The server's answer to our sync step 1: the room's state. */
  firstState: Uint8Array | null = null;

  private constructor(readonly socket: WebSocket) {}

  /** Opens, asks for the room's state and resolves once it has arrived. */
  static connect(url: string): Promise<BenchClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { perMessageDeflate: false });
      const client = new BenchClient(socket);
      const timer = setTimeout(() => reject(new Error(`no sync within 30 s: ${url}`)), 30_000);
      socket.on('error', reject);
      socket.on('open', () => socket.send(syncMessage(STEP_1, Y.encodeStateVector(new Y.Doc()))));
      socket.on('message', (data: Buffer) => {
        if (data[0] !== SYNC) return;
        if (data[1] === STEP_1) client.stateVectorsReceived++;
        if (data[1] === UPDATE) {
          client.updatesReceived++;
          client.onUpdate?.(data);
        } else if (data[1] === STEP_2 && !client.firstState) {
          const decoder = decoding.createDecoder(data);
          decoding.readVarUint(decoder);
          decoding.readVarUint(decoder);
          client.firstState = decoding.readVarUint8Array(decoder);
          clearTimeout(timer);
          resolve(client);
        }
      });
    });
  }

  close(): void {
    this.socket.terminate();
  }
}

/** Produces successive small updates of one author, as ready-to-send messages. */
export class UpdateAuthor {
  private readonly doc = new Y.Doc();

  next(text: string): Uint8Array {
    let update: Uint8Array | null = null;
    const capture = (u: Uint8Array): void => {
      update = u;
    };
    this.doc.on('update', capture);
    this.doc.getArray<string>('records').push([text]);
    this.doc.off('update', capture);
    return syncMessage(UPDATE, update!);
  }
}

/** Connects `count` clients, `parallel` at a time. */
export async function connectMany(urls: string[], parallel: number): Promise<BenchClient[]> {
  const clients: BenchClient[] = new Array(urls.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < urls.length) {
      const index = next++;
      clients[index] = await BenchClient.connect(urls[index]!);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return clients;
}

/** The number of records a fresh client finds in a room's state. */
export function recordCount(state: Uint8Array): number {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const count = doc.getArray('records').length;
  doc.destroy();
  return count;
}
