import { expect } from 'chai';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebsocketProvider } from 'y-websocket';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { RelayConnection } from '../../src/doc/connection.ts';

/*
 * connection.ts leans on two members of y-websocket's provider that no public API replaces: the awareness
 * listener it registers (`_awarenessUpdateHandler`), swapped for one that sends only this tab's own changes,
 * and the per-provider table of message handlers (`messageHandlers[0]`, sync), wrapped to read the relay's
 * state vector. These tests fail if an upgrade renames them, changes their signatures or stops calling them.
 */

// Values only in assertions: a failure message that prints a provider or a function brings the test browser down.
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

/** A socket the test opens by hand and reads what was sent on. */
class RecordingSocket {
  static last: RecordingSocket | null = null;
  readonly OPEN = 1;
  binaryType = 'arraybuffer';
  readyState = 0;
  sent: Uint8Array[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onclose = null;
  onerror = null;
  constructor() {
    RecordingSocket.last = this;
  }
  open(): void {
    this.readyState = 1;
    this.onopen!();
  }
  send(message: Uint8Array): void {
    this.sent.push(message);
  }
  receive(message: Uint8Array): void {
    this.onmessage!({ data: message.slice().buffer });
  }
  close(): void {}
  /** The message types sent since the last call. */
  takeTypes(): number[] {
    return this.sent.splice(0).map((message) => decoding.readVarUint(decoding.createDecoder(message)));
  }
}

const SOCKET = { WebSocketPolyfill: RecordingSocket as unknown as typeof WebSocket, disableBc: true };

function openProvider(doc = new Y.Doc()): { provider: WebsocketProvider; socket: RecordingSocket } {
  const provider = new WebsocketProvider('ws://relay.invalid/sync', 'room', doc, SOCKET);
  const socket = RecordingSocket.last!;
  socket.open();
  socket.sent.length = 0;
  return { provider, socket };
}

/** A relay's sync step 1: its state vector, asking for what it lacks. */
function syncStep1From(relay: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, relay);
  return encoding.toUint8Array(encoder);
}

/** Another tab's presence, as the relay forwards it. */
function presenceOfAnotherTab(): Uint8Array {
  const other = new awarenessProtocol.Awareness(new Y.Doc());
  other.setLocalState({ group: 'another group' });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]));
  return encoding.toUint8Array(encoder);
}

describe('y-websocket internals connection.ts relies on', () => {
  it('_awarenessUpdateHandler is the awareness listener that sends every change', () => {
    const { provider, socket } = openProvider();
    expect(typeof provider._awarenessUpdateHandler).to.equal('function');
    provider.awareness.setLocalStateField('group', 'ours');
    expect(socket.takeTypes()).to.deep.equal([MESSAGE_AWARENESS]);
    // Removing it by that name is what stops y-websocket from sending awareness changes.
    provider.awareness.off('update', provider._awarenessUpdateHandler);
    provider.awareness.setLocalStateField('group', 'still ours');
    expect(socket.takeTypes()).to.deep.equal([]);
    provider.destroy();
  });

  it('_awarenessUpdateHandler takes ({ added, updated, removed }, origin) and sends those clients’ states', () => {
    const { provider, socket } = openProvider();
    provider.awareness.off('update', provider._awarenessUpdateHandler);
    provider.awareness.setLocalState({ group: 'ours' });
    const clientID = provider.doc.clientID;
    provider._awarenessUpdateHandler({ added: [], updated: [clientID], removed: [] }, 'local');
    const [message] = socket.sent.splice(0);
    const decoder = decoding.createDecoder(message!);
    expect(decoding.readVarUint(decoder)).to.equal(MESSAGE_AWARENESS);
    const received = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(received, decoding.readVarUint8Array(decoder), 'relay');
    expect(received.getStates().get(clientID)).to.deep.equal({ group: 'ours' });
    provider.destroy();
  });

  it('messageHandlers is the provider’s own table, and [0] handles every sync message from the socket', () => {
    const { provider, socket } = openProvider();
    const other = new WebsocketProvider('ws://relay.invalid/sync', 'room', new Y.Doc(), { ...SOCKET, connect: false });
    expect(provider.messageHandlers === other.messageHandlers).to.equal(false);
    const handleSync = provider.messageHandlers[MESSAGE_SYNC];
    expect(typeof handleSync).to.equal('function');
    const calls: Array<{ syncType: number; sameProvider: boolean; emitSynced: boolean; messageType: number }> = [];
    provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, from, emitSynced, messageType) => {
      // The decoder stands just past the message type: the sync message type comes next.
      calls.push({ syncType: decoding.readVarUint(decoding.clone(decoder)), sameProvider: from === provider, emitSynced, messageType });
      handleSync!(encoder, decoder, from, emitSynced, messageType);
    };
    const relay = new Y.Doc();
    relay.getArray('records').push(['on the relay']);
    socket.receive(syncStep1From(relay));
    expect(calls).to.deep.equal([{ syncType: syncProtocol.messageYjsSyncStep1, sameProvider: true, emitSynced: true, messageType: MESSAGE_SYNC }]);
    // The handler still answers through the encoder it is given: sync step 2 goes back on the socket.
    expect(socket.takeTypes()).to.deep.equal([MESSAGE_SYNC]);
    provider.destroy();
    other.destroy();
  });
});

describe('RelayConnection through those internals', () => {
  function openConnection(relayMemory?: { load(): Uint8Array | null; save(stateVector: Uint8Array): void }) {
    const doc = new Y.Doc();
    const connection = new RelayConnection({ doc, syncUrl: 'ws://relay.invalid/sync', roomId: 'room', ...SOCKET, relayMemory });
    const socket = RecordingSocket.last!;
    socket.open();
    socket.sent.length = 0;
    return { doc, connection, socket };
  }

  it('sends this tab’s presence but never sends back what the relay forwarded', () => {
    const { connection, socket } = openConnection();
    socket.receive(presenceOfAnotherTab());
    expect(connection.provider.awareness.getStates().size).to.equal(2);
    expect(socket.takeTypes()).to.deep.equal([]);
    connection.provider.awareness.setLocalStateField('group', 'ours');
    expect(socket.takeTypes()).to.deep.equal([MESSAGE_AWARENESS]);
    connection.destroy();
  });

  it('reads the relay’s state vector from its sync step 1, so it knows what the relay holds', async () => {
    let saved: Uint8Array | null = null;
    const { doc, connection, socket } = openConnection({ load: () => null, save: (stateVector) => void (saved = stateVector) });
    doc.getArray('records').push(['ours']);
    expect(connection.status.pending).to.equal(1);
    const relay = new Y.Doc();
    Y.applyUpdate(relay, Y.encodeStateAsUpdate(doc));
    socket.receive(syncStep1From(relay));
    await Promise.resolve();
    expect(connection.status.pending).to.equal(0);
    expect([...Y.decodeStateVector(saved!)]).to.deep.equal([[doc.clientID, 1]]);
    connection.destroy();
  });
});
