// One client process of the relay scale bench (forked by relay-scale.bench.ts): its share of the bare
// y-websocket sockets; senders send marked updates, receivers note when each arrives.
import type { BenchRoom, FromFanout, ToFanout } from './fanout-protocol.ts';
import { BenchClient, connectMany, UpdateAuthor } from './relay-clients.ts';
import { sharedNow } from './shared-clock.ts';

interface Member {
  client: BenchClient;
  room: number;
  sender: boolean;
}

let members: Member[] = [];
const authors = new Map<number, UpdateAuthor>();
/** Per armed receiver, when the current round's update arrived (null: not yet). */
let receipts: { room: number; at: number | null }[] = [];
/** Set while collecting: called on every arrival. */
let onArrival: () => void = () => {};

const send = (message: FromFanout): void => void process.send!(message);

async function connect({ syncUrl, rooms, indices, parallel }: Extract<ToFanout, { type: 'connect' }>): Promise<void> {
  const roomOf = (index: number): BenchRoom & { at: number } => ({ ...rooms[index % rooms.length]!, at: index % rooms.length });
  const urls = indices.map((i) => `${syncUrl}/${roomOf(i).roomId}?key=${roomOf(i).writeKey}`);
  const clients = await connectMany(urls, parallel);
  members = clients.map((client, k) => ({ client, room: roomOf(indices[k]!).at, sender: indices[k]! < rooms.length }));
  for (const m of members) if (m.sender) authors.set(m.room, new UpdateAuthor());
}

function arm(label: string): number {
  receipts = [];
  for (const m of members) {
    if (m.sender) continue;
    const receipt = { room: m.room, at: null as number | null };
    receipts.push(receipt);
    const needle = Buffer.from(`${label}-${m.room}-`);
    m.client.onUpdate = (data) => {
      if (data.indexOf(needle) === -1) return;
      receipt.at = sharedNow();
      m.client.onUpdate = null;
      onArrival();
    };
  }
  return receipts.length;
}

function sendRound(label: string): Record<number, number> {
  const sentAt: Record<number, number> = {};
  for (const m of members) {
    if (!m.sender) continue;
    const message = authors.get(m.room)!.next(`${label}-${m.room}-a small proposal text`);
    sentAt[m.room] = sharedNow();
    m.client.socket.send(message);
  }
  return sentAt;
}

const waitingFor = (): number => receipts.filter((r) => r.at === null).length;

async function collect({ sentAt, timeoutMs }: Extract<ToFanout, { type: 'collect' }>): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    onArrival = () => {
      if (waitingFor() > 0) return;
      clearTimeout(timer);
      resolve();
    };
    onArrival();
  });
  onArrival = () => {};
  const delays = receipts.filter((r) => r.at !== null).map((r) => r.at! - sentAt[r.room]!);
  send({ type: 'collected', delays, missing: waitingFor() });
}

process.on('message', (message: ToFanout) => {
  const handle = async (): Promise<void> => {
    switch (message.type) {
      case 'connect':
        await connect(message);
        return send({ type: 'connected' });
      case 'arm':
        return send({ type: 'armed', receivers: arm(message.label) });
      case 'send':
        return send({ type: 'sent', sentAt: sendRound(message.label) });
      case 'collect':
        return collect(message);
      case 'census':
        return send({ type: 'census', open: members.filter((m) => m.client.socket.readyState === m.client.socket.OPEN).length });
      case 'close':
        members.forEach((m) => m.client.close());
        return void setImmediate(() => process.exit(0));
    }
  };
  handle().catch((error: unknown) => send({ type: 'failed', error: String((error as Error)?.stack ?? error) }));
});
// The coordinator going away ends this process too.
process.on('disconnect', () => process.exit(1));
